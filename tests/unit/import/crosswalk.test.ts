// The crosswalk import against the real shared NCES file (or, without ../shared, the snapshot excerpt).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importCrosswalk } from '../../../src/cli/import/crosswalk/importCrosswalk';
import type { ImportReport } from '../../../src/cli/import/report/ReportBuilder';
import { readCsvFile } from '../../../src/lib/server/readLedger';
import { CrosswalkSchema, type CrosswalkPair } from '../../../src/lib/core/schema/crosswalk';
import { SourceSchema } from '../../../src/lib/core/schema/source';
import { FULL_SHARED, SHARED, announceSnapshot, scratch } from './paths';

let out: string;
let report: ImportReport;
let pairs: CrosswalkPair[];
const HAND_SOURCE = 'doc:hand,article,Hand,A hand source,https://example.org/h,,,,,,kept';
const HAND_PAIR =
	'51.1004,Clinical/Medical Laboratory Technician.,29-2099,Hand-added pair,doc:hand';
const socsOf = (cip: string) =>
	pairs
		.filter((p) => p.cip_code === cip)
		.map((p) => p.soc_code)
		.sort();

announceSnapshot('the crosswalk import tests');

beforeAll(() => {
	out = scratch('xwalk');
	writeFileSync(
		join(out, 'sources.csv'),
		`source_id,kind,publisher,title,url,published,vintage,original_publisher,original_title,original_url,note\n${HAND_SOURCE}\n`
	);
	writeFileSync(
		join(out, 'crosswalk.csv'),
		`cip_code,cip_title,soc_code,soc_title,source_id\n${HAND_PAIR}\n`
	);
	importCrosswalk(join(SHARED, 'crosswalk'), { outDir: out });
	report = importCrosswalk(join(SHARED, 'crosswalk'), { outDir: out });
	const r = readCsvFile(join(out, 'crosswalk.csv'), CrosswalkSchema, 'crosswalk.csv');
	expect(r.problems).toEqual([]);
	pairs = r.rows;
}, 120_000);

describe('crosswalk import', () => {
	it.skipIf(!FULL_SHARED)(
		'reads every row and reports the no-match placeholders it drops (needs ../shared)',
		() => {
			expect(report.rowsRead).toBe(6097);
			expect(report.rowsKept).toBe(5723);
			const skipped = Object.fromEntries(
				report.skipped.map((s) => [s.reason.slice(0, 20), s.count])
			);
			expect(Object.values(skipped).reduce((a, b) => a + b, 0)).toBe(6097 - 5723);
			expect(report.skipped.find((s) => s.reason.includes('99-9999'))!.count).toBe(194);
			expect(report.skipped.find((s) => s.reason.includes('99.9999'))!.count).toBe(180);
			expect(pairs.some((p) => p.soc_code === '99-9999' || p.cip_code === '99.9999')).toBe(false);
		}
	);

	it('holds what the NCES file says for the laboratory programs', () => {
		expect(socsOf('51.1004')).toEqual(['25-1071', '29-2012', '29-2099']);
		expect(socsOf('51.1005')).toEqual(['25-1071', '29-2011']);
		const into2012 = pairs
			.filter((p) => p.soc_code === '29-2012')
			.map((p) => p.cip_code)
			.sort();
		expect(into2012).toEqual([
			'51.0802',
			'51.1001',
			'51.1003',
			'51.1004',
			'51.1008',
			'51.1010',
			'51.1099'
		]);
		expect(pairs.find((p) => p.cip_code === '51.1004' && p.soc_code === '29-2012')).toMatchObject({
			cip_title: 'Clinical/Medical Laboratory Technician.',
			soc_title: 'Medical and Clinical Laboratory Technicians'
		});
		// The crosswalk uses the detailed codes, never the broad 29-2010.
		expect(pairs.some((p) => p.soc_code === '29-2010')).toBe(false);
	});

	it('keeps leading zeros, quoted commas and the titles as printed', () => {
		expect(pairs.find((p) => p.cip_code === '01.0000')!.cip_title).toBe('Agriculture, General.');
	});

	it('writes its source row and keeps hand-entered rows', () => {
		const sources = readCsvFile(join(out, 'sources.csv'), SourceSchema, 'sources.csv');
		expect(sources.problems).toEqual([]);
		const xwalk = sources.rows.find((s) => s.source_id === 'xwalk:cip2020-soc2018')!;
		expect(xwalk).toMatchObject({
			kind: 'reproduction',
			original_publisher: 'National Center for Education Statistics'
		});
		expect(xwalk.url).toBe(
			'https://github.com/metatab-packages/nces.ed.gov-cip-2010/blob/bfd63ddabe1c30b6d04847e871f11e2b6ef03fc6/data/CIP2020_SOC2018_Crosswalk.csv'
		);
		expect(readFileSync(join(out, 'sources.csv'), 'utf8')).toContain(HAND_SOURCE);
		expect(readFileSync(join(out, 'crosswalk.csv'), 'utf8')).toContain(HAND_PAIR);
	});

	it('writes LF, no BOM, and the same bytes on a re-run', () => {
		const before = readFileSync(join(out, 'crosswalk.csv'));
		importCrosswalk(join(SHARED, 'crosswalk'), { outDir: out });
		const after = readFileSync(join(out, 'crosswalk.csv'));
		expect(after.equals(before)).toBe(true);
		expect(after.includes(13)).toBe(false);
		expect(after[0]).not.toBe(0xef);
	});
});
