// The per-column cache may forget, but must never answer with another text's value.
import { describe, expect, it } from 'vitest';
import { cellCache } from '../../../src/lib/core/csv/cellCache';

describe('cellCache', () => {
	it('returns a value only for exactly the text it was cached under, however full it gets', () => {
		const cache = cellCache();
		const texts: string[] = [''];
		for (let i = 0; i < 50_000; i++)
			texts.push(`v${i}`, `${i}v`, `gen:doc${i}`, 'x'.repeat(i % 40) + String(i % 97));
		for (const t of texts) if (cache.get(t) === undefined) cache.set(t, `value of ${t}`);
		let remembered = 0;
		for (const t of texts) {
			const v = cache.get(t);
			if (v !== undefined) {
				expect(v).toBe(`value of ${t}`);
				remembered++;
			}
		}
		// A full cache still remembers thousands of values.
		expect(remembered).toBeGreaterThan(4_000);
	});

	it('keeps every value of a column with a few hundred distinct texts', () => {
		const cache = cellCache();
		const texts = Array.from({ length: 900 }, (_, i) => `Occupation title number ${i}`);
		for (const t of texts) cache.set(t, t.length);
		expect(texts.filter((t) => cache.get(t) === t.length).length).toBeGreaterThan(880);
		expect(cache.get('Occupation title number 9000')).toBeUndefined();
	});
});
