// Filtering and full-text search over ledger entries. Pure: the page and the tests share it.
import type { LedgerEntry, ViewState } from './types';
import { documentOf, measureLabel } from './describe';
import { sortEntries } from './sortEntries';

/** Lower case, accents dropped, whitespace collapsed: what search compares. */
export function normalizeText(s: string): string {
	return s
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

/** The text a search looks through: scope, document, attribution, explanation, differences, measure, id. */
export function searchableText(e: LedgerEntry): string {
	const r = e.record;
	const d = documentOf(r);
	return normalizeText(
		[
			r.id,
			r.scope.as_stated,
			r.scope.code ?? '',
			d.title,
			d.publisher,
			r.attributed_to,
			measureLabel(r.measure),
			r.explanation,
			...r.differences.map((x) => x.text),
			e.note
		].join(' \u0001 ')
	);
}

/** Every word of the query must occur somewhere in the entry (AND search); an empty query matches all. */
export function matchesQuery(haystack: string, query: string): boolean {
	const words = normalizeText(query).split(' ').filter(Boolean);
	return words.every((w) => haystack.includes(w));
}

/** A claim is "about" an occupation when it names that code or its matched/nearest figures are of it. */
export function concernsOccupation(e: LedgerEntry, code: string): boolean {
	const r = e.record;
	return (
		r.scope.code === code ||
		r.matched_figures.some(
			(f) => (f.role === 'match' || f.role === 'nearest') && f.occupation_code === code
		)
	);
}

export function matchesFilters(
	e: LedgerEntry,
	state: ViewState,
	haystack: string = searchableText(e)
): boolean {
	const r = e.record;
	if (state.verdict !== null && !r.verdicts.includes(state.verdict)) return false;
	if (state.document !== null && r.document.id !== state.document) return false;
	if (state.measure !== null && r.measure !== state.measure) return false;
	if (state.occupation !== null && !concernsOccupation(e, state.occupation)) return false;
	return matchesQuery(haystack, state.q);
}

/**
 * The entries a view shows, in its order. `haystacks` (by claim id) lets the page build the
 * search text once instead of on every keystroke.
 */
export function applyView(
	entries: readonly LedgerEntry[],
	state: ViewState,
	haystacks?: ReadonlyMap<string, string>
): LedgerEntry[] {
	const shown = entries.filter((e) =>
		matchesFilters(e, state, haystacks?.get(e.record.id) ?? searchableText(e))
	);
	return sortEntries(shown, state.sort);
}
