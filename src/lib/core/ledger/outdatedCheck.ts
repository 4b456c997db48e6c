// outdated: the matched figure's series had a newer vintage out when the document appeared.
import type { Figure } from '../schema/figure';
import { vintageOrder } from '../vintage';
import { availableAt } from './documentDates';
import { found } from './found';
import type { Candidate, Found, RuleContext } from './judgement';

/** Checks the newest of the matched figures; null when no newer vintage was out. */
export function outdatedCheck({ ledger, dating }: RuleContext, matched: Candidate[]): Found | null {
	const f = matched.reduce((a, b) =>
		vintageOrder(b.figure.vintage).order > vintageOrder(a.figure.vintage).order ? b : a
	).figure;
	const key = vintageOrder(f.vintage);
	// The newest such figure; among equals, the first.
	let newer = null as Figure | null;
	for (const run of ledger.index.runsOf(f.measure, f.soc_code)) {
		for (let i = run.start; i < run.end; i++) {
			const g = ledger.figures[i]!;
			if (g.value === null || g.geography !== f.geography) continue;
			const k = vintageOrder(g.vintage);
			if (!(
				k.family === key.family &&
				k.order > key.order &&
				availableAt(g.vintage, dating, ledger.releaseOf)
			))
				continue;
			if (newer === null || k.order > vintageOrder(newer.vintage).order) newer = g;
		}
	}
	if (!newer) return null;
	return found({
		verdicts: ['outdated'],
		findings: [{ kind: 'outdated', matched: f, newer }],
		shown: [{ role: 'newer', end: 'value', figure: newer, stated: null }]
	});
}
