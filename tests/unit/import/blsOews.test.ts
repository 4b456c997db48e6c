// The OEWS import against the real shared files (or, without ../shared, the snapshot excerpts of them).
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/lib/core/schema/figure';
import { SourceSchema, type Source } from '../../../src/lib/core/schema/source';
import { readCsvFile } from '../../../src/lib/server/readLedger';
import { importBlsOews } from '../../../src/cli/import/oews/importBlsOews';
import type { ImportReport } from '../../../src/cli/import/report/ReportBuilder';
import { FULL_SHARED, SHARED, announceSnapshot, scratch } from './paths';
import { readFigures } from './readOutput';

let report: ImportReport;
let wages: Map<string, Figure>;
let sources: Source[];
const value = (id: string) => {
	const f = wages.get(id);
	if (!f) throw new Error(`no figure ${id}`);
	return f.value;
};

announceSnapshot('the bls-oews import tests');

beforeAll(() => {
	const out = scratch('oews');
	report = importBlsOews(join(SHARED, 'bls-oews'), { outDir: out });
	wages = readFigures(out, 'wages.csv');
	sources = readCsvFile(join(out, 'sources.csv'), SourceSchema, 'sources.csv').rows;
}, 300_000);

describe('bls-oews import', () => {
	it('reads Nov 2002 and every May file, 2003 to 2025 without a gap', () => {
		expect(report.vintages).toHaveLength(24);
		expect(report.vintages[0]).toBe('OEWS Nov 2002');
		const may = report.vintages.filter((v) => v.startsWith('OEWS May '));
		expect(may).toEqual(Array.from({ length: 23 }, (_, i) => `OEWS May ${2003 + i}`));
		expect(wages.get('oews:2002-11:29-2011:median_annual_wage')).toMatchObject({
			value: 42910,
			period_start: '2002-11',
			period_end: '2002-11'
		});
	});

	it('reads the workbook conversions of May 2008, 2019, 2020 and 2025 as published', () => {
		// Values from the verification notes in ../shared/bls-oews/README.md.
		expect(value('oews:2008:00-0000:employment')).toBe(135185230);
		expect(value('oews:2008:00-0000:mean_annual_wage')).toBe(42270);
		expect(value('oews:2008:29-2011:median_annual_wage')).toBe(53500);
		expect(value('oews:2008:29-2012:median_annual_wage')).toBe(35380);
		expect(value('oews:2019:00-0000:median_annual_wage')).toBe(39810);
		expect(value('oews:2019:29-2010:employment')).toBe(326020);
		expect(value('oews:2019:29-2010:median_annual_wage')).toBe(53120);
		expect(value('oews:2019:29-2010:wage_p10_annual')).toBe(30920);
		expect(value('oews:2019:29-2010:wage_p90_annual')).toBe(81530);
		expect(value('oews:2020:00-0000:employment')).toBe(139099570);
		expect(value('oews:2020:29-2010:median_annual_wage')).toBe(54180);
		expect(value('oews:2025:00-0000:employment')).toBe(155495730);
		expect(value('oews:2025:00-0000:median_annual_wage')).toBe(50980);
		expect(value('oews:2025:29-2010:employment')).toBe(332940);
		expect(value('oews:2025:29-2010:median_annual_wage')).toBe(62930);
		expect(value('oews:2025:29-2010:wage_p10_annual')).toBe(38910);
		expect(value('oews:2025:29-2010:wage_p90_annual')).toBe(100990);
		// The conversion writes 35.70 as 35.7; the value is the same number either way.
		expect(value('oews:2020:11-0000:wage_p25_annual')).toBe(74250);
		expect(wages.get('oews:2025:29-2010:median_annual_wage')).toMatchObject({
			vintage: 'OEWS May 2025',
			period_start: '2025-05',
			source_id: 'oews:2025'
		});
	});

	it('reads May 2019 records that end before their empty ANNUAL/HOURLY cells', () => {
		// 25-2021 is annual-only (ANNUAL = TRUE, the HOURLY cell left out by the conversion).
		const hourly = wages.get('oews:2019:25-2021:mean_hourly_wage')!;
		expect(hourly).toMatchObject({ value: null, value_flag: 'not_available' });
		expect(hourly.note).toMatch(/ANNUAL = TRUE/);
		expect(value('oews:2019:25-2021:median_annual_wage')).toBe(59670);
		expect(report.notes.some((n) => /may2019\.csv: \d+ records end before/.test(n))).toBe(true);
	});

	it('cites the GitHub workbook a conversion was made from, and the sheet', () => {
		const row = sources.find((s) => s.source_id === 'oews:2019')!;
		expect(row.url).toBe(
			'https://github.com/pmusau17/CarMax/blob/828ca5f1611dc2fcdb08ed3427bca99938b1ad7a/national_M2019_dl.xlsx'
		);
		expect(row.title).toMatch(/sheet "national_M2019_dl".*oews-national-may2019\.csv/);
		expect(row.original_publisher).toBe('U.S. Bureau of Labor Statistics');
		const copy = sources.find((s) => s.source_id === 'oews:2024')!;
		expect(copy.url).toMatch(/national_M2024_dl\.csv$/);
		expect(copy.note).toMatch(/^Byte-for-byte copy/);
	});

	it.skipIf(!FULL_SHARED)(
		'reports what it read, kept, flagged and skipped for each file (needs ../shared)',
		() => {
			expect(report.notes).toContain(
				'oews-national-may2019.csv: 1323 records end before their empty ANNUAL/HOURLY cells (the workbook conversion drops empty trailing cells); read as empty'
			);
			const of = (file: string) => report.files.find((f) => f.file === file)!;
			expect(of('oews-national-may2019.csv')).toMatchObject({
				read: 1329,
				kept: 1316,
				skipped: 13
			});
			expect(of('oews-national-may2025.csv')).toMatchObject({ read: 1401, kept: 1394, skipped: 7 });
			expect(of('oews-national-may2008.csv')).toMatchObject({ read: 823, kept: 823, skipped: 0 });
			expect(of('oews-national-may2025.csv').flagged).toBeGreaterThan(0);
			const total = report.files.reduce((n, f) => n + f.flagged, 0);
			expect(total).toBe(report.flagged.total);
		}
	);

	it('holds the published 29-2010 wages', () => {
		expect(value('oews:2024:29-2010:median_annual_wage')).toBe(61890);
		expect(value('oews:2024:29-2010:wage_p10_annual')).toBe(38020);
		expect(value('oews:2024:29-2010:wage_p90_annual')).toBe(97990);
		expect(value('oews:2024:29-2010:employment')).toBe(343040);
		expect(value('oews:2024:29-2010:median_hourly_wage')).toBe(29.75);
		expect(value('oews:2023:29-2010:median_annual_wage')).toBe(60780);
		expect(value('oews:2022:29-2010:median_annual_wage')).toBe(57380);
		expect(wages.get('oews:2024:29-2010:median_annual_wage')).toMatchObject({
			vintage: 'OEWS May 2024',
			period_start: '2024-05',
			period_end: '2024-05',
			unit: 'USD per year',
			source_id: 'oews:2024'
		});
		expect(wages.get('oews:2024:29-2010:mean_hourly_wage')!.unit).toBe('USD per hour');
	});

	it('reads space-padded (2003-09) and separator-quoted (2010+) numbers', () => {
		expect(value('oews:2003:00-0000:employment')).toBe(127567910);
		expect(value('oews:2003:00-0000:median_annual_wage')).toBe(28140);
		expect(value('oews:2023:00-0000:employment')).toBe(151853870);
		expect(value('oews:2009:00-0000:median_annual_wage')).toBe(33190);
	});

	it('keeps # as top_coded with an empty value and bound', () => {
		const f = wages.get('oews:2024:11-0000:wage_p90_annual')!;
		expect(f).toMatchObject({ value: null, value_flag: 'top_coded', value_bound: null });
		expect(f.note).toMatch(/#/);
		expect(report.flagged.byFlag.top_coded).toBe(report.flagged.byMarker['#']);
	});

	it.skipIf(!FULL_SHARED)('counts every *, ** and *** marker (needs ../shared)', () => {
		// 3 cells in the CSV copies, 1 in May 2020 (13-1074 TOT_EMP)
		expect(report.flagged.byMarker['**']).toBe(4);
		expect(report.flagged.byMarker['***']).toBe(60);
	});

	it('keeps *, ** and *** as not_available', () => {
		expect(report.flagged.byMarker['*']).toBeGreaterThan(0);
		expect(wages.get('oews:2020:13-1074:employment')).toMatchObject({
			value: null,
			value_flag: 'not_available'
		});
		const flagged = [...wages.values()].filter((f) => f.value_flag === 'not_available');
		expect(flagged.length).toBe(report.flagged.byFlag.not_available);
		for (const f of flagged) expect(f.value).toBeNull();
	});

	it.skipIf(!FULL_SHARED)(
		'keeps one row per code when broad and detailed duplicate each other (needs ../shared)',
		() => {
			const dup = report.skipped.find((s) => /listed twice/.test(s.reason))!;
			// 6 codes in 2017-18, 13 in the 2019-20 hybrids, 7 in 2021-25
			expect(dup.count).toBe(6 * 2 + 13 * 2 + 7 * 5);
			expect(dup.reason).toMatch(/identical values/);
			expect(report.skipped.some((s) => /DIFFERENT/.test(s.reason))).toBe(false);
		}
	);

	it('imports every hierarchy level', () => {
		expect(wages.has('oews:2024:00-0000:employment')).toBe(true);
		expect(wages.has('oews:2024:29-0000:employment')).toBe(true);
		expect(wages.has('oews:2024:29-2000:employment')).toBe(true);
		expect(wages.has('oews:2016:29-2010:employment')).toBe(true);
		expect(wages.has('oews:2016:29-2011:employment')).toBe(true);
	});
});
