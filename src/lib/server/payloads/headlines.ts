// The headline numbers for one occupation: newest growth, openings, median wage and the retirement outlook.
import { RETIREMENT_MEASURE } from '$lib/config';
import type { Figure } from '$lib/core/schema/figure';
import type { Headline } from '$lib/pages/types';
import { compareVintages, isEp, isOews } from '$lib/core/vintage';
import type { LedgerIndex } from '../ledgerIndex';
import { claimHolds } from './slim';
import { MEASURE_LABELS, type ClaimMeasure } from '$lib/core/schema/vocabulary';

/** The newest figure of a measure for a code, nationally, from the given series. */
export function newestFigure(
	figures: Figure[],
	measure: string,
	series: (v: string) => boolean
): Figure | null {
	let best: Figure | null = null;
	for (const f of figures) {
		if (f.measure !== measure || f.geography !== 'US' || !series(f.vintage)) continue;
		if (!best || compareVintages(f.vintage, best.vintage) > 0) best = f;
	}
	return best;
}

export function claimsHref(soc: string, measure: string): string {
	return `/claims?occupation=${encodeURIComponent(soc)}&measure=${encodeURIComponent(measure)}`;
}

function failingClaims(
	index: LedgerIndex,
	soc: string,
	measure: string,
	includeUnscoped = false
): number {
	const checks = [
		...(index.checksBySoc.get(soc) ?? []),
		...(includeUnscoped ? (index.checksBySoc.get('') ?? []) : [])
	];
	return new Set(
		checks.filter((c) => c.claim.measure === measure && !claimHolds(c)).map((c) => c.claim.id)
	).size;
}

const label = (m: string) => MEASURE_LABELS[m as ClaimMeasure] ?? m;

function pointHeadline(
	index: LedgerIndex,
	soc: string,
	measure: string,
	series: (v: string) => boolean
): Headline {
	const f = newestFigure(index.bySoc.get(soc) ?? [], measure, series);
	return {
		measure,
		label: label(measure),
		figure: f,
		range: null,
		failingClaims: failingClaims(index, soc, measure),
		claimsHref: claimsHref(soc, measure)
	};
}

/** Survey populations carry no SOC code, so the outlook is the newest survey's range across its groups. */
export function retirementHeadline(index: LedgerIndex, soc: string): Headline {
	const all = index.ledger.figures.filter(
		(f) => f.measure === RETIREMENT_MEASURE && f.value !== null
	);
	const newest = all.reduce<string | null>(
		(v, f) => (v === null || compareVintages(f.vintage, v) > 0 ? f.vintage : v),
		null
	);
	const group = all
		.filter((f) => f.vintage === newest)
		.sort((a, b) => a.value! - b.value! || (a.id < b.id ? -1 : 1));
	const low = group[0];
	const high = group[group.length - 1];
	return {
		measure: RETIREMENT_MEASURE,
		label: label(RETIREMENT_MEASURE),
		figure: null,
		range: low && high ? { low, high, count: group.length } : null,
		failingClaims: failingClaims(index, soc, RETIREMENT_MEASURE, true),
		claimsHref: claimsHref(soc, RETIREMENT_MEASURE)
	};
}

export function headlinesFor(index: LedgerIndex, soc: string): Headline[] {
	return [
		pointHeadline(index, soc, 'employment_change_pct', isEp),
		pointHeadline(index, soc, 'annual_openings', isEp),
		pointHeadline(index, soc, 'median_annual_wage', isOews)
	];
}
