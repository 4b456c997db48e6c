// Every verdict, and the order verdicts come in, each on a hand-made ledger (see verdictTable.ts).
import { describe } from 'vitest';
import { checkRow, type Row } from './verdictTable';
import { claim, figure, LAB, range, release, TECHNICIANS, wage } from './verdictFixtures';

const ep22 = figure('ep22', 4.9);
const ep23 = figure('ep23', 4.3, {
	vintage: 'EP 2023-33',
	period_start: '2023',
	period_end: '2033'
});
const RELEASES = [release('EP 2022-32', '2023-09-06'), release('EP 2023-33', '2024-08-29')];
const technicians = {
	scope_code: TECHNICIANS,
	scope_as_stated: 'medical and clinical laboratory technicians'
};
const SCOPE_NOTE = `That figure is for ${LAB.occupation} (29-2010), not medical and clinical laboratory technicians (29-2012).`;
const WIDER_GROUP_ONLY =
	'No projected growth (%) series for 29-2012 covers 2022-2032; the publisher reports only the wider group.';
const retiring = (id: string, value: number, measure = 'share_retiring_within_5y') =>
	figure(id, value, {
		measure: measure as 'share_retiring_within_5y',
		soc_code: '',
		occupation: 'Laboratory professionals surveyed',
		vintage: 'ASCP Retirement Survey 2023',
		period_start: '2023',
		period_end: '2023'
	});

const VERDICT_ROWS: Row[] = [
	{
		name: 'a claim of 5% growth for 2022-32 is confirmed by a 4.9% EP 2022-32 figure',
		figures: [ep22],
		claim: claim(5),
		verdicts: ['confirmed'],
		shown: ['match value ep22'],
		says: [`Matches EP 2022-32: 4.9% for ${LAB.occupation}.`],
		differences: ['rounding']
	},
	{
		name: 'a claim of a measure no series publishes is unsourced, shown beside the range of the most common related survey measure',
		figures: [
			retiring('r1', 23.6),
			retiring('r2', 8.7),
			retiring('r3', 15),
			retiring('r4', 4, 'share_retiring_within_2y')
		],
		claim: claim(60, {
			measure: 'share_eligible_to_retire',
			qualifier: 'up_to',
			scope_code: '',
			period_start: '',
			period_end: '2026'
		}),
		verdicts: ['unsourced'],
		shown: ['context value r2', 'context value r1'],
		says: [
			'No official or survey series in the ledger measures share eligible to retire, so the figure cannot be traced to a published source.',
			'The nearest published figures: share expected to retire within 5 years ranges from 8.7% (Laboratory professionals surveyed, ASCP Retirement Survey 2023) to 23.6%'
		],
		differences: []
	},
	{
		name: 'a claim for California is unsourced when the ledger holds only national figures of its measure',
		figures: [ep22],
		claim: claim(5, { geography: 'CA' }),
		verdicts: ['unsourced'],
		shown: [],
		says: ['measures projected growth (%) for CA, so the figure cannot be traced']
	},
	{
		name: 'a claim of 5% to 7% growth for technicians stitches EP 2022-32 (5%) to EP 2021-31 (7%): mixed vintages, and the wrong scope',
		figures: [
			figure('ep22', 5),
			figure('ep21', 7, { vintage: 'EP 2021-31', period_start: '2021', period_end: '2031' })
		],
		claim: range(5, 7, technicians),
		verdicts: ['mixed_vintages', 'wrong_scope'],
		shown: ['match low ep22', 'match high ep21'],
		says: [
			'The two ends come from different releases: 5% matches EP 2022-32 (5%), while 7% matches EP 2021-31 (7%). No single vintage gives this range.',
			SCOPE_NOTE,
			WIDER_GROUP_ONLY,
			'For 2022-2032, EP 2022-32 gives 5%.'
		],
		differences: ['vintage', 'scope']
	},
	{
		name: 'a median of $57,380 stated for May 2023 is the May 2022 figure: wrong period, with May 2023 shown beside it',
		figures: [wage('may22', 57380, '2022-05'), wage('may23', 60780, '2023-05')],
		claim: claim(57380, {
			measure: 'median_annual_wage',
			unit: 'USD per year',
			period_start: '2023-05',
			period_end: '2023-05'
		}),
		verdicts: ['wrong_period'],
		shown: ['match value may22', 'context value may23'],
		says: [
			'$57,380 is the May 2022 figure (OEWS May 2022), not the May 2023 one; OEWS May 2023 gives $60,780.'
		],
		differences: ['period']
	},
	{
		name: 'a median of $60,290 for May 2024 matches nothing; the nearest is $61,890, $1,600 higher',
		figures: [wage('may24', 61890, '2024-05')],
		claim: claim(60290, {
			measure: 'median_annual_wage',
			unit: 'USD per year',
			period_start: '2024-05',
			period_end: '2024-05'
		}),
		verdicts: ['no_match'],
		shown: ['nearest value may24'],
		says: [
			`No published figure matches $60,290. Nearest: $61,890 (median annual wage, ${LAB.occupation}, OEWS May 2024), a difference of -$1,600.`
		],
		differences: []
	},
	{
		name: 'a claim of 5% growth in a document dated October 2024 is outdated: EP 2023-33 had been out since August',
		figures: [ep22, ep23],
		claim: claim(5),
		dated: '2024-10-01',
		releases: RELEASES,
		verdicts: ['outdated'],
		shown: ['match value ep22', 'newer value ep23'],
		says: [
			`It matches EP 2022-32 (4.9% for ${LAB.occupation}), but EP 2023-33 was already out when the document was dated (2024-10-01): it gives 4.3%.`
		],
		differences: ['vintage', 'rounding']
	},
	{
		name: 'a claim of 5% growth for technicians is the figure for the whole lab group: wrong scope',
		figures: [ep22],
		claim: claim(5, technicians),
		verdicts: ['wrong_scope'],
		shown: ['match value ep22'],
		says: [SCOPE_NOTE, WIDER_GROUP_ONLY],
		differences: ['scope', 'rounding']
	},
	{
		name: 'a national figure quoted for California is the wrong scope, even though California has its own',
		figures: [ep22, figure('ca22', 8, { geography: 'CA' })],
		claim: claim(5, { geography: 'CA' }),
		verdicts: ['wrong_scope'],
		shown: ['match value ep22'],
		says: [
			`That figure is for ${LAB.occupation} (29-2010) in US, not CA, not lab workers (29-2010).`
		]
	}
];

const PRECEDENCE_ROWS: Row[] = [
	{
		name: 'a claim that is both outdated and of the wrong scope is outdated first',
		figures: [ep22, ep23],
		claim: claim(5, technicians),
		dated: '2024-10-01',
		releases: RELEASES,
		verdicts: ['outdated', 'wrong_scope'],
		says: [SCOPE_NOTE, 'It matches EP 2022-32 (4.9%'],
		differences: ['scope', 'vintage', 'rounding']
	},
	{
		name: 'a claim of the wrong period and the wrong scope is the wrong period first',
		figures: [wage('may22', 57380, '2022-05'), wage('may23', 60780, '2023-05')],
		claim: claim(57380, {
			...technicians,
			measure: 'median_annual_wage',
			unit: 'USD per year',
			period_start: '2023-05',
			period_end: '2023-05'
		}),
		verdicts: ['wrong_period', 'wrong_scope'],
		shown: ['match value may22', 'context value may23']
	},
	{
		name: 'a claim of 6% growth for technicians matches no vintage, and the nearest figure is for the wider group',
		figures: [
			figure('ep23', 5.3, { vintage: 'EP 2023-33', period_start: '2023', period_end: '2033' })
		],
		claim: claim(6, { ...technicians, period_start: '2023', period_end: '2033' }),
		verdicts: ['no_match', 'wrong_scope'],
		shown: ['nearest value ep23'],
		says: ['a difference of +0.7 percentage points.', SCOPE_NOTE]
	},
	{
		name: 'a mixed-vintage range that a newer release had overtaken is mixed vintages, then outdated, then the wrong scope',
		figures: [
			figure('ep21', 7, { vintage: 'EP 2021-31', period_start: '2021', period_end: '2031' }),
			figure('ep22', 5),
			ep23
		],
		claim: range(5, 7, technicians),
		dated: '2024-10-01',
		releases: RELEASES,
		verdicts: ['mixed_vintages', 'outdated', 'wrong_scope'],
		shown: ['match low ep22', 'match high ep21', 'newer value ep23'],
		differences: ['vintage', 'scope', 'vintage']
	},
	{
		name: 'a measure no series publishes is unsourced and nothing else, whatever the figures beside it',
		figures: [retiring('r1', 60)],
		claim: claim(60, {
			measure: 'share_eligible_to_retire',
			scope_code: '',
			period_start: '',
			period_end: ''
		}),
		verdicts: ['unsourced'],
		shown: ['context value r1']
	}
];

describe('each verdict, on a hand-made ledger', () => VERDICT_ROWS.forEach(checkRow));
describe('verdicts in order of precedence', () => PRECEDENCE_ROWS.forEach(checkRow));
