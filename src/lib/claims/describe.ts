// Claim and figure fields as the ledger shows them in words.
import type { CheckRecord } from '$lib/core/ledger/checkToRecord';
import type { DocumentDate, FigureRole } from '$lib/core/ledger/types';
import { formatValue } from '$lib/core/format/number';
import { formatSpan } from '$lib/core/format/period';
import { MEASURE_LABELS, type ClaimMeasure } from '$lib/core/schema/vocabulary';

export type MatchedFigureRecord = CheckRecord['matched_figures'][number];

export const ROLE_LABELS: Record<FigureRole, string> = {
	match: 'Match',
	nearest: 'Nearest',
	newer: 'Newer',
	context: 'Context'
};

export const ROLE_HINTS: Record<FigureRole, string> = {
	match: 'the claim’s value equals this figure within rounding',
	nearest: 'no figure matches; this is the closest in the claim’s scope',
	newer: 'a newer vintage that was out when the document appeared',
	context: 'shown to put the claim in proportion'
};

export const measureLabel = (m: string): string => MEASURE_LABELS[m as ClaimMeasure] ?? m;

/** The stated low and high (equal for a point claim); null when absent. */
export function statedBounds(r: CheckRecord): { low: number | null; high: number | null } {
	const s = r.stated;
	return r.qualifier === 'range'
		? { low: s.low ?? null, high: s.high ?? null }
		: { low: s.value ?? null, high: s.value ?? null };
}

/** The value in the claim's own words: "about 16,800", "5%–7%", "up to 60%". */
export function statedValueText(r: CheckRecord): string {
	const { low, high } = statedBounds(r);
	if (r.qualifier === 'range')
		return low === null || high === null
			? 'no value'
			: `${formatValue(low, r.unit)}–${formatValue(high, r.unit)}`;
	if (low === null) return 'no value';
	const v = formatValue(low, r.unit);
	switch (r.qualifier) {
		case 'about':
			return `about ${v}`;
		case 'up_to':
			return `up to ${v}`;
		case 'at_least':
			return `at least ${v}`;
		default:
			return v;
	}
}

export function periodText(p: { start: string | null; end: string | null }): string {
	return formatSpan(p.start ?? '', p.end ?? '') || 'no period stated';
}

/** "2017-05-03", "undated; it cites EP 2024-34, …", or "undated". */
export function documentDateText(d: DocumentDate): string {
	if (d.kind === 'stated') return d.date;
	if (d.kind === 'inferred') return d.text;
	return 'undated';
}

export function figureValueText(f: MatchedFigureRecord): string {
	if (f.value === null) return 'no value published';
	return `${f.qualifier === 'about' ? 'about ' : ''}${formatValue(f.value, f.unit)}`;
}

/** "Clinical laboratory technologists and technicians (29-2010)". */
export function figureScopeText(f: MatchedFigureRecord): string {
	return f.occupation_code ? `${f.occupation} (${f.occupation_code})` : f.occupation;
}

/** The document fields of a record, whether or not the document is in sources.csv. */
export function documentOf(r: CheckRecord): {
	id: string;
	publisher: string;
	title: string;
	url: string;
	published: string | null;
} {
	const d = r.document;
	return d.title !== undefined
		? {
				id: d.id,
				publisher: d.publisher ?? '',
				title: d.title,
				url: d.url ?? '',
				published: d.published ?? null
			}
		: { id: d.id, publisher: '', title: d.id, url: '', published: null };
}
