// A range whose two ends both match: read from one vintage (shared), or from two (mixed).
import { vintageOrder } from '../vintage';
import type { Candidate, Draft, Lookup } from './judgement';

export type RangeReading =
	| { kind: 'shared'; low: Candidate; high: Candidate }
	| { kind: 'mixed'; low: Candidate; high: Candidate };

const core = (c: Candidate) => vintageOrder(c.figure.vintage).core;

/** null unless the claim is a range with both ends matched. */
export function rangeReading(draft: Draft, rank: Lookup['rank']): RangeReading | null {
	const low = draft.ends.low;
	const high = draft.ends.high;
	if (draft.kind !== 'range' || !low?.best || !high?.best) return null;
	// Both ends from one series (same measure, scope, place) can only come from two releases.
	const sameSeries = (a: Candidate, b: Candidate) =>
		a.figure.measure === b.figure.measure &&
		a.figure.soc_code === b.figure.soc_code &&
		a.figure.geography === b.figure.geography;
	const seriesPair = low.matches
		.flatMap((l) =>
			high.matches
				.filter((h) => sameSeries(l, h) && core(l) !== core(h))
				.map((h) => [l, h] as const)
		)
		.sort(
			(a, b) =>
				Number(b[0].fits) + Number(b[1].fits) - Number(a[0].fits) - Number(a[1].fits) ||
				a[0].distance - b[0].distance ||
				rank(a[0], b[0]) ||
				rank(a[1], b[1])
		)[0];
	if (seriesPair) return { kind: 'mixed', low: seriesPair[0], high: seriesPair[1] };
	const lowVintages = new Set(low.matches.map(core));
	const shared = high.matches.filter((c) => lowVintages.has(core(c))).sort(rank)[0];
	if (!shared) return { kind: 'mixed', low: low.best, high: high.best };
	const lowSame = low.matches.filter((c) => core(c) === core(shared)).sort(rank)[0]!;
	return { kind: 'shared', low: lowSame, high: shared };
}
