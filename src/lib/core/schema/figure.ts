// One published (or computed) statistic: the unit of every dataset in data/.
import { z } from 'zod';
import * as cell from './cells';
import {
	COMPARABILITY,
	FIGURE_MEASURES,
	FIGURE_QUALIFIERS,
	UNITS,
	VALUE_FLAGS
} from './vocabulary';

const FigureShape = z.object({
	id: cell.identifier,
	measure: cell.oneOf(FIGURE_MEASURES),
	/** A SOC code or HC; empty for survey populations, which map to no SOC code. */
	soc_code: z.union([z.literal(''), cell.socCode]),
	occupation: cell.requiredText(300),
	geography: cell.geography,
	period_start: cell.period,
	period_end: cell.period,
	/** The release, e.g. "EP 2024-34", "OEWS May 2024", "ASCP Vacancy Survey 2022". */
	vintage: cell.requiredText(120),
	value: cell.optionalNumber,
	/** Why a published cell holds no plain number: top-coded (value_bound holds the top code where a source states it) or not available. */
	value_flag: cell.oneOf(VALUE_FLAGS),
	value_bound: cell.optionalNumber,
	unit: cell.oneOf(UNITS),
	qualifier: cell.oneOf(FIGURE_QUALIFIERS),
	/** not_comparable: the publisher changed method, so this figure must not share an axis with later vintages. */
	comparability: cell.oneOf(COMPARABILITY),
	source_id: cell.identifier,
	/** Empty for a figure as published; otherwise how it was computed, from what. */
	derivation: cell.text(500),
	note: cell.text(500)
});

function figureRules(f: z.output<typeof FigureShape>, ctx: cell.RowRuleContext) {
	if (f.value_flag === '' && f.value === null)
		ctx.addIssue({
			code: 'custom',
			path: ['value'],
			message: 'required unless value_flag says why it is missing'
		});
	if (f.value_flag !== '' && f.value !== null)
		ctx.addIssue({
			code: 'custom',
			path: ['value'],
			message: `must be empty when value_flag is ${f.value_flag}`
		});
	if (f.value_flag !== 'top_coded' && f.value_bound !== null)
		ctx.addIssue({
			code: 'custom',
			path: ['value_bound'],
			message: 'only a top-coded value has a bound'
		});
	if (f.period_end < f.period_start)
		ctx.addIssue({
			code: 'custom',
			path: ['period_end'],
			message: 'must not be before period_start'
		});
}

export const FigureSchema = cell.rowSchema(FigureShape, figureRules);

export type Figure = z.infer<typeof FigureSchema>;
