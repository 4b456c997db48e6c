// A claimed range of two measures (a salary range: low and high percentiles). A published range
// is one key (scope, place, period) whose paired percentiles both match; failing that, the
// nearest such pair is shown.
import type { Claim } from '../schema/claim';
import type { FigureMeasure } from '../schema/vocabulary';
import { findEnd } from './findEnd';
import type { Candidate, Draft, Lookup } from './judgement';

type Pairing = { low: FigureMeasure[]; high: FigureMeasure[] };

export function pairedEnds(
	ledger: Lookup,
	claim: Claim,
	comparison: Pairing,
	pool: Candidate[]
): Draft['ends'] {
	const lowPool = pool.filter((c) => (comparison.low as string[]).includes(c.figure.measure));
	const highPool = pool.filter((c) => (comparison.high as string[]).includes(c.figure.measure));
	const low = findEnd(ledger, claim, claim.value_low ?? NaN, lowPool);
	const high = findEnd(ledger, claim, claim.value_high ?? NaN, highPool);
	const paired = (l: Candidate, h: Candidate) =>
		l.figure.soc_code === h.figure.soc_code &&
		l.figure.geography === h.figure.geography &&
		l.figure.period_start === h.figure.period_start &&
		comparison.low.indexOf(l.figure.measure as FigureMeasure) ===
			comparison.high.indexOf(h.figure.measure as FigureMeasure);
	const pair = low.matches.flatMap((l) =>
		high.matches.filter((h) => paired(l, h)).map((h) => [l, h] as const)
	)[0];
	if (pair)
		return {
			low: { matches: [pair[0]], best: pair[0], nearest: null },
			high: { matches: [pair[1]], best: pair[1], nearest: null }
		};
	const nearest = nearestPair(claim, lowPool, highPool, paired);
	return {
		low: { matches: [], best: null, nearest: nearest?.[0] ?? low.nearest },
		high: { matches: [], best: null, nearest: nearest?.[1] ?? high.nearest }
	};
}

/** The pair in the stated place closest to the stated ends: fitting period, then scope, then gap. */
function nearestPair(
	claim: Claim,
	lowPool: Candidate[],
	highPool: Candidate[],
	paired: (l: Candidate, h: Candidate) => boolean
): [Candidate, Candidate] | null {
	let best: [Candidate, Candidate] | null = null;
	let bestScore = Infinity;
	for (const l of lowPool) {
		if (l.figure.geography !== claim.geography) continue;
		for (const h of highPool) {
			if (!paired(l, h)) continue;
			const score =
				(l.fits ? 0 : 1e12) +
				l.distance * 1e9 +
				Math.abs(claim.value_low! - l.figure.value!) +
				Math.abs(claim.value_high! - h.figure.value!);
			if (score < bestScore) {
				bestScore = score;
				best = [l, h];
			}
		}
	}
	return best;
}
