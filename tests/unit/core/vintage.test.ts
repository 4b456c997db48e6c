// The one vintage order: every month of OEWS, EP against OEWS, and labels read through an edition.
import { describe, expect, it } from 'vitest';
import { compareVintages, isEp, isOews, vintageOrder, vintageYear } from '$lib/core/vintage';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

describe('vintageOrder', () => {
	it('reads every month of an OEWS label, in calendar order within the year', () => {
		const orders = MONTHS.map((m) => vintageOrder(`OEWS ${m} 2023`).order);
		expect(orders).toEqual([...orders].sort((a, b) => a - b));
		expect(new Set(orders).size).toBe(12);
		for (const o of orders) expect(Math.floor(o)).toBe(2023);
		for (const m of MONTHS) expect(vintageOrder(`OEWS ${m} 2023`).family).toBe('OEWS');
	});

	it('reads the EP part of a label seen through an OOH edition', () => {
		expect(vintageOrder('OOH 2018-19 (EP 2016-26)')).toEqual({
			family: 'EP',
			order: 2016,
			core: 'EP 2016-26'
		});
	});

	it('gives a survey its year and a label without a year order 0', () => {
		expect(vintageOrder('ASCP Vacancy Survey 2022')).toMatchObject({
			family: 'other',
			order: 2022
		});
		expect(vintageOrder('undated note').order).toBe(0);
	});

	it('names the family and the year', () => {
		expect(isEp('EP 2024-34')).toBe(true);
		expect(isOews('EP 2024-34')).toBe(false);
		expect(isOews('OEWS Nov 2002')).toBe(true);
		expect(vintageYear('OEWS Nov 2002')).toBe(2002);
		expect(vintageYear('EP 2024-34')).toBe(2024);
	});
});

describe('compareVintages', () => {
	it('puts December after January of the same year and before January of the next', () => {
		expect(compareVintages('OEWS Dec 2023', 'OEWS Jan 2023')).toBeGreaterThan(0);
		expect(compareVintages('OEWS Dec 2023', 'OEWS Jan 2024')).toBeLessThan(0);
	});

	it('orders EP against OEWS by the year each refers to', () => {
		const sorted = [
			'OEWS May 2024',
			'EP 2024-34',
			'OEWS Nov 2023',
			'EP 2023-33',
			'OEWS May 2023'
		].sort(compareVintages);
		expect(sorted).toEqual([
			'EP 2023-33',
			'OEWS May 2023',
			'OEWS Nov 2023',
			'EP 2024-34',
			'OEWS May 2024'
		]);
	});

	it('is a consistent total order: antisymmetric, and zero only for the same label', () => {
		const labels = [
			'EP 2012-22',
			'OOH 2018-19 (EP 2016-26)',
			'EP 2016-26',
			'OEWS Nov 2002',
			'OEWS May 2003',
			'ASCP Vacancy Survey 2022',
			'no year'
		];
		for (const a of labels)
			for (const b of labels) {
				expect(Math.sign(compareVintages(a, b)) + Math.sign(compareVintages(b, a))).toBe(0);
				if (a !== b) expect(compareVintages(a, b)).not.toBe(0);
			}
	});
});
