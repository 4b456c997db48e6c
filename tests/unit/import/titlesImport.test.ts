// The titles import on the fixture folder (excerpts of the SOC, O*NET and Census files plus two
// marked synthetic rows): code mapping, short titles, deduplication, editorial additions, bad input.
import { copyFileSync, cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { importTitles } from '../../../src/cli/import/titles/importTitles';
import type { ImportReport } from '../../../src/cli/import/report/ReportBuilder';
import { readCsvFile } from '../../../src/lib/server/readLedger';
import { TitleSchema, type Title } from '../../../src/lib/core/schema/title';
import { SourceSchema } from '../../../src/lib/core/schema/source';
import { scratch } from './paths';

const FIXTURE = fileURLToPath(new URL('../../fixtures/titles', import.meta.url));
// A row entered by hand in titles.csv (not through title-additions.csv) that cites its own source.
const HAND = 'Lab Person,lab person,29-2012,onet_alternate,doc:hand';

let out: string;
let report: ImportReport;
let titles: Title[];
const codesOf = (normalised: string) =>
	titles.filter((t) => t.normalised === normalised).map((t) => `${t.soc_code} ${t.kind}`);
const skipped = (start: string) =>
	report.skipped.filter((s) => s.reason.startsWith(start)).reduce((n, s) => n + s.count, 0);

beforeAll(() => {
	out = scratch('titles');
	copyFileSync(join(FIXTURE, 'title-additions.csv'), join(out, 'title-additions.csv'));
	writeFileSync(join(out, 'titles.csv'), `title,normalised,soc_code,kind,source_id\n${HAND}\n`);
	importTitles(FIXTURE, { outDir: out });
	report = importTitles(FIXTURE, { outDir: out });
	const r = readCsvFile(join(out, 'titles.csv'), TitleSchema, 'titles.csv');
	expect(r.problems).toEqual([]);
	titles = r.rows;
});

describe('titles import', () => {
	it('takes SOC titles, direct-match titles and O*NET titles, O*NET-SOC .01 as its SOC code', () => {
		expect(codesOf('registered nurses')).toEqual(['29-1141 soc_title']);
		expect(codesOf('cytotechnologist')).toEqual(['29-2011 soc_direct_match']);
		expect(codesOf('acute care nurses')).toEqual(['29-1141 onet_title']);
		expect(codesOf('histology technicians')).toEqual(['29-2012 onet_title']);
		// Group titles stay in soc.csv: no title row names a broad code.
		expect(titles.some((t) => t.soc_code.endsWith('0'))).toBe(false);
	});

	it('keeps the most authoritative kind per (normalised, code), with one row per code', () => {
		expect(codesOf('rn')).toEqual(['29-1141 soc_direct_match']); // also O*NET short, Census
		expect(codesOf('histotechnician')).toEqual([
			'29-2011 onet_alternate',
			'29-2012 onet_alternate'
		]);
		expect(codesOf('staff nurse')).toEqual(['29-1141 onet_alternate']); // .00, .01, .03 and reported
		expect(codesOf('histology technician')).toEqual(['29-2012 soc_direct_match']);
		const keys = titles.map((t) => `${t.normalised}|${t.soc_code}`);
		expect(new Set(keys).size).toBe(keys.length);
	});

	it('splits "Long (Short)" alternates and keeps short titles that are abbreviations', () => {
		expect(codesOf('mlt')).toEqual(['29-2012 onet_alternate']);
		expect(codesOf('medical laboratory technician')).toEqual(['29-2012 onet_alternate']);
		// The combined alternate is not written; the same words survive only as a reported title.
		expect(codesOf('medical laboratory technician mlt')).toEqual(['29-2012 onet_reported']);
		expect(codesOf('mls')).toEqual(['29-2011 onet_alternate']);
		expect(codesOf('medical laboratory scientist')).toEqual(['29-2011 onet_alternate']);
		expect(codesOf('lab tech')).toEqual(['29-2012 onet_alternate']);
		// Not an abbreviation: reported, and the published alternate and its long form are kept.
		expect(codesOf('crime analyst')).toEqual([]);
		expect(codesOf('crime analyst criminal analyst')).toEqual(['33-3021 onet_alternate']);
		expect(codesOf('criminal analyst')).toEqual(['33-3021 onet_alternate']);
		expect(skipped('onet_alternate: short title is not an abbreviation')).toBe(1);
		// Reported titles are kept as published.
		expect(codesOf('charge nurse')).toEqual(['29-1141 onet_reported']);
	});

	it('takes Census titles with one detailed code and no industry restriction, and reports the rest', () => {
		expect(codesOf('blood bank laboratory technician')).toEqual(['29-2012 census_index']);
		expect(skipped('census_index: maps to its code only in some industries')).toBe(9);
		expect(skipped('census_index: a wildcard code')).toBe(1);
		expect(skipped('census_index: a broad group')).toBe(1); // Technician clinical laboratory, 29-2010
		expect(skipped('census_index: no SOC code')).toBe(0);
		expect(skipped('census_index: neither a SOC 2018 code nor a SOC 2010 code')).toBe(1);
	});

	it('maps a SOC 2010 code through the crosswalk only when it names one 2018 code', () => {
		expect(codesOf('home care aide')).toEqual(['31-1121 census_index']);
		expect(codesOf('physician specialist')).toEqual([]);
		expect(skipped('census_index: a SOC 2010 code that the crosswalk splits')).toBe(1);
	});

	it('adds editorial titles that expand an official one, and reports those already official', () => {
		expect(titles.find((t) => t.normalised === 'medical lab tech')).toEqual({
			title: 'Medical Lab Tech',
			normalised: 'medical lab tech',
			soc_code: '29-2012',
			kind: 'editorial',
			source_id: 'titles:onet30-alt'
		});
		expect(skipped('editorial: an official list already has this title')).toBe(1);
	});

	it('keeps hand-entered rows, writes its sources with the O*NET attribution, and re-runs byte for byte', () => {
		expect(readFileSync(join(out, 'titles.csv'), 'utf8')).toContain(HAND);
		const sources = readCsvFile(join(out, 'sources.csv'), SourceSchema, 'sources.csv');
		expect(sources.problems).toEqual([]);
		const ids = sources.rows.map((s) => s.source_id);
		expect(
			new Set(titles.filter((t) => t.source_id !== 'doc:hand').map((t) => t.source_id))
		).toEqual(new Set(ids));
		const alt = sources.rows.find((s) => s.source_id === 'titles:onet30-alt')!;
		expect(alt.note).toContain('Used under the CC BY 4.0 license');
		expect(alt.original_url).toBe('https://www.onetcenter.org/database.html');
		const before = readFileSync(join(out, 'titles.csv'));
		importTitles(FIXTURE, { outDir: out });
		const after = readFileSync(join(out, 'titles.csv'));
		expect(after.equals(before)).toBe(true);
		expect(after.includes(13)).toBe(false);
	});
});

describe('titles import on bad input', () => {
	const attempt = (edit: (shared: string, outDir: string) => void) => {
		const shared = scratch('titles-bad');
		cpSync(FIXTURE, shared, { recursive: true });
		const outDir = scratch('titles-bad-out');
		copyFileSync(join(FIXTURE, 'title-additions.csv'), join(outDir, 'title-additions.csv'));
		edit(shared, outDir);
		let message = '';
		try {
			importTitles(shared, { outDir });
		} catch (e) {
			message = (e as Error).message;
		}
		expect(readdirSync(outDir)).toEqual(['title-additions.csv']);
		return message;
	};

	it('fails on a truncated O*NET line with file and line, and writes nothing', () => {
		const message = attempt((shared) => {
			const f = join(shared, 'onet/30.0/Alternate Titles.txt');
			writeFileSync(
				f,
				readFileSync(f, 'utf8')
					.trimEnd()
					.replace(/\t[^\t]*$/, '')
			);
		});
		expect(message).toBe(
			'Alternate Titles.txt:13: 3 cells instead of 4 (truncated or malformed row)'
		);
	});

	it('fails on an unterminated quote in the Census index', () => {
		const message = attempt((shared) => {
			const f = join(shared, 'census-index/Census-2022-Occupation-Index_Final.csv');
			writeFileSync(f, readFileSync(f, 'utf8') + '"Broken title,,1,29-2012\n');
		});
		expect(message).toMatch(/^Census-2022-Occupation-Index_Final\.csv:18: malformed CSV/);
	});

	it('fails on an editorial row whose expansion is not an official title of its code', () => {
		const message = attempt((_, outDir) =>
			writeFileSync(
				join(outDir, 'title-additions.csv'),
				'title,soc_code,expands,reason\nLab Wizard,29-2012,Laboratory Wizard,test\n'
			)
		);
		expect(message).toBe(
			'title-additions.csv:2: "Laboratory Wizard" is not an official title of 29-2012, so "Lab Wizard" cannot expand it'
		);
	});
});
