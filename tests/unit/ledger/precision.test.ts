import { describe, expect, it } from 'vitest';
import { statedPrecision, valuesMatch } from '../../../src/lib/core/ledger/precision';
import type { Unit } from '../../../src/lib/core/schema/vocabulary';

const fig = (
	value: number,
	unit: Unit = 'percent',
	qualifier: 'exact' | 'rounded' | 'about' = 'exact'
) => ({ value, unit, qualifier });

describe('rounding rules', () => {
	it('reads precision from how a number is written', () => {
		expect(statedPrecision(4.9, 'percent')).toBe(0.1);
		expect(statedPrecision(5, 'percent')).toBe(1);
		expect(statedPrecision(10, 'percent')).toBe(1);
		expect(statedPrecision(16800, 'persons')).toBe(100);
		expect(statedPrecision(1900000, 'openings per year')).toBe(100000);
		expect(statedPrecision(2000000, 'jobs (decade total)')).toBe(100000);
		expect(statedPrecision(57380, 'USD per year')).toBe(10);
		expect(statedPrecision(29.75, 'USD per hour')).toBeCloseTo(0.01);
	});

	it('matches "5%" to a published 4.9 and 5.3, but not "6%" to 5.3 or 6.6', () => {
		expect(valuesMatch(5, 'exact', fig(4.9))).toBe(true);
		expect(valuesMatch(5, 'exact', fig(5.3))).toBe(true);
		expect(valuesMatch(6, 'exact', fig(5.3))).toBe(false);
		expect(valuesMatch(6, 'exact', fig(6.6))).toBe(false);
	});

	it('matches a precise claim to a rounded publication: 4.9 to an OOH "5"', () => {
		expect(valuesMatch(4.9, 'exact', fig(5, 'percent', 'rounded'))).toBe(true);
	});

	it('reads "about" as one whole unit of the stated precision, no wider', () => {
		expect(valuesMatch(24000, 'about', fig(24900, 'openings per year'))).toBe(true);
		expect(valuesMatch(328100, 'about', fig(334380, 'persons'))).toBe(false);
		expect(valuesMatch(37240, 'about', fig(37970, 'USD per year'))).toBe(false);
	});

	it('matches "about 24,000" to 24.0 thousand and "1.9 million" to 1.92 million', () => {
		expect(valuesMatch(24000, 'about', fig(24000, 'openings per year'))).toBe(true);
		expect(valuesMatch(1900000, 'about', fig(1919600, 'openings per year'))).toBe(true);
	});

	it('does not match dollar figures that differ by more than their last digit', () => {
		expect(valuesMatch(57380, 'exact', fig(57380, 'USD per year'))).toBe(true);
		expect(valuesMatch(60290, 'exact', fig(61890, 'USD per year'))).toBe(false);
		expect(valuesMatch(57380, 'exact', fig(57390, 'USD per year'))).toBe(false);
	});

	it('never matches a flagged figure that has no number', () => {
		expect(
			valuesMatch(239200, 'at_least', { value: null, unit: 'USD per year', qualifier: 'exact' })
		).toBe(false);
	});
});
