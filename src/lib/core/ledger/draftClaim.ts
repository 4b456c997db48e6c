// The candidates one claim is judged on: per end, the figures its value matches (or the nearest
// one), whether any series exists, and a related measure that the value matches instead.
import type { Claim } from '../schema/claim';
import { COMPARABLE } from './comparableMeasures';
import { findEnd } from './findEnd';
import { firstBest } from './firstBest';
import type { Candidate, Draft, Lookup } from './judgement';
import { pairedEnds } from './pairedEnds';
import { valuesMatch } from './precision';

export function draftClaim(ledger: Lookup, claim: Claim): Draft {
	const comparison = COMPARABLE[claim.measure];
	const base: Draft = {
		claim,
		kind: 'none',
		ends: {},
		noSeries: false,
		statedScopeMissing: false,
		context: [],
		relatedMeasureMatch: null
	};
	if (comparison.kind === 'none') {
		base.noSeries = true;
		base.context = contextRange(
			ledger.candidatesFor(claim, comparison.context, (f) => f.geography === claim.geography)
		);
		return base;
	}
	const measures =
		comparison.kind === 'pair' ? [...comparison.low, ...comparison.high] : comparison.measures;
	const pool = ledger.candidatesFor(
		claim,
		measures,
		(f, distance) => f.geography === claim.geography || distance === 0
	);
	if (!pool.some((c) => c.figure.geography === claim.geography)) {
		base.noSeries = true;
		return base;
	}
	base.statedScopeMissing = !pool.some((c) => c.sameScope && c.fits);

	if (comparison.kind === 'pair')
		return { ...base, kind: 'pair', ends: pairedEnds(ledger, claim, comparison, pool) };
	if (claim.qualifier === 'range') {
		base.kind = 'range';
		base.ends = {
			low: findEnd(ledger, claim, claim.value_low!, pool),
			high: findEnd(ledger, claim, claim.value_high!, pool)
		};
		return base;
	}
	base.kind = 'point';
	base.ends = { value: findEnd(ledger, claim, claim.value!, pool) };
	if (!base.ends.value!.best && comparison.related.length > 0) {
		const related = ledger
			.candidatesFor(
				claim,
				comparison.related,
				(f, distance) => distance === 0 && f.geography === claim.geography
			)
			.filter((c) => valuesMatch(claim.value!, claim.qualifier, c.figure));
		base.relatedMeasureMatch = firstBest(related, ledger.rank);
	}
	return base;
}

/** The lowest and highest figures of the context measures, for "shown beside" context. */
function contextRange(pool: Candidate[]): Candidate[] {
	if (pool.length === 0) return [];
	const byValue = [...pool].sort(
		(a, b) => a.figure.value! - b.figure.value! || a.figure.id.localeCompare(b.figure.id)
	);
	// Prefer the most common context measure (e.g. 5-year retirement shares over 2-year ones).
	const counts = new Map<string, number>();
	for (const c of pool) counts.set(c.figure.measure, (counts.get(c.figure.measure) ?? 0) + 1);
	const measure = [...counts.entries()].sort(
		(a, b) => b[1] - a[1] || a[0].localeCompare(b[0])
	)[0]![0];
	const chosen = byValue.filter((c) => c.figure.measure === measure);
	return chosen.length === 1 ? [chosen[0]!] : [chosen[0]!, chosen[chosen.length - 1]!];
}
