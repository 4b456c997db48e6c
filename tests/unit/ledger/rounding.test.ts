// The rounding rules of src/lib/core/ledger/precision.ts, as reconcile applies them to a claim.
import { describe } from 'vitest';
import { checkRow, type Row } from './verdictTable';
import { claim, figure, wage } from './verdictFixtures';

const growth = (stated: number, published: number, extra: Partial<Row> = {}): Row => ({
	name: '',
	figures: [figure('f', published)],
	claim: claim(stated),
	verdicts: [],
	...extra
});
/** An openings claim against one published openings figure. */
const openingsRow = (
	name: string,
	stated: number,
	qualifier: 'exact' | 'about',
	published: number,
	verdict: 'confirmed' | 'no_match'
): Row => ({
	name,
	figures: [figure('f', published, { measure: 'annual_openings', unit: 'openings per year' })],
	claim: claim(stated, { measure: 'annual_openings', unit: 'openings per year', qualifier }),
	verdicts: [verdict]
});
const median = (value: number) => wage('f', value, '2023-05');
const medianClaim = claim(57380, {
	measure: 'median_annual_wage',
	unit: 'USD per year',
	period_start: '2023-05',
	period_end: '2023-05'
});

const ROWS: Row[] = [
	growth(5, 4.9, { name: '"5%" is matched by a published 4.9%', verdicts: ['confirmed'] }),
	growth(5, 5.3, { name: '"5%" is matched by a published 5.3%', verdicts: ['confirmed'] }),
	growth(5, 5.6, { name: '"5%" is not matched by a published 5.6%', verdicts: ['no_match'] }),
	growth(4.9, 5, {
		name: '"4.9%" is matched by a whole 5% published: the coarser precision of the two counts',
		verdicts: ['confirmed']
	}),
	growth(5.9, 5, {
		name: 'a published "about 5%" takes a claim of 5.9%',
		figures: [figure('f', 5, { qualifier: 'about' })],
		verdicts: ['confirmed']
	}),
	openingsRow(
		'"about 24,000" openings are matched by a published 23,000',
		24000,
		'about',
		23000,
		'confirmed'
	),
	openingsRow(
		'"24,000" openings without "about" are not matched by 23,000',
		24000,
		'exact',
		23000,
		'no_match'
	),
	openingsRow('"about 24,000" does not stretch to 22,900', 24000, 'about', 22900, 'no_match'),
	openingsRow('"about 328,100" is matched by 328,190', 328100, 'about', 328190, 'confirmed'),
	openingsRow(
		'"about 328,100" still means within 100 of it, so 328,250 does not match',
		328100,
		'about',
		328250,
		'no_match'
	),
	{
		name: '"$57,380" is matched by a published $57,380',
		figures: [median(57380)],
		claim: medianClaim,
		verdicts: ['confirmed'],
		differences: []
	},
	{
		name: '"$57,380" is not matched by a published $57,390',
		figures: [median(57390)],
		claim: medianClaim,
		verdicts: ['no_match']
	},
	growth(60, 60, {
		name: '"up to 60%" states a bound, matched like an exact 60%',
		claim: claim(60, { qualifier: 'up_to' }),
		verdicts: ['confirmed']
	}),
	growth(60, 55, {
		name: '"up to 60%" is not matched by a published 55%',
		claim: claim(60, { qualifier: 'up_to' }),
		verdicts: ['no_match']
	})
];

describe('when a stated value matches a published one', () => ROWS.forEach(checkRow));
