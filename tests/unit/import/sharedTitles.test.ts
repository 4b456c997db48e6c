// The soc and titles imports against the real /work/shared inputs: the shipped files are exactly
// what they produce. Skipped, with a message, where the shared folder is absent.
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSoc } from '../../../src/cli/import/soc/importSoc';
import { importTitles } from '../../../src/cli/import/titles/importTitles';
import { SHARED, scratch } from './paths';

const present = ['soc', 'onet', 'census-index'].every((d) => existsSync(join(SHARED, d)));
if (!present)
	console.warn(`sharedTitles.test.ts: skipped, ${SHARED} (soc, onet, census-index) not found`);

describe.skipIf(!present)('soc and titles imports on the shared inputs', () => {
	it('reproduce the shipped data files byte for byte and report every skipped row', () => {
		const out = scratch('titles-shared');
		copyFileSync('data/title-additions.csv', join(out, 'title-additions.csv'));
		const soc = importSoc(join(SHARED, 'soc'), { outDir: out });
		const titles = importTitles(SHARED, { outDir: out });
		for (const f of ['soc.csv', 'soc-changes.csv', 'titles.csv'])
			expect(readFileSync(join(out, f)).equals(readFileSync(join('data', f))), f).toBe(true);
		expect(soc.produced).toEqual({ 'soc.csv': 1447, 'soc-changes.csv': 900 });
		expect(soc.skipped).toEqual([]);
		const skips = Object.fromEntries(titles.skipped.map((s) => [s.reason, s.count]));
		expect(
			skips['census_index: maps to its code only in some industries (industry restriction)']
		).toBe(15678);
		expect(
			skips['editorial: an official list already has this title for this code']
		).toBeUndefined();
		expect(titles.produced['titles.csv']).toBe(
			readFileSync('data/titles.csv', 'utf8').split('\n').length - 2
		);
	}, 120_000);
});
