// Small hand-made ledger entries for the claims helpers.
import type { CheckRecord } from '$lib/core/ledger/checkToRecord';
import type { LedgerEntry } from '$lib/claims/types';

type FigureRecord = CheckRecord['matched_figures'][number];

export function figureRecord(over: Partial<FigureRecord> = {}): FigureRecord {
	return {
		role: 'match',
		end: 'value',
		id: 'ref:O-F003',
		measure: 'employment_change_num',
		occupation_code: '29-2010',
		occupation: 'Clinical laboratory technologists and technicians',
		geography: 'US',
		period: { start: '2022', end: '2032' },
		vintage: 'EP 2022-32',
		value: 16800,
		unit: 'persons',
		qualifier: 'exact',
		computed: null,
		difference: 0,
		source: {
			id: 'ref:src:ooh',
			kind: 'official',
			publisher: 'U.S. Bureau of Labor Statistics',
			title: 'Occupational Outlook Handbook',
			url: 'https://www.bls.gov/ooh/x.htm',
			original: null
		},
		...over
	};
}

export function entry(
	over: Partial<CheckRecord> = {},
	extra: Partial<Omit<LedgerEntry, 'record'>> = {}
): LedgerEntry {
	const record: CheckRecord = {
		id: 'bh:2026-new-positions',
		document: {
			id: 'doc:beacon',
			publisher: 'Beacon Hill Career Training',
			title: 'Why is a Medical Technician Career a Smart Choice?',
			url: 'https://example.com/a',
			published: null
		},
		document_date: {
			kind: 'inferred',
			after: '2025-08-28',
			vintage: 'EP 2024-34',
			text: 'undated; it cites EP 2024-34, released 2025-08-28, so it appeared after that'
		},
		measure: 'employment_change_num',
		stated: { value: 16800 },
		unit: 'persons',
		qualifier: 'about',
		period: { start: '2022', end: '2032' },
		scope: { as_stated: 'medical technician job outlook', code: '29-2012' },
		geography: 'US',
		attributed_to: 'BLS',
		verdicts: ['outdated', 'wrong_scope'],
		matched_figures: [
			figureRecord(),
			figureRecord({
				role: 'newer',
				id: 'ep:2024-34:29-2010:employment_change_num',
				vintage: 'EP 2024-34',
				period: { start: '2024', end: '2034' },
				value: 6000,
				difference: null
			})
		],
		differences: [
			{
				kind: 'scope',
				text: 'stated as medical technician job outlook; the figure is for Clinical laboratory technologists and technicians (29-2010)'
			},
			{ kind: 'vintage', text: 'uses EP 2022-32; EP 2024-34 was available' }
		],
		explanation:
			'That figure is for Clinical laboratory technologists and technicians (29-2010), not medical technician job outlook (29-2012).',
		...over
	} as CheckRecord;
	return { record, note: '', documentKind: 'marketing', ...extra };
}
