import { describe, expect, it } from 'vitest';
import { scopeDistance } from '../../../src/lib/core/soc';

describe('scope distance', () => {
	it('treats a detailed occupation, its sibling and its broad group as close', () => {
		expect(scopeDistance('29-2012', '29-2012')).toBe(0);
		expect(scopeDistance('29-2012', '29-2010')).toBe(1);
		expect(scopeDistance('29-2012', '29-2011')).toBe(1);
	});
	it('climbs to minor, major, healthcare and all occupations', () => {
		expect(scopeDistance('29-2012', '29-2000')).toBe(2);
		expect(scopeDistance('29-2012', '29-0000')).toBe(3);
		expect(scopeDistance('29-2012', 'HC')).toBe(4);
		expect(scopeDistance('29-2012', '00-0000')).toBe(5);
	});
	it('never relates unrelated occupations, so their figures cannot match a claim', () => {
		expect(scopeDistance('29-2012', '29-1141')).toBeNull();
		expect(scopeDistance('29-2012', '15-1252')).toBeNull();
		expect(scopeDistance('15-1252', 'HC')).toBeNull();
	});
	it('relates healthcare to its two major groups only', () => {
		expect(scopeDistance('HC', '29-0000')).toBe(1);
		expect(scopeDistance('HC', '31-0000')).toBe(1);
		expect(scopeDistance('HC', '29-2010')).toBeNull();
	});
});
