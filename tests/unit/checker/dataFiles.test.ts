// The /data/ files: which codes a claim fetches must be exactly the codes reconcile can relate
// to it, and the compact figure form must round-trip every field.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { relatedCodes } from '../../../src/lib/core/soc';
import { scopeDistance } from '../../../src/lib/core/soc';
import { decodeFigures, encodeFigures } from '../../../src/lib/check/compact';
import { parseCsv } from '../../../src/lib/core/csv/parseCsv';
import { FigureSchema } from '../../../src/lib/core/schema/figure';

/** Every code that has figures in the shipped data (the third column of each figure file). */
const codes = [
	...new Set(
		['wages.csv', 'projections.csv', 'openings.csv'].flatMap((f) =>
			readFileSync(`data/${f}`, 'utf8')
				.split('\n')
				.slice(1)
				.map((l) => l.split(',')[2] ?? '')
				.filter((c) => /^(\d\d-\d{4}|HC)$/.test(c))
		)
	)
].sort();

describe('relatedCodes', () => {
	it('covers every code scopeDistance relates to a stated code, and nothing else', () => {
		expect(codes.length).toBeGreaterThan(1000);
		const stated = [...codes, 'NAICS 62', '29-9999', '31-1100'];
		for (const s of stated) {
			const expected = codes.filter((c) => scopeDistance(s, c) !== null);
			expect(relatedCodes(s, codes), s).toEqual(expected);
		}
		expect(relatedCodes('', codes)).toEqual([]);
	});

	it('fetches a handful of files for a detailed code, not the dataset', () => {
		const r = relatedCodes('29-2011', codes);
		expect(r).toEqual(
			expect.arrayContaining([
				'29-2011',
				'29-2012',
				'29-2010',
				'29-2000',
				'29-0000',
				'HC',
				'00-0000'
			])
		);
		expect(r.length).toBeLessThan(15);
	});
});

describe('compact figure files', () => {
	it('round-trip every field of every figure', () => {
		const lines = ['projections.csv', 'openings.csv'].flatMap((f) =>
			readFileSync(`data/${f}`, 'utf8').split('\n')
		);
		const text = [lines[0], ...lines.filter((l) => l.includes(',29-2010,'))].join('\n');
		const rows = parseCsv(text, FigureSchema, 'p').rows;
		const count = new Map<string, number>();
		for (const f of rows) count.set(f.soc_code, (count.get(f.soc_code) ?? 0) + 1);
		const soc = [...count].sort((a, b) => b[1] - a[1])[0]![0];
		const same = rows.filter((f) => f.soc_code === soc);
		expect(same.length).toBeGreaterThan(20);
		const file = JSON.parse(JSON.stringify(encodeFigures(soc, same)));
		expect(decodeFigures(file)).toEqual(same);
		// Compact: well under half the size of plain objects.
		expect(JSON.stringify(file).length).toBeLessThan(JSON.stringify(same).length / 2);
	});

	it('refuses a file with other columns or a dangling string reference', () => {
		expect(() => decodeFigures({ soc: 'x', columns: ['id'], strings: [], rows: [] })).toThrow(
			/columns/
		);
		const f = encodeFigures('29-2010', []);
		expect(() =>
			decodeFigures({ ...f, rows: [[[99], 0, 0, 0, 0, 0, 0, 1, 0, null, 0, 0, 0, 0, 0, 0]] })
		).toThrow(/missing string/);
	});
});
