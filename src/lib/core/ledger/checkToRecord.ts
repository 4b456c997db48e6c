// The public, flat shape of a checked claim: what `ledger check --json` prints and what exports carry.
import type { ClaimCheck } from './types';

export function checkToRecord(check: ClaimCheck) {
	const c = check.claim;
	return {
		id: c.id,
		document: check.document
			? {
					id: check.document.source_id,
					publisher: check.document.publisher,
					title: check.document.title,
					url: check.document.url,
					published: check.document.published || null
				}
			: { id: c.document_id },
		document_date: check.documentDate,
		measure: c.measure,
		stated: c.qualifier === 'range' ? { low: c.value_low, high: c.value_high } : { value: c.value },
		unit: c.unit,
		qualifier: c.qualifier,
		period: { start: c.period_start || null, end: c.period_end || null },
		scope: { as_stated: c.scope_as_stated, code: c.scope_code || null },
		geography: c.geography,
		attributed_to: c.attributed_to,
		verdicts: check.verdicts,
		matched_figures: check.figures.map((m) => ({
			role: m.role,
			end: m.end,
			id: m.figure.id,
			measure: m.figure.measure,
			occupation_code: m.figure.soc_code || null,
			occupation: m.figure.occupation,
			geography: m.figure.geography,
			period: { start: m.figure.period_start, end: m.figure.period_end },
			vintage: m.figure.vintage,
			value: m.figure.value,
			unit: m.figure.unit,
			qualifier: m.figure.qualifier,
			computed: m.figure.derivation || null,
			difference: m.difference,
			source: m.source
				? {
						id: m.source.source_id,
						kind: m.source.kind,
						publisher: m.source.publisher,
						title: m.source.title,
						url: m.source.url,
						original: m.source.original_title || null
					}
				: null
		})),
		differences: check.differences,
		explanation: check.explanation
	};
}

export type CheckRecord = ReturnType<typeof checkToRecord>;
