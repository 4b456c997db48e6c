// What a check shows and says beside its verdict, each on a hand-made ledger (see verdictTable.ts).
import { describe } from 'vitest';
import { checkRow, type Row } from './verdictTable';
import { claim, figure, LAB, range, wage } from './verdictFixtures';

const ep22 = figure('ep22', 4.9);
const median24 = wage('median24', 61890, '2024-05');
const mean24 = wage('mean24', 65000, '2024-05', { measure: 'mean_annual_wage' });
const may24 = { unit: 'USD per year' as const, period_start: '2024-05', period_end: '2024-05' };
const percentile = (id: string, measure: string, value: number) =>
	wage(id, value, '2024-05', { measure: measure as 'wage_p10_annual' });
const PERCENTILES = [
	percentile('p10', 'wage_p10_annual', 42000),
	percentile('p25', 'wage_p25_annual', 50000),
	percentile('p75', 'wage_p75_annual', 62000),
	percentile('p90', 'wage_p90_annual', 75000)
];
const openings = (id: string, soc: string, occupation: string, value: number) =>
	figure(id, value, {
		measure: 'annual_openings',
		soc_code: soc,
		occupation,
		unit: 'openings per year',
		vintage: 'EP 2024-34',
		period_start: '2024',
		period_end: '2034'
	});

const HEALTHCARE_OPENINGS = [
	openings('hc', 'HC', 'Healthcare occupations', 1912300),
	openings('lab', LAB.soc, LAB.occupation, 22600)
];
const healthcareClaim = claim(1900000, {
	measure: 'annual_openings',
	scope_code: 'HC',
	scope_as_stated: 'healthcare',
	unit: 'openings per year',
	period_start: '2024',
	period_end: '2034'
});

const ROWS: Row[] = [
	{
		name: 'a "mean" wage that equals the published median matches nothing, and the explanation names the measure it really is',
		figures: [median24, mean24],
		claim: claim(61890, { ...may24, measure: 'mean_annual_wage' }),
		verdicts: ['no_match'],
		shown: ['nearest value mean24', 'context value median24'],
		says: [
			'No published figure matches $61,890. Nearest: $65,000',
			'The value equals the median annual wage in OEWS May 2024 ($61,890): the document names the wrong measure.'
		],
		differences: ['measure']
	},
	{
		name: 'a healthcare total of 1.9 million openings is confirmed, with the lab share of it beside it when the document is about lab workers',
		figures: HEALTHCARE_OPENINGS,
		claim: healthcareClaim,
		alongside: [claim(5, { id: 'c2' })],
		verdicts: ['confirmed'],
		shown: ['match value hc', 'context value lab'],
		says: [
			'Matches EP 2024-34: 1.91 million openings a year for Healthcare occupations.',
			`This is a figure for Healthcare occupations, not for the occupation the document is about: ${LAB.occupation} (29-2010) accounts for 22,600 openings a year in EP 2024-34, about 1.2% of the total.`
		],
		differences: ['rounding']
	},
	{
		name: 'a healthcare total in a document about nothing narrower is confirmed with no share beside it',
		figures: HEALTHCARE_OPENINGS,
		claim: healthcareClaim,
		verdicts: ['confirmed'],
		shown: ['match value hc']
	},
	{
		name: 'a salary range of $50,000 to $62,000 is confirmed by the 25th and 75th percentiles of one table',
		figures: PERCENTILES,
		claim: range(50000, 62000, { ...may24, measure: 'salary_range' }),
		verdicts: ['confirmed'],
		shown: ['match low p25', 'match high p75']
	},
	{
		name: 'a salary range of $45,000 to $60,000 matches no published pair; the nearest pair is shown',
		figures: PERCENTILES,
		claim: range(45000, 60000, { ...may24, measure: 'salary_range' }),
		verdicts: ['no_match'],
		shown: ['nearest low p25', 'nearest high p75'],
		says: [
			'No published figure matches the low end ($45,000). Nearest: $50,000 (25th percentile wage,',
			'No published figure matches the high end ($60,000).'
		]
	},
	{
		name: 'a range of 5% to 9% whose high end matches nothing is no match, though its low end does',
		figures: [ep22],
		claim: range(5, 9),
		verdicts: ['no_match'],
		shown: ['match low ep22', 'nearest high ep22'],
		says: [
			`The low end (5%) matches EP 2022-32 for ${LAB.occupation}, but the other end matches nothing.`,
			'No published figure matches the high end (9%). Nearest: 4.9%',
			'a difference of +4.1 percentage points.'
		]
	},
	{
		name: 'a claim that states no period is confirmed by the figure, and the explanation names its period',
		figures: [ep22],
		claim: claim(5, { period_start: '', period_end: '' }),
		verdicts: ['confirmed'],
		says: [
			`Matches EP 2022-32: 4.9% for ${LAB.occupation} (2022-2032; the document states no period).`
		]
	},
	{
		name: 'a claim that names no place is compared with national figures and keeps its own empty place',
		figures: [ep22, figure('ca22', 5, { geography: 'CA' })],
		claim: claim(5, { geography: '' }),
		verdicts: ['confirmed'],
		shown: ['match value ep22']
	}
];

describe('what a check shows beside its verdict', () => ROWS.forEach(checkRow));
