// `import all`: the whole ledger as the importers leave it, hand-entered rows, re-runs, and the
// reference rules (skips, sources, claims).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readLedger, type Ledger } from '../../../src/lib/server/readLedger';
import { importAll } from '../../../src/cli/import/importAll';
import { importReference } from '../../../src/cli/import/reference/importReference';
import { readCsvRecords } from '../../../src/cli/import/csv/readCsvRecords';
import type { ImportReport } from '../../../src/cli/import/report/ReportBuilder';
import { SHARED, scratch } from './paths';

// Rows the lead enters by hand: no importer prefix, so every re-import must keep them.
const HAND = {
	'sources.csv':
		'doc:hand-memo,article,Hand Publisher,A hand-entered source,https://example.org/memo,2025-01,,,,,entered by hand',
	'claims.csv':
		'bh:C-1,doc:hand-memo,employment,lab techs,29-2010,US,2024,2024,350000,,,persons,about,BLS,entered by hand',
	'projections.csv':
		'hand:F-1,employment,29-2010,Clinical laboratory technologists and technicians,US,2024,2024,EP 2024-34,351200,,,persons,exact,comparable,doc:hand-memo,,entered by hand',
	'releases.csv': 'EP 2024-34,2025-09,doc:hand-memo,entered by hand'
};
const HEADERS: Record<string, string> = {
	'sources.csv':
		'source_id,kind,publisher,title,url,published,vintage,original_publisher,original_title,original_url,note',
	'claims.csv':
		'id,document_id,measure,scope_as_stated,scope_code,geography,period_start,period_end,value,value_low,value_high,unit,qualifier,attributed_to,note',
	'projections.csv':
		'id,measure,soc_code,occupation,geography,period_start,period_end,vintage,value,value_flag,value_bound,unit,qualifier,comparability,source_id,derivation,note',
	'releases.csv': 'vintage,released,source_id,note'
};

let out: string;
let first: Record<string, Buffer>;
let reports: ImportReport[];
let ledger: Ledger;
const snapshot = (dir: string) =>
	Object.fromEntries(
		readdirSync(dir)
			.sort()
			.map((f) => [f, readFileSync(join(dir, f))])
	);

beforeAll(() => {
	out = scratch('all');
	for (const [file, row] of Object.entries(HAND))
		writeFileSync(join(out, file), `${HEADERS[file]}\n${row}\n`);
	importAll(SHARED, { outDir: out });
	first = snapshot(out);
	reports = importAll(SHARED, { outDir: out });
	ledger = readLedger(out);
}, 300_000);

describe('import all', () => {
	it('leaves a ledger the strict reader accepts without a single error', () => {
		const errors = ledger.problems.filter((p) => p.severity === 'error');
		expect(errors).toEqual([]);
		for (const f of ledger.files) expect(f.rejected, f.file).toBe(0);
	});

	it('produces byte-identical files when re-run', () => {
		const second = snapshot(out);
		expect(Object.keys(second)).toEqual(Object.keys(first));
		for (const file of Object.keys(first))
			expect(second[file]!.equals(first[file]!), file).toBe(true);
	});

	it('keeps hand-entered rows through re-imports', () => {
		for (const [file, row] of Object.entries(HAND))
			expect(readFileSync(join(out, file), 'utf8').split('\n'), file).toContain(row);
		expect(ledger.claims.find((c) => c.id === 'bh:C-1')).toBeTruthy();
	});

	it('writes RFC 4180 files with LF endings, no BOM and the schema header', () => {
		for (const [file, bytes] of Object.entries(first)) {
			expect(bytes[0], file).not.toBe(0xef);
			expect(bytes.includes(13), file).toBe(false);
			expect(bytes[bytes.length - 1], file).toBe(10);
		}
		expect(readFileSync(join(out, 'projections.csv'), 'utf8').split('\n')[0]).toBe(
			HEADERS['projections.csv']
		);
	});

	it('skips only reference rows that repeat an EP/OEWS figure from the same GitHub copy', () => {
		const ref = reports[2]!;
		const same = ref.skipped.find((s) => /same GitHub copy/.test(s.reason))!;
		expect(same.count).toBe(51);
		const ids = new Set(ledger.figures.map((f) => f.id));
		// the same key from the EP copy, read as the OEWS wage column, is a different source: kept
		expect(ids.has('ref:O-F080')).toBe(true);
		// a primary OOH page with the same value as the EP copy is kept side by side
		expect(ids.has('ref:O-F001')).toBe(true);
		expect(ids.has('ref:O-F064')).toBe(false);
		expect(ids.has('ref:O-F174')).toBe(true);
		expect(ledger.datasetOf.get('ref:O-F165')).toBe('openings.csv');
		expect(ledger.datasetOf.get('ref:O-F147')).toBe('projections.csv');
		expect(ledger.datasetOf.get('ref:O-F272')).toBe('wages.csv');
		expect(ledger.figures.find((f) => f.id === 'ref:O-F174')).toMatchObject({
			soc_code: 'HC',
			qualifier: 'about',
			value: 1900000
		});
	});

	it('writes all 18 survey rows to retirement.csv with survey sources', () => {
		const survey = ledger.figures.filter((f) => ledger.datasetOf.get(f.id) === 'retirement.csv');
		expect(survey).toHaveLength(18);
		for (const f of survey) {
			expect(f.soc_code).toBe('');
			expect(ledger.sources.find((s) => s.source_id === f.source_id)!.kind).toBe('survey');
		}
		const g2 = ledger.sources.find((s) => s.url.includes('g2intelligence'))!;
		expect(g2.original_publisher).toBe('American Society for Clinical Pathology');
	});

	it('describes reference sources by provenance', () => {
		const byUrl = (part: string) =>
			ledger.sources.find((s) => s.source_id.startsWith('ref:') && s.url.includes(part))!;
		expect(byUrl('bls.gov/ooh').kind).toBe('official');
		expect(byUrl('ctdol').kind).toBe('official');
		expect(byUrl('nextstepplanningedu.com/medical')).toMatchObject({
			kind: 'reproduction',
			vintage: 'OEWS May 2017; OOH 2018-19 (EP 2016-26)',
			original_publisher: 'U.S. Bureau of Labor Statistics',
			original_title:
				'BLS OEWS May 2017 estimates; BLS Occupational Outlook Handbook 2018-19 edition (EP 2016-26)'
		});
		expect(byUrl('cybercemetery').vintage).toBe('OEWS May 2010; OOH 2012-13 (EP 2010-20)');
		expect(byUrl('beckershospitalreview.com/compensation')).toMatchObject({
			published: '2023-04-25',
			original_title: 'BLS OEWS May 2022 estimates'
		});
	});

	it('writes claims with document sources and never copies evidence', () => {
		expect(ledger.claims.filter((c) => c.id.startsWith('ref:'))).toHaveLength(61);
		const claim = ledger.claims.find((c) => c.id === 'ref:C-F171')!;
		expect(claim.scope_code).toBe('NAICS 62');
		const doc = ledger.sources.find((s) => s.source_id === claim.document_id)!;
		expect(doc.kind).toBe('marketing');
		expect(ledger.sources.find((s) => s.url.includes('baltimoresun'))!.kind).toBe('article');
		// A claim that names no place is kept with an empty geography (compared with national figures).
		expect(ledger.claims.find((c) => c.id === 'ref:C-F198')!.geography).toBe('');
		const all = Object.values(first)
			.map((b) => b.toString('utf8'))
			.join('\n');
		for (const file of ['official.csv', 'surveys.csv', 'claims.csv']) {
			const [header, ...rows] = readCsvRecords(
				readFileSync(join(SHARED, 'reference', file), 'utf8')
			);
			const at = header!.indexOf('evidence');
			for (const r of rows)
				if (r[at]!.length > 20) expect(all.includes(r[at]!), `${file} evidence`).toBe(false);
		}
	});

	it('reports how many figures it keeps and reads', () => {
		const [ep, oews, ref] = reports;
		expect(ep!.vintages).toHaveLength(10);
		expect(oews!.vintages).toHaveLength(24);
		expect(ref!.rowsRead).toBe(218 + 18 + 61);
		expect(ref!.rowsKept + ref!.skipped.reduce((s, x) => s + x.count, 0)).toBe(ref!.rowsRead);
	});

	it('re-running reference alone replaces only its own rows', () => {
		const before = snapshot(out);
		const r = importReference(join(SHARED, 'reference'), { outDir: out });
		const sources = r.outputs.find((o) => o.file === 'sources.csv')!;
		expect(sources.replaced).toBe(sources.written);
		const after = snapshot(out);
		for (const file of Object.keys(before))
			expect(after[file]!.equals(before[file]!), file).toBe(true);
	}, 120_000);
});
