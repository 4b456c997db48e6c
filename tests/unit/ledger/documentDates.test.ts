// When a document appeared, as reconcile works it out, and what that does to "outdated".
import { describe } from 'vitest';
import { checkRow, type Row } from './verdictTable';
import { claim, figure, release } from './verdictFixtures';

const ep22 = figure('ep22', 4.9);
const ep23 = figure('ep23', 4.3, {
	vintage: 'EP 2023-33',
	period_start: '2023',
	period_end: '2033'
});
const ep24 = figure('ep24', 3, { vintage: 'EP 2024-34', period_start: '2024', period_end: '2034' });
const RELEASES = [
	release('EP 2022-32', '2023-09-06'),
	release('EP 2023-33', '2024-08-29'),
	release('EP 2024-34', '2025-08-28')
];
const vacancies = (id: string, year: string, value: number) =>
	figure(id, value, {
		measure: 'vacancy_rate',
		soc_code: '',
		occupation: 'Laboratories surveyed',
		vintage: `ASCP Vacancy Survey ${year}`,
		period_start: year,
		period_end: year
	});

const ROWS: Row[] = [
	{
		name: 'a dated document is dated as its source states',
		figures: [ep22],
		claim: claim(5),
		verdicts: ['confirmed'],
		documentDate: { kind: 'stated', date: '2024-01-15' }
	},
	{
		name: 'an undated document is dated after the release of the vintage it cites, so a later release does not make it outdated',
		figures: [ep22, ep23],
		claim: claim(5),
		dated: '',
		releases: RELEASES,
		verdicts: ['confirmed'],
		documentDate: {
			kind: 'inferred',
			after: '2023-09-06',
			vintage: 'EP 2022-32',
			text: 'undated; it cites EP 2022-32, released 2023-09-06, so it appeared after that'
		}
	},
	{
		name: 'an undated document that cites EP 2024-34 in one claim is outdated in another that uses EP 2022-32',
		figures: [ep22, ep23, ep24],
		claim: claim(5),
		alongside: [claim(3, { id: 'c2', period_start: '2024', period_end: '2034' })],
		dated: '',
		releases: RELEASES,
		verdicts: ['outdated'],
		shown: ['match value ep22', 'newer value ep24'],
		says: [
			'but EP 2024-34 was already out when the document appeared (undated; it cites EP 2024-34, released 2025-08-28, so it appeared after that): it gives 3%.'
		],
		documentDate: {
			kind: 'inferred',
			after: '2025-08-28',
			vintage: 'EP 2024-34',
			text: 'undated; it cites EP 2024-34, released 2025-08-28, so it appeared after that'
		}
	},
	{
		name: 'an undated document citing a release of unsourced date says that the date is not sourced',
		figures: [ep22],
		claim: claim(5),
		dated: '',
		verdicts: ['confirmed'],
		documentDate: {
			kind: 'inferred',
			after: null,
			vintage: 'EP 2022-32',
			text: 'undated; it cites EP 2022-32, so it appeared after that release (release date not sourced)'
		}
	},
	{
		name: 'an undated document citing only a survey is of unknown date, so a later survey edition does not make it outdated',
		figures: [vacancies('v22', '2022', 9.5), vacancies('v24', '2024', 11)],
		claim: claim(9.5, {
			measure: 'vacancy_rate',
			scope_code: '',
			period_start: '2022',
			period_end: '2022'
		}),
		dated: '',
		verdicts: ['confirmed'],
		documentDate: { kind: 'unknown' }
	},
	{
		name: 'a document dated only "2024" is not held to a release of August 2024',
		figures: [ep22, ep23],
		claim: claim(5),
		dated: '2024',
		releases: RELEASES,
		verdicts: ['confirmed']
	},
	{
		name: 'a document dated "2025" is held to a release of August 2024',
		figures: [ep22, ep23],
		claim: claim(5),
		dated: '2025',
		releases: RELEASES,
		verdicts: ['outdated'],
		says: ['was already out when the document was dated (2025):']
	},
	{
		name: 'a newer vintage whose release date is not sourced never makes a dated document outdated',
		figures: [ep22, ep23],
		claim: claim(5),
		dated: '2026-01-01',
		verdicts: ['confirmed']
	}
];

describe('when the claiming document appeared', () => ROWS.forEach(checkRow));
