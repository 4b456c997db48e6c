// Supply of graduates for a program: sourced counts only (accredited programs, awards conferred).
// Nothing here is ever estimated: a row is a number a stored source prints.
import { z } from 'zod';
import * as cell from './cells';
import { cipCode } from './crosswalk';

export const SUPPLY_KINDS = [
	'accredited_programs',
	'accredited_programs_change_pct',
	'awards'
] as const;
export type SupplyKind = (typeof SUPPLY_KINDS)[number];

/** IPEDS award levels (AWLEVEL groups); empty for program counts. */
export const AWARD_LEVELS = [
	'',
	'certificate_under_1y',
	'certificate_1_2y',
	'associate',
	'award_2_4y',
	'bachelor',
	'postbacc_certificate',
	'master',
	'doctor',
	'all_levels'
] as const;
export type AwardLevel = (typeof AWARD_LEVELS)[number];

export const SUPPLY_UNITS = ['programs', 'percent', 'awards'] as const;

const UNIT_OF: Record<SupplyKind, (typeof SUPPLY_UNITS)[number]> = {
	accredited_programs: 'programs',
	accredited_programs_change_pct: 'percent',
	awards: 'awards'
};

export const SupplySchema = z
	.object({
		/** supply:… for hand-entered rows, completions:… for imported award counts. */
		id: cell.identifier,
		kind: cell.oneOf(SUPPLY_KINDS),
		cip_code: cipCode,
		/** The program as the source names it, e.g. "MLT (NAACLS-accredited)". */
		program: cell.requiredText(200),
		period_start: cell.period,
		period_end: cell.period,
		award_level: cell.oneOf(AWARD_LEVELS),
		value: cell.plainNumber,
		unit: cell.oneOf(SUPPLY_UNITS),
		/** The publisher this number is from, e.g. NAACLS or NCES IPEDS. */
		publisher: cell.requiredText(200),
		source_id: cell.identifier,
		note: cell.text(500)
	})
	.superRefine((r, ctx) => {
		if (r.unit !== UNIT_OF[r.kind])
			ctx.addIssue({
				code: 'custom',
				path: ['unit'],
				message: `must be ${UNIT_OF[r.kind]} for kind ${r.kind}`
			});
		if (r.kind === 'awards' && r.award_level === '')
			ctx.addIssue({ code: 'custom', path: ['award_level'], message: 'required for awards' });
		if (r.kind !== 'awards' && r.award_level !== '')
			ctx.addIssue({
				code: 'custom',
				path: ['award_level'],
				message: 'only awards have an award level'
			});
		if (r.kind !== 'accredited_programs_change_pct' && (!Number.isInteger(r.value) || r.value < 0))
			ctx.addIssue({
				code: 'custom',
				path: ['value'],
				message: 'must be a whole count (0 or more)'
			});
		if (r.period_end < r.period_start)
			ctx.addIssue({
				code: 'custom',
				path: ['period_end'],
				message: 'must not be before period_start'
			});
	});

export type Supply = z.infer<typeof SupplySchema>;
