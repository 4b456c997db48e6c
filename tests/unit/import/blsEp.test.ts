// The EP import against the real shared files (or, without ../shared, the snapshot excerpts of
// them): published values, computed groups, counts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/lib/core/schema/figure';
import { OccupationSchema } from '../../../src/lib/core/schema/occupation';
import { readCsvFile } from '../../../src/lib/server/readLedger';
import { importBlsEp } from '../../../src/cli/import/ep/importBlsEp';
import { parseEpFile } from '../../../src/cli/import/ep/parseEpFile';
import { readTextFile } from '../../../src/cli/import/csv/readTextFile';
import type { ImportReport } from '../../../src/cli/import/report/ReportBuilder';
import { FULL_SHARED, SHARED, announceSnapshot, scratch } from './paths';
import { readFigures } from './readOutput';

const EP = join(SHARED, 'bls-ep');
let out: string;
let report: ImportReport;
let projections: Map<string, Figure>;
let openings: Map<string, Figure>;
const value = (m: Map<string, Figure>, id: string) => {
	const f = m.get(id);
	if (!f) throw new Error(`no figure ${id}`);
	return f.value;
};

announceSnapshot('the bls-ep import tests');

beforeAll(() => {
	out = scratch('ep');
	report = importBlsEp(EP, { outDir: out, oewsDir: join(SHARED, 'bls-oews') });
	projections = readFigures(out, 'projections.csv');
	openings = readFigures(out, 'openings.csv');
}, 300_000);

describe('bls-ep import', () => {
	it('names the Table 1.7 files it does not read, and why', () => {
		expect(report.filesRead).toContain('table-1.7-2014-24.csv');
		expect(report.filesRead).not.toContain('table-1.7-2024-34.csv');
		expect(report.notes).toContain(
			'table-1.7-2024-34.csv not read: EP 2024-34 comes from its occupationProj export'
		);
	});

	it.skipIf(!FULL_SHARED)(
		'reads ten vintages with the line-item counts of the README tables (needs ../shared)',
		() => {
			const counts = Object.fromEntries(
				[
					'2012-22',
					'2016-26',
					'2018-28',
					'2019-29',
					'2020-30',
					'2021-31',
					'2022-32',
					'2023-33',
					'2024-34'
				].map((k) => [
					k,
					parseEpFile(readTextFile(join(EP, `ep-${k}.csv`)), `ep-${k}.csv`).items.length
				])
			);
			expect(counts).toEqual({
				'2012-22': 818,
				'2016-26': 819,
				'2018-28': 809,
				'2019-29': 790,
				'2020-30': 790,
				'2021-31': 832,
				'2022-32': 832,
				'2023-33': 832,
				'2024-34': 832
			});
			expect(report.vintages).toHaveLength(10);
			expect(report.vintages).toContain('EP 2014-24');
			// the exports, then Table 1.7 2014-24: 819 line items, 272 summaries, title and 4 footnotes
			const exports = 818 + 819 + 809 + 790 * 2 + 832 * 4;
			expect(report.rowsRead).toBe(exports + 819 + 272 + 5);
			expect(report.rowsKept).toBe(exports + 819 + 272);
			expect(report.skipped.map((s) => [s.reason, s.count])).toEqual([
				['table-1.7-2014-24.csv: table title row, not an occupation', 1],
				['table-1.7-2014-24.csv: footnote row, not an occupation', 4]
			]);
			expect(report.filesRead).not.toContain('ep-2018-28-unmodified.csv');
			expect(report.filesRead).not.toContain('table-1.7-2024-34.csv');
			expect(report.filesRead).not.toContain('table-1.7-2014-24-tidy.csv');
			expect(report.notes).toContain(
				'table-1.7-2024-34.csv not read: EP 2024-34 comes from its occupationProj export'
			);
		}
	);

	it('reads EP 2014-24 from its Table 1.7 conversion, summary rows as published', () => {
		// Values as in ../shared/bls-ep/README.md (thousands there).
		expect(value(projections, 'ep:2014-24:29-2011:employment')).toBe(164800);
		expect(value(projections, 'ep:2014-24:29-2011:employment_projected')).toBe(187900);
		expect(value(projections, 'ep:2014-24:29-2012:employment_change_pct')).toBe(17.8);
		const lab = projections.get('ep:2014-24:29-2010:employment')!;
		expect(lab).toMatchObject({ value: 328200, derivation: '', vintage: 'EP 2014-24' });
		expect(lab.occupation).toBe('Clinical laboratory technologists and technicians');
		expect(value(projections, 'ep:2014-24:29-2010:employment_change_pct')).toBe(15.9);
		expect(value(projections, 'ep:2014-24:00-0000:employment')).toBe(150539900);
		expect(value(projections, 'ep:2014-24:00-0000:employment_projected')).toBe(160328800);
		// healthcare is not a Table 1.7 row, so it is computed as for every vintage
		expect(projections.get('ep:2014-24:HC:employment')!.derivation).toMatch(/^Sum of /);
	});

	it('marks the 2014-24 openings as an old-method decade total, like 2012-22', () => {
		const f = openings.get('ep:2014-24:29-2010:openings_decade')!;
		expect(f).toMatchObject({
			value: 130500,
			unit: 'openings (decade total)',
			comparability: 'not_comparable',
			period_start: '2014',
			period_end: '2024',
			derivation: ''
		});
		expect(value(openings, 'ep:2014-24:29-2012:openings_decade')).toBe(68100);
		expect(openings.has('ep:2014-24:29-2010:annual_openings')).toBe(false);
	});

	it('converts EP 2022-32 29-2010 from thousands to persons', () => {
		expect(value(projections, 'ep:2022-32:29-2010:employment')).toBe(342900);
		expect(value(projections, 'ep:2022-32:29-2010:employment_projected')).toBe(359700);
		expect(value(projections, 'ep:2022-32:29-2010:employment_change_num')).toBe(16800);
		expect(value(openings, 'ep:2022-32:29-2010:annual_openings')).toBe(24000);
		const emp = projections.get('ep:2022-32:29-2010:employment')!;
		expect(emp).toMatchObject({
			period_start: '2022',
			period_end: '2022',
			vintage: 'EP 2022-32',
			unit: 'persons',
			qualifier: 'exact',
			derivation: '',
			geography: 'US'
		});
		expect(projections.get('ep:2022-32:29-2010:employment_projected')).toMatchObject({
			period_start: '2032',
			period_end: '2032'
		});
	});

	it('reads the Excel re-saved 2024-34 file ("6" for 6.0, "1,579.80")', () => {
		expect(value(projections, 'ep:2024-34:29-2010:employment_change_num')).toBe(6000);
		expect(value(openings, 'ep:2024-34:29-2010:annual_openings')).toBe(22600);
		expect(value(projections, 'ep:2024-34:29-2010:employment_change_pct')).toBe(1.7);
		expect(value(projections, 'ep:2024-34:13-2011:employment')).toBe(1579800);
		expect(projections.get('ep:2024-34:13-2011:employment')!.occupation).toBe(
			'Accountants and auditors'
		);
	});

	it('marks the 2012-22 old-method decade openings as not comparable', () => {
		const f = openings.get('ep:2012-22:29-2012:openings_decade')!;
		expect(f).toMatchObject({
			value: 90200,
			unit: 'openings (decade total)',
			comparability: 'not_comparable',
			period_start: '2012',
			period_end: '2022'
		});
		expect(f.note).toMatch(/not comparable/);
		expect(openings.has('ep:2012-22:29-2012:annual_openings')).toBe(false);
		expect(openings.get('ep:2016-26:29-2012:annual_openings')).toMatchObject({
			value: 12900,
			comparability: 'comparable'
		});
	});

	it('computes 29-2010 for the SOC-2010 vintages from 29-2011 + 29-2012', () => {
		const base = projections.get('ep:2012-22:29-2010:employment')!;
		expect(base.value).toBe(325800);
		expect(base.derivation).toMatch(
			/Sum of 2 EP 2012-22 line items in SOC broad group 29-2010 \(29-2011, 29-2012\)/
		);
		expect(base.occupation).toMatch(/\(computed\)$/);
		expect(value(projections, 'ep:2012-22:29-2010:employment_projected')).toBe(396500);
		expect(value(projections, 'ep:2012-22:29-2010:employment_change_pct')).toBe(21.7);
		expect(value(projections, 'ep:2016-26:29-2010:employment')).toBe(171400 + 164200);
		// a broad group that is itself a line item is never recomputed
		expect(projections.get('ep:2024-34:29-2010:employment')!.derivation).toBe('');
	});

	it('computes healthcare (SOC 29 + 31) openings for EP 2024-34 as the sum of its line items', () => {
		const lineItems = [...openings.values()].filter(
			(f) => f.vintage === 'EP 2024-34' && f.derivation === '' && /^(29|31)-/.test(f.soc_code)
		);
		const sum = lineItems.reduce((s, f) => s + f.value!, 0);
		const hc = openings.get('ep:2024-34:HC:annual_openings')!;
		expect(lineItems).toHaveLength(88);
		expect(hc.value).toBe(1921800);
		expect(hc.value).toBe(sum);
		expect(hc.value!).toBeGreaterThan(1_900_000);
		expect(hc.value!).toBeLessThan(1_950_000);
		expect(hc.derivation).toMatch(/^Sum of 88 EP 2024-34 line items in SOC major groups 29 and 31/);
		expect(hc.occupation).toBe('Healthcare occupations, SOC 29 + 31 (computed)');
	});

	it.skipIf(!FULL_SHARED)(
		'computes all occupations for EP 2024-34 within 0.1% of the Table 1.7 summary row (needs ../shared)',
		() => {
			const table = Papa.parse<string[]>(
				readFileSync(join(EP, 'table-1.7-2024-34.csv'), 'utf8').replace(/^\uFEFF/, ''),
				{ skipEmptyLines: true }
			).data;
			const header = table[0]!;
			const total = table.find((r) => r[1] === "'00-0000")!;
			expect(total[2]).toBe('Summary');
			const published = Number(total[header.indexOf('Employment, 2024')]!.replace(/,/g, '')) * 1000;
			const computed = projections.get('ep:2024-34:00-0000:employment')!;
			expect(computed.value).toBe(169956400);
			expect(Math.abs(computed.value! - published) / published).toBeLessThan(0.001);
			expect(computed.occupation).toBe('All occupations (computed)');
		}
	);

	it('computes each major group and takes its title from OEWS', () => {
		const f = projections.get('ep:2024-34:29-0000:employment')!;
		expect(f.occupation).toBe('Healthcare Practitioners and Technical Occupations (computed)');
		const items = [...projections.values()].filter(
			(x) =>
				x.vintage === 'EP 2024-34' &&
				x.measure === 'employment' &&
				x.derivation === '' &&
				x.soc_code.startsWith('29-')
		);
		expect(f.value).toBe(items.reduce((s, x) => s + x.value!, 0));
	});

	it('never mixes vintages in a computed figure', () => {
		for (const f of [...projections.values(), ...openings.values()]) {
			expect(f.id.startsWith(`ep:${f.vintage.slice(3)}:`)).toBe(true);
			expect(f.source_id).toBe(`ep:${f.vintage.slice(3)}`);
		}
	});

	it('writes one occupation per line-item code, from the newest vintage listing it', () => {
		const r = readCsvFile(join(out, 'occupations.csv'), OccupationSchema, 'occupations.csv', [
			'soc_code'
		]);
		expect(r.problems).toEqual([]);
		const by = new Map(r.rows.map((o) => [o.soc_code, o]));
		expect(by.get('29-2010')).toMatchObject({
			title: 'Clinical laboratory technologists and technicians',
			vintage: 'EP 2024-34',
			typical_education: "Bachelor's degree",
			source_id: 'ep:2024-34'
		});
		expect(by.get('29-2011')).toMatchObject({ vintage: 'EP 2016-26', source_id: 'ep:2016-26' });
		expect(r.rows.length).toBe(report.occupations);
		for (const o of r.rows) expect(o.title).not.toMatch(/\*|Show\/hide|\t|¿/);
	});

	it('does not import the EP wage column', () => {
		const measures = new Set([...projections.values(), ...openings.values()].map((f) => f.measure));
		expect([...measures].sort()).toEqual([
			'annual_openings',
			'employment',
			'employment_change_num',
			'employment_change_pct',
			'employment_projected',
			'openings_decade'
		]);
	});
});
