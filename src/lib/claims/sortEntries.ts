// The ledger's sort orders. Every order ends on the claim id, so it is total and stable.
import { VERDICTS } from '$lib/core/ledger/types';
import type { LedgerEntry, SortKey } from './types';
import { documentOf, measureLabel, statedBounds } from './describe';

/** Headline verdict precedence: unsourced first, confirmed last, unchecked after everything. */
export function verdictRank(e: LedgerEntry): number {
	const v = e.record.verdicts[0];
	return v === undefined ? VERDICTS.length : VERDICTS.indexOf(v);
}

const byText = (a: string, b: string) =>
	a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true });
const byId = (a: LedgerEntry, b: LedgerEntry) =>
	a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0;

function documentKey(e: LedgerEntry): string {
	const d = documentOf(e.record);
	return `${d.publisher} \u0001 ${d.title}`;
}

/** Claims with no number sort after those with one. */
function valueOf(e: LedgerEntry): number {
	return statedBounds(e.record).low ?? Number.POSITIVE_INFINITY;
}

const COMPARE: Record<SortKey, (a: LedgerEntry, b: LedgerEntry) => number> = {
	verdict: (a, b) => verdictRank(a) - verdictRank(b),
	document: (a, b) => byText(documentKey(a), documentKey(b)),
	measure: (a, b) => byText(measureLabel(a.record.measure), measureLabel(b.record.measure)),
	value: (a, b) => {
		const x = valueOf(a);
		const y = valueOf(b);
		return x === y ? 0 : x < y ? -1 : 1;
	}
};

export function sortEntries(entries: readonly LedgerEntry[], key: SortKey): LedgerEntry[] {
	const compare = COMPARE[key];
	return [...entries].sort((a, b) => compare(a, b) || byId(a, b));
}
