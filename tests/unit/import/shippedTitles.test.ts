// The shipped data/soc.csv, soc-changes.csv, titles.csv and title-additions.csv through the strict
// loader: zero problems, a consistent hierarchy, and every reference resolved.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsvFile } from '../../../src/lib/server/readLedger';
import { SocSchema } from '../../../src/lib/core/schema/soc';
import { SocChangeSchema } from '../../../src/lib/core/schema/socChange';
import { TitleSchema } from '../../../src/lib/core/schema/title';
import { TitleAdditionSchema } from '../../../src/lib/core/schema/titleAddition';
import { SourceSchema } from '../../../src/lib/core/schema/source';
import { titleNormal } from '../../../src/lib/core/schema/titleNormal';

const load = <S extends Parameters<typeof readCsvFile>[1]>(
	file: string,
	schema: S,
	unique: string[] = []
) => {
	const r = readCsvFile(join('data', file), schema, file, unique);
	expect(r.problems, file).toEqual([]);
	expect(r.total, file).toBeGreaterThan(0);
	return r.rows;
};
const soc = load('soc.csv', SocSchema, ['soc_code']);
const changes = load('soc-changes.csv', SocChangeSchema);
const titles = load('titles.csv', TitleSchema);
const additions = load('title-additions.csv', TitleAdditionSchema);
const sources = new Set(load('sources.csv', SourceSchema).map((s) => s.source_id));
const level = new Map(soc.map((r) => [r.soc_code, r.level]));
const UP = { minor: 'major', broad: 'minor', detailed: 'broad' } as const;

describe('shipped SOC files', () => {
	it('nest every code under an existing code one level up', () => {
		for (const r of soc)
			if (r.level !== 'major') expect(level.get(r.parent_code), r.soc_code).toBe(UP[r.level]);
		expect(soc.filter((r) => r.level === 'detailed')).toHaveLength(867);
	});

	it('list 29-1221 to 29-1229 among the physicians (29-1210), as the structure nests them', () => {
		const members = soc.filter((r) => r.parent_code === '29-1210').map((r) => r.soc_code);
		expect(members).toEqual(
			expect.arrayContaining(['29-1221', '29-1222', '29-1223', '29-1224', '29-1229'])
		);
		expect(members).toHaveLength(13);
	});

	it('map SOC 2010 codes to detailed 2018 codes, many-to-many', () => {
		for (const c of changes) expect(level.get(c.soc_2018_code), c.soc_2018_code).toBe('detailed');
		expect(
			changes.filter((c) => c.soc_2010_code === '31-1011').map((c) => c.soc_2018_code)
		).toEqual(['31-1121']);
		expect(changes.filter((c) => c.soc_2010_code === '29-1069').length).toBeGreaterThan(1);
		expect(changes.every((c) => !c.soc_2010_title.includes('(#'))).toBe(true);
	});
});

describe('shipped titles', () => {
	it('name detailed codes, once per (normalised, code), with known sources', () => {
		expect(titles.filter((t) => level.get(t.soc_code) !== 'detailed')).toEqual([]);
		expect(titles.filter((t) => !sources.has(t.source_id))).toEqual([]);
		const keys = new Set(titles.map((t) => `${t.normalised}|${t.soc_code}`));
		expect(keys.size).toBe(titles.length);
		expect(new Set(titles.map((t) => t.soc_code)).size).toBe(867);
	});

	it('recognise the abbreviations official lists have', () => {
		const has = (title: string, code: string) =>
			titles.some(
				(t) => t.normalised === titleNormal(title) && t.soc_code === code && t.kind !== 'editorial'
			);
		expect(has('RN', '29-1141')).toBe(true);
		expect(has('LPN', '29-2061')).toBe(true);
		expect(has('LVN', '29-2061')).toBe(true);
		expect(has('CNA', '31-1131')).toBe(true);
		expect(has('MLT', '29-2012')).toBe(true);
		expect(has('MLS', '29-2011')).toBe(true);
		expect(has('Lab Tech', '29-2012')).toBe(true);
	});

	it('hold each editorial addition once, as editorial, and only where no official list has it', () => {
		for (const a of additions) {
			const rows = titles.filter(
				(t) => t.normalised === titleNormal(a.title) && t.soc_code === a.soc_code
			);
			expect(
				rows.map((t) => t.kind),
				a.title
			).toEqual(['editorial']);
		}
		expect(titles.filter((t) => t.kind === 'editorial')).toHaveLength(additions.length);
	});
});
