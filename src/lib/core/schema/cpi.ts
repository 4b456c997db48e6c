// One CPI index level: a series, a period (a year for an annual average, YYYY-MM for a month) and the value.
import { z } from 'zod';
import * as cell from './cells';

export const CpiSchema = z.object({
	/** cpi:<series>:<period>, e.g. cpi:CUUR0000SA0:2024. */
	id: cell.identifier,
	/** The BLS series id, e.g. CUUR0000SA0. */
	series_id: z.string().regex(/^[A-Z0-9]{6,20}$/, 'must be a BLS series id like CUUR0000SA0'),
	/** YYYY = the annual average (BLS period M13); YYYY-MM = that month. */
	period: cell.period,
	value: cell.plainNumber,
	/** The index base as BLS states it, e.g. 1982-84=100. */
	base: cell.requiredText(40),
	source_id: cell.identifier
});

export type CpiRow = z.infer<typeof CpiSchema>;
