// The ledger's filters in the URL: ?verdict=&document=&measure=&occupation=&q=&sort=
import { VERDICTS, type Verdict } from '$lib/core/ledger/types';
import { DEFAULT_VIEW, SORT_KEYS, type SortKey, type ViewState } from './types';

const isVerdict = (s: string): s is Verdict => (VERDICTS as readonly string[]).includes(s);
const isSortKey = (s: string): s is SortKey => (SORT_KEYS as readonly string[]).includes(s);

/** Read a view from a query string. Unknown verdicts and sort keys fall back to the default; blanks mean "no filter". */
export function parseViewState(params: URLSearchParams): ViewState {
	const text = (name: string): string | null => {
		const v = params.get(name)?.trim();
		return v ? v : null;
	};
	const verdict = text('verdict');
	const sort = text('sort');
	return {
		verdict: verdict !== null && isVerdict(verdict) ? verdict : null,
		document: text('document'),
		measure: text('measure'),
		occupation: text('occupation'),
		q: (params.get('q') ?? '').trim().slice(0, 200),
		sort: sort !== null && isSortKey(sort) ? sort : DEFAULT_VIEW.sort
	};
}

/** The query string for a view, without defaults, in a fixed order ('' for the default view). */
export function viewStateToQuery(state: ViewState): string {
	const params = new URLSearchParams();
	if (state.verdict) params.set('verdict', state.verdict);
	if (state.document) params.set('document', state.document);
	if (state.measure) params.set('measure', state.measure);
	if (state.occupation) params.set('occupation', state.occupation);
	if (state.q.trim()) params.set('q', state.q.trim());
	if (state.sort !== DEFAULT_VIEW.sort) params.set('sort', state.sort);
	const s = params.toString();
	return s ? `?${s}` : '';
}

/** True when any filter (not the sort) narrows the list. */
export function isFiltered(state: ViewState): boolean {
	return (
		state.verdict !== null ||
		state.document !== null ||
		state.measure !== null ||
		state.occupation !== null ||
		state.q.trim() !== ''
	);
}
