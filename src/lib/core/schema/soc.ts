// One code of the SOC 2018 structure: its level, title and the code one level up, as the BLS
// structure lists it (never computed from the code's digits: 29-1221 sits under 29-1210).
import { z } from 'zod';
import * as cell from './cells';

export const SOC_LEVELS = ['major', 'minor', 'broad', 'detailed'] as const;
export type SocLevel = (typeof SOC_LEVELS)[number];

/** A SOC code as BLS writes it, XX-XXXX (no HC here: that group is Labor Ledger's). */
export const socCode2018 = z.string().regex(/^\d\d-\d{4}$/, 'must be a SOC code like 29-2012');

const SocShape = z.object({
	soc_code: socCode2018,
	level: cell.oneOf(SOC_LEVELS),
	title: cell.requiredText(300),
	/** The major, minor or broad group the structure lists this code under; empty for a major group. */
	parent_code: z.union([z.literal(''), socCode2018]),
	source_id: cell.identifier
});

function socRules(s: z.output<typeof SocShape>, ctx: cell.RowRuleContext) {
	if ((s.level === 'major') !== (s.parent_code === ''))
		ctx.addIssue({
			code: 'custom',
			path: ['parent_code'],
			message: 'must be empty for a major group and a code for every other level'
		});
}

export const SocSchema = cell.rowSchema(SocShape, socRules);

export type SocEntry = z.infer<typeof SocSchema>;
