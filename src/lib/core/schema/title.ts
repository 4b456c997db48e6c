// One occupation title and the detailed SOC 2018 code it names, from an official title list
// (or, kind editorial, data/title-additions.csv). One row per (normalised, soc_code).
import { z } from 'zod';
import * as cell from './cells';
import { socCode2018 } from './soc';
import { titleNormal } from './titleNormal';

/** Where a title comes from, most authoritative first: deduplication keeps the earliest. */
export const TITLE_KINDS = [
	'soc_title',
	'soc_direct_match',
	'onet_title',
	'onet_alternate',
	'census_index',
	'onet_reported',
	'editorial'
] as const;
export type TitleKind = (typeof TITLE_KINDS)[number];

const TitleShape = z.object({
	/** As published (trimmed; a Census "\ ns" marker removed). */
	title: cell.requiredText(300),
	/** titleNormal(title): the form a recognizer matches on. */
	normalised: cell.requiredText(300),
	/** A detailed SOC 2018 code; O*NET-SOC 29-1141.01 is written 29-1141. */
	soc_code: socCode2018,
	kind: cell.oneOf(TITLE_KINDS),
	source_id: cell.identifier
});

function titleRules(t: z.output<typeof TitleShape>, ctx: cell.RowRuleContext) {
	if (t.normalised !== titleNormal(t.title))
		ctx.addIssue({
			code: 'custom',
			path: ['normalised'],
			message: `must be titleNormal(title), "${titleNormal(t.title)}"`
		});
}

export const TitleSchema = cell.rowSchema(TitleShape, titleRules);

export type Title = z.infer<typeof TitleSchema>;
