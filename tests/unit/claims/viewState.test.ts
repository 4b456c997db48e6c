import { describe, expect, it } from 'vitest';
import { isFiltered, parseViewState, viewStateToQuery } from '$lib/claims/viewState';
import { DEFAULT_VIEW } from '$lib/claims/types';

describe('URL view state', () => {
	it('reads every filter and the sort', () => {
		const s = parseViewState(
			new URLSearchParams(
				'verdict=wrong_scope&document=doc%3Abeacon&measure=employment_change_num&occupation=29-2010&q=%20technicians%20&sort=value'
			)
		);
		expect(s).toEqual({
			verdict: 'wrong_scope',
			document: 'doc:beacon',
			measure: 'employment_change_num',
			occupation: '29-2010',
			q: 'technicians',
			sort: 'value'
		});
	});

	it('drops unknown verdicts and sort keys, and treats blanks as no filter', () => {
		expect(parseViewState(new URLSearchParams('verdict=bogus&sort=evil&document=&q='))).toEqual(
			DEFAULT_VIEW
		);
	});

	it('round-trips through the query string, leaving out defaults', () => {
		const s = {
			...DEFAULT_VIEW,
			verdict: 'outdated' as const,
			occupation: '29-2012',
			q: 'new positions'
		};
		const q = viewStateToQuery(s);
		expect(q).toBe('?verdict=outdated&occupation=29-2012&q=new+positions');
		expect(parseViewState(new URLSearchParams(q))).toEqual(s);
		expect(viewStateToQuery(DEFAULT_VIEW)).toBe('');
		expect(viewStateToQuery({ ...DEFAULT_VIEW, sort: 'document' })).toBe('?sort=document');
	});

	it('encodes ids with colons safely', () => {
		const q = viewStateToQuery({ ...DEFAULT_VIEW, document: 'doc:a&b=c' });
		expect(parseViewState(new URLSearchParams(q)).document).toBe('doc:a&b=c');
	});

	it('knows when a view is filtered (sort alone is not a filter)', () => {
		expect(isFiltered(DEFAULT_VIEW)).toBe(false);
		expect(isFiltered({ ...DEFAULT_VIEW, sort: 'value' })).toBe(false);
		expect(isFiltered({ ...DEFAULT_VIEW, q: 'x' })).toBe(true);
		expect(isFiltered({ ...DEFAULT_VIEW, verdict: 'confirmed' })).toBe(true);
	});
});
