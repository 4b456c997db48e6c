// The /claims payload and view state. Plain data: built on the server, filtered in the browser.
import type { CheckRecord } from '$lib/core/ledger/checkToRecord';
import type { Verdict } from '$lib/core/ledger/types';

/** One claim on the ledger: the public record (what the JSON export carries) plus two provenance fields it lacks. */
export type LedgerEntry = {
	record: CheckRecord;
	/** The claim row's note (how it was read from the document). */
	note: string;
	/** The claiming document's kind (article, marketing…); '' when the document is not in sources.csv. */
	documentKind: string;
};

export type FilterOption = { value: string; label: string; count: number };

export type ClaimsLedgerView = {
	entries: LedgerEntry[];
	options: {
		verdicts: FilterOption[];
		documents: FilterOption[];
		measures: FilterOption[];
		occupations: FilterOption[];
	};
};

export const SORT_KEYS = ['verdict', 'document', 'measure', 'value'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const SORT_LABELS: Record<SortKey, string> = {
	verdict: 'Verdict (worst first)',
	document: 'Document',
	measure: 'Measure',
	value: 'Stated value (low to high)'
};

/** Everything the URL remembers about the ledger view. null = no filter. */
export type ViewState = {
	verdict: Verdict | null;
	document: string | null;
	measure: string | null;
	occupation: string | null;
	q: string;
	sort: SortKey;
};

export const DEFAULT_VIEW: ViewState = {
	verdict: null,
	document: null,
	measure: null,
	occupation: null,
	q: '',
	sort: 'verdict'
};
