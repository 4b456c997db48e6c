// The soc import on the fixture folder (excerpts of the BLS files): levels, parents as the
// structure nests them, the crosswalk as published, the merge rule, re-runs and bad input.
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { importSoc } from '../../../src/cli/import/soc/importSoc';
import type { ImportReport } from '../../../src/cli/import/report/ReportBuilder';
import { readCsvFile } from '../../../src/lib/server/readLedger';
import { SocSchema, type SocEntry } from '../../../src/lib/core/schema/soc';
import { SocChangeSchema, type SocChange } from '../../../src/lib/core/schema/socChange';
import { SourceSchema } from '../../../src/lib/core/schema/source';
import { scratch } from './paths';

const FIXTURE = fileURLToPath(new URL('../../fixtures/titles', import.meta.url));
const HAND_SOC = '99-9999,detailed,A hand-entered code,99-9990,doc:hand';

let out: string;
let report: ImportReport;
let soc: SocEntry[];
let changes: SocChange[];

beforeAll(() => {
	out = scratch('soc');
	writeFileSync(join(out, 'soc.csv'), `soc_code,level,title,parent_code,source_id\n${HAND_SOC}\n`);
	importSoc(join(FIXTURE, 'soc'), { outDir: out });
	report = importSoc(join(FIXTURE, 'soc'), { outDir: out });
	const s = readCsvFile(join(out, 'soc.csv'), SocSchema, 'soc.csv', ['soc_code']);
	const c = readCsvFile(join(out, 'soc-changes.csv'), SocChangeSchema, 'soc-changes.csv');
	expect([...s.problems, ...c.problems]).toEqual([]);
	soc = s.rows;
	changes = c.rows;
});

describe('soc import', () => {
	it('writes one row per structure code with its level and title', () => {
		expect(report.rowsRead).toBe(22 + 6);
		expect(soc.filter((r) => r.source_id === 'soc:structure-2018')).toHaveLength(22);
		expect(soc.find((r) => r.soc_code === '29-1210')).toMatchObject({
			level: 'broad',
			title: 'Physicians',
			parent_code: '29-1000'
		});
		expect(soc.find((r) => r.soc_code === '29-0000')).toMatchObject({
			level: 'major',
			parent_code: ''
		});
	});

	it('takes parents from the nesting, so 29-1221 and 29-1229 belong to 29-1210', () => {
		const members = soc.filter((r) => r.parent_code === '29-1210').map((r) => r.soc_code);
		expect(members).toEqual(['29-1211', '29-1221', '29-1222', '29-1229']);
		expect(report.notes.join('\n')).toContain("do not share their broad group's first five digits");
	});

	it('keeps the crosswalk many-to-many, without the (#) markers', () => {
		expect(
			changes.filter((c) => c.soc_2010_code === '29-1069').map((c) => c.soc_2018_code)
		).toEqual(['29-1222', '29-1229']);
		expect(changes.find((c) => c.soc_2010_code === '29-1069')!.soc_2010_title).toBe(
			'Physicians and Surgeons, All Other'
		);
		expect(changes.find((c) => c.soc_2010_code === '31-1011')!.soc_2018_code).toBe('31-1121');
	});

	it('keeps hand-entered rows, writes its source rows and the same bytes on a re-run', () => {
		expect(readFileSync(join(out, 'soc.csv'), 'utf8')).toContain(HAND_SOC);
		const sources = readCsvFile(join(out, 'sources.csv'), SourceSchema, 'sources.csv');
		expect(sources.problems).toEqual([]);
		expect(sources.rows.map((s) => s.source_id)).toEqual([
			'soc:crosswalk-2010-2018',
			'soc:structure-2018'
		]);
		expect(sources.rows[1]).toMatchObject({
			kind: 'reproduction',
			original_publisher: 'U.S. Bureau of Labor Statistics',
			published: '2017-11'
		});
		const before = readFileSync(join(out, 'soc.csv'));
		importSoc(join(FIXTURE, 'soc'), { outDir: out });
		expect(readFileSync(join(out, 'soc.csv')).equals(before)).toBe(true);
	});
});

describe('soc import on bad input', () => {
	const broken = (edit: (dir: string) => void) => {
		const dir = scratch('soc-bad');
		cpSync(join(FIXTURE, 'soc'), dir, { recursive: true });
		edit(dir);
		return dir;
	};
	const attempt = (dir: string) => {
		const outDir = scratch('soc-bad-out');
		writeFileSync(join(outDir, 'soc.csv'), 'soc_code,level,title,parent_code,source_id\n');
		expect(() => importSoc(dir, { outDir })).toThrow();
		try {
			importSoc(dir, { outDir });
		} catch (e) {
			expect(readdirSync(outDir)).toEqual(['soc.csv']);
			expect(readFileSync(join(outDir, 'soc.csv'), 'utf8')).toBe(
				'soc_code,level,title,parent_code,source_id\n'
			);
			return (e as Error).message;
		}
		return '';
	};

	it('fails on a truncated crosswalk row with file and line, and writes nothing', () => {
		const dir = broken((d) => {
			const f = join(d, 'soc_2010_to_2018_crosswalk.csv');
			writeFileSync(
				f,
				readFileSync(f, 'utf8')
					.trimEnd()
					.replace(/,[^,]*$/, '') + '\n'
			);
		});
		expect(attempt(dir)).toBe(
			'soc_2010_to_2018_crosswalk.csv:7: 3 cells instead of 4 (truncated or malformed row)'
		);
	});

	it('fails on a code with no group above it', () => {
		const dir = broken((d) => {
			const f = join(d, 'soc_structure_2018.csv');
			writeFileSync(
				f,
				readFileSync(f, 'utf8').replace(
					'29-0000,,,,Healthcare Practitioners and Technical Occupations\n',
					''
				)
			);
		});
		expect(attempt(dir)).toMatch(
			/^soc_structure_2018\.csv:2: 29-1000 \(minor\) has no major above it$/
		);
	});

	it('fails on a code listed under another major group', () => {
		const dir = broken((d) => {
			const f = join(d, 'soc_structure_2018.csv');
			writeFileSync(
				f,
				readFileSync(f, 'utf8').replace('31-0000,,,,Healthcare Support Occupations\n', '')
			);
		});
		expect(attempt(dir)).toMatch(
			/^soc_structure_2018\.csv:\d+: 31-1100 is listed under 29-0000, another major group$/
		);
	});

	it('fails when the README no longer names the copy it cites', () => {
		const dir = broken((d) => writeFileSync(join(d, 'README.md'), 'no provenance here\n'));
		expect(attempt(dir)).toContain('README.md: does not mention "zapplecat/vinlander"');
	});
});
