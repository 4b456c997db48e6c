// A group total matched by a document that is about a narrower occupation: the narrower
// occupation's figure of the same release, place and period is shown beside it.
import type { Figure } from '../schema/figure';
import { HEALTHCARE, scopeDistance } from '../soc';
import type { Candidate, Found, RuleContext } from './judgement';

/** A share of the total only makes sense for counts, never for rates or wages. */
const ADDITIVE_UNITS = new Set<string>([
	'persons',
	'openings per year',
	'openings (decade total)',
	'jobs (decade total)',
	'jobs per year'
]);

export function groupShare({ draft, drafts, ledger }: RuleContext, c: Candidate): Found | null {
	const f = c.figure;
	if (!(f.soc_code === HEALTHCARE || f.soc_code.endsWith('0000'))) return null;
	if (!ADDITIVE_UNITS.has(f.unit)) return null;
	const narrow = drafts
		.filter(
			(o) =>
				o.claim.document_id === draft.claim.document_id &&
				o.claim.scope_code !== '' &&
				o.claim.scope_code !== f.soc_code
		)
		.map((o) => o.claim.scope_code)
		.find((code) => scopeDistance(code, f.soc_code) !== null);
	if (!narrow) return null;
	// The closest such figure; among equals, the first.
	let inside = null as { g: Figure; distance: number } | null;
	for (const { run, distance } of ledger.index.related(f.measure, narrow)) {
		if (distance > 1) continue;
		for (let i = run.start; i < run.end; i++) {
			const g = ledger.figures[i]!;
			if (
				g.value === null ||
				!(
					g.vintage === f.vintage &&
					g.geography === f.geography &&
					g.period_start === f.period_start &&
					g.period_end === f.period_end
				)
			)
				continue;
			if (inside === null || distance < inside.distance) inside = { g, distance };
		}
	}
	if (!inside || !f.value) return null;
	return {
		verdicts: [],
		findings: [{ kind: 'groupShare', total: f, part: inside.g }],
		shown: [{ role: 'context', end: 'value', figure: inside.g, stated: null }]
	};
}
