// The verdicts the issue lists for the Beacon Hill articles, on the shipped data.
import { beforeAll, describe, expect, it } from 'vitest';
import { getLedger, type LedgerWithChecks } from '../../../src/lib/server/ledgerStore';
import type { ClaimCheck } from '../../../src/lib/core/ledger/types';

let ledger: LedgerWithChecks;
const check = (id: string): ClaimCheck => {
	const c = ledger.checks.find((x) => x.claim.id === id);
	if (!c) throw new Error(`no claim ${id} in data/claims.csv`);
	return c;
};
const matched = (c: ClaimCheck, role = 'match') => c.figures.filter((f) => f.role === role);

beforeAll(() => {
	ledger = getLedger();
});

describe('the shipped claims, checked against the shipped data', () => {
	it('"6% growth 2023-2033" for technicians matches only another period and scope (EP 2014-24 all occupations, 6.5%); BLS publishes only the combined group', () => {
		const c = check('bh:guide-growth-2023-33');
		expect(c.verdicts).toEqual(['wrong_period', 'wrong_scope']);
		const m = matched(c)[0]!;
		expect([m.figure.vintage, m.figure.soc_code, m.figure.value]).toEqual([
			'EP 2014-24',
			'00-0000',
			6.5
		]);
		const context = matched(c, 'context')[0]!;
		expect([context.figure.vintage, context.figure.soc_code, context.figure.value]).toEqual([
			'EP 2023-33',
			'29-2010',
			5.3
		]);
	});

	it('the OOH 2016-17 figures for technologists and technicians confirm against EP 2014-24 Table 1.7', () => {
		for (const [id, soc, value] of [
			['ref:C-F086', '29-2011', 14],
			['ref:C-F087', '29-2011', 164800],
			['ref:C-F088', '29-2012', 17.8],
			['ref:C-F089', '29-2012', 68100]
		] as const) {
			const c = check(id);
			expect(c.verdicts, id).toEqual(['confirmed']);
			const m = matched(c)[0]!;
			expect([m.figure.vintage, m.figure.soc_code, m.figure.value], id).toEqual([
				'EP 2014-24',
				soc,
				value
			]);
		}
	});

	it('"$60,290 median in May 2024" matches nothing; May 2024 is 61,890', () => {
		const c = check('bh:guide-median-may-2024');
		expect(c.verdicts[0]).toBe('no_match');
		const nearest = matched(c, 'nearest')[0]!;
		expect([nearest.figure.vintage, nearest.figure.value, nearest.difference]).toEqual([
			'OEWS May 2024',
			61890,
			-1600
		]);
	});

	it('"5% to 7% growth 2022-2032" stitches two vintages together', () => {
		const c = check('bh:2026-growth-range');
		expect(c.verdicts[0]).toBe('mixed_vintages');
		const low = matched(c).find((f) => f.end === 'low')!;
		const high = matched(c).find((f) => f.end === 'high')!;
		expect(low.figure.vintage).toBe('EP 2022-32');
		expect(['EP 2019-29', 'EP 2021-31']).toContain(high.figure.vintage);
	});

	it('"about 16,800 new positions 2022-2032" is EP 2022-32 for the combined group, outdated by EP 2024-34', () => {
		const c = check('bh:2026-new-positions');
		expect(c.verdicts).toEqual(['outdated', 'wrong_scope']);
		const m = matched(c)[0]!;
		expect([m.figure.vintage, m.figure.soc_code, m.figure.value]).toEqual([
			'EP 2022-32',
			'29-2010',
			16800
		]);
		const newer = matched(c, 'newer')[0]!;
		expect([newer.figure.vintage, newer.figure.value]).toEqual(['EP 2024-34', 6000]);
		expect(c.documentDate).toMatchObject({ kind: 'inferred', vintage: 'EP 2024-34' });
	});

	it('"1.9 million annual openings 2024-2034" is confirmed for healthcare, with the lab share beside it', () => {
		const c = check('bh:2026-healthcare-openings');
		expect(c.verdicts).toEqual(['confirmed']);
		const computed = matched(c).find((f) => f.figure.derivation !== '');
		expect(computed?.figure.value).toBeGreaterThan(1_900_000);
		expect(computed?.figure.value).toBeLessThan(1_950_000);
		const lab = matched(c, 'context')[0]!;
		expect([lab.figure.soc_code, lab.figure.value]).toEqual(['29-2010', 22600]);
		expect(c.explanation).toMatch(/1\.2% of the total/);
	});

	it('"up to 60% eligible to retire by 2026" is unsourced, shown beside the 8.7-23.6% survey range', () => {
		const c = check('bh:2026-retirement-eligible');
		expect(c.verdicts).toEqual(['unsourced']);
		expect(matched(c, 'context').map((f) => f.figure.value)).toEqual([8.7, 23.6]);
	});

	it('"median $57,380 in May 2023" is the May 2022 median; May 2023 was 60,780', () => {
		const c = check('bh:2026-median-may-2023');
		expect(c.verdicts).toEqual(['wrong_period']);
		expect(matched(c)[0]!.figure.vintage).toBe('OEWS May 2022');
		expect(matched(c, 'context')[0]!.figure.value).toBe(60780);
	});

	it('"salaries range from $45,000 to $60,000" matches no published range', () => {
		expect(check('bh:2026-salary-range').verdicts[0]).toBe('no_match');
	});

	it('"up to 70% of critical-decision information" is unsourced', () => {
		expect(check('bh:2026-decision-share').verdicts).toEqual(['unsourced']);
	});

	it('gives every shipped claim at least one verdict and an explanation', () => {
		for (const c of ledger.checks) {
			expect(c.verdicts.length, c.claim.id).toBeGreaterThan(0);
			expect(c.explanation.length, c.claim.id).toBeGreaterThan(20);
		}
	});
});

describe('group context', () => {
	it('never states a share of the total for percentages or wages', () => {
		for (const c of ledger.checks) {
			if (c.claim.unit === 'percent' || c.claim.unit.startsWith('USD'))
				expect(c.explanation, c.claim.id).not.toMatch(/% of the total/);
		}
	});
});
