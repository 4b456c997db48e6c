// One stated value against a pool of candidates: the figures it matches within rounding, best
// first, or when none does, the nearest figure to show instead.
import type { Claim } from '../schema/claim';
import { firstBest } from './firstBest';
import type { Candidate, EndFinding, Lookup } from './judgement';
import { valuesMatch } from './precision';

export function findEnd(
	ledger: Lookup,
	claim: Claim,
	value: number,
	pool: Candidate[]
): EndFinding {
	const matches = pool
		.filter((c) => valuesMatch(value, claim.qualifier, c.figure))
		.sort(ledger.rank);
	let nearest: Candidate | null = null;
	if (matches.length === 0) {
		// Nearest: the closest scope that has a figure, preferring the stated geography and period.
		nearest = firstBest(
			pool,
			(a, b) =>
				Number(b.figure.geography === claim.geography) -
					Number(a.figure.geography === claim.geography) ||
				Number(b.fits) - Number(a.fits) ||
				a.distance - b.distance ||
				Math.abs(value - a.figure.value!) - Math.abs(value - b.figure.value!) ||
				ledger.rank(a, b)
		);
	}
	return { matches, best: matches[0] ?? null, nearest };
}
