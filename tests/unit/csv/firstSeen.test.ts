// firstSeen must answer exactly as a Map of first lines would.
import { describe, expect, it } from 'vitest';
import { firstSeen } from '../../../src/lib/core/csv/firstSeen';

describe('firstSeen', () => {
	it('agrees with a Map over a long run of repeats, near-repeats and other kinds of value', () => {
		const seen = firstSeen();
		const map = new Map<unknown, number>();
		let s = 1;
		const next = () => (s = (Math.imul(s, 48271) >>> 0) % 2147483647);
		for (let line = 2; line < 60_000; line++) {
			const r = next();
			// Ids that share prefixes and lengths, some repeated, plus numbers, null and ''.
			const value =
				r % 50 === 0 ? null : r % 51 === 0 ? r % 7 : r % 53 === 0 ? '' : `gen:${r % 40_000}`;
			expect(seen.get(value)).toBe(map.get(value));
			if (!map.has(value)) {
				map.set(value, line);
				seen.add(value, line);
			}
		}
		for (const [value, line] of map) expect(seen.get(value)).toBe(line);
		expect(seen.get('never added')).toBeUndefined();
		expect(seen.get(12345)).toBeUndefined();
	});

	it('tells apart strings whose hashes collide', () => {
		const seen = firstSeen();
		// FNV-1a collides on these two (found by search); both must keep their own line.
		const a = 'costarring';
		const b = 'liquid';
		seen.add(a, 2);
		seen.add(b, 3);
		expect([seen.get(a), seen.get(b), seen.get('other')]).toEqual([2, 3, undefined]);
	});
});
