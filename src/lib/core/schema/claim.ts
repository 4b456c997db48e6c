// A figure as a document states it. Claims are checked against figures; they are never evidence.
import { z } from 'zod';
import * as cell from './cells';
import { CLAIM_MEASURES, CLAIM_QUALIFIERS, UNITS } from './vocabulary';

const ClaimShape = z.object({
	id: cell.identifier,
	/** The document making the claim: a source_id in sources.csv. */
	document_id: cell.identifier,
	measure: cell.oneOf(CLAIM_MEASURES),
	/** The document's own words for the occupation or group. */
	scope_as_stated: cell.text(300),
	/** The code matching the document's label (not the series the number really comes from): SOC, HC, or NAICS for industry claims. */
	scope_code: z.union([
		z.literal(''),
		cell.socCode,
		z.string().regex(/^NAICS \d{2,6}$/, 'must be a SOC code, HC, or NAICS followed by digits')
	]),
	/** Empty when the document names no place; such a claim is compared with national (US) figures. */
	geography: z.union([z.literal(''), cell.geography]),
	period_start: cell.optionalPeriod,
	period_end: cell.optionalPeriod,
	value: cell.optionalNumber,
	value_low: cell.optionalNumber,
	value_high: cell.optionalNumber,
	unit: cell.oneOf(UNITS),
	qualifier: cell.oneOf(CLAIM_QUALIFIERS),
	/** Whom the document credits; "not stated" when nobody. */
	attributed_to: cell.requiredText(200),
	note: cell.text(500)
});

function claimRules(c: z.output<typeof ClaimShape>, ctx: cell.RowRuleContext) {
	if (c.qualifier === 'range') {
		if (c.value_low === null)
			ctx.addIssue({ code: 'custom', path: ['value_low'], message: 'required for a range' });
		if (c.value_high === null)
			ctx.addIssue({ code: 'custom', path: ['value_high'], message: 'required for a range' });
		if (c.value !== null)
			ctx.addIssue({
				code: 'custom',
				path: ['value'],
				message: 'must be empty for a range (use value_low and value_high)'
			});
		if (c.value_low !== null && c.value_high !== null && c.value_low > c.value_high)
			ctx.addIssue({
				code: 'custom',
				path: ['value_high'],
				message: 'must not be below value_low'
			});
	} else {
		if (c.value === null)
			ctx.addIssue({
				code: 'custom',
				path: ['value'],
				message: 'required (or set qualifier to range and fill value_low/value_high)'
			});
		if (c.value_low !== null || c.value_high !== null)
			ctx.addIssue({
				code: 'custom',
				path: ['value_low'],
				message: 'must be empty unless qualifier is range'
			});
	}
	if (c.period_start !== '' && c.period_end !== '' && c.period_end < c.period_start)
		ctx.addIssue({
			code: 'custom',
			path: ['period_end'],
			message: 'must not be before period_start'
		});
}

export const ClaimSchema = cell.rowSchema(ClaimShape, claimRules);

export type Claim = z.infer<typeof ClaimSchema>;
