// The OEWS import against the real shared files.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/lib/core/schema/figure';
import { importBlsOews } from '../../../src/cli/import/oews/importBlsOews';
import type { ImportReport } from '../../../src/cli/import/report/ReportBuilder';
import { SHARED, scratch } from './paths';
import { readFigures } from './readOutput';

let report: ImportReport;
let wages: Map<string, Figure>;
const value = (id: string) => {
	const f = wages.get(id);
	if (!f) throw new Error(`no figure ${id}`);
	return f.value;
};

beforeAll(() => {
	const out = scratch('oews');
	report = importBlsOews(join(SHARED, 'bls-oews'), { outDir: out });
	wages = readFigures(out, 'wages.csv');
}, 300_000);

describe('bls-oews import', () => {
	it('reads Nov 2002 and every May file', () => {
		expect(report.vintages).toHaveLength(20);
		expect(report.vintages[0]).toBe('OEWS Nov 2002');
		const may = report.vintages.filter((v) => v.startsWith('OEWS May '));
		expect(may).toHaveLength(19);
		expect(may).not.toContain('OEWS May 2008');
		expect(may).not.toContain('OEWS May 2019');
		expect(wages.get('oews:2002-11:29-2011:median_annual_wage')).toMatchObject({
			value: 42910,
			period_start: '2002-11',
			period_end: '2002-11'
		});
	});

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

	it('keeps *, ** and *** as not_available', () => {
		expect(report.flagged.byMarker['*']).toBeGreaterThan(0);
		expect(report.flagged.byMarker['**']).toBe(3);
		expect(report.flagged.byMarker['***']).toBe(60);
		const flagged = [...wages.values()].filter((f) => f.value_flag === 'not_available');
		expect(flagged.length).toBe(report.flagged.byFlag.not_available);
		for (const f of flagged) expect(f.value).toBeNull();
	});

	it('keeps one row per code when broad and detailed duplicate each other', () => {
		const dup = report.skipped.find((s) => /listed twice/.test(s.reason))!;
		expect(dup.count).toBe(6 * 2 + 7 * 4);
		expect(dup.reason).toMatch(/identical values/);
		expect(report.skipped.some((s) => /DIFFERENT/.test(s.reason))).toBe(false);
	});

	it('imports every hierarchy level', () => {
		expect(wages.has('oews:2024:00-0000:employment')).toBe(true);
		expect(wages.has('oews:2024:29-0000:employment')).toBe(true);
		expect(wages.has('oews:2024:29-2000:employment')).toBe(true);
		expect(wages.has('oews:2016:29-2010:employment')).toBe(true);
		expect(wages.has('oews:2016:29-2011:employment')).toBe(true);
	});
});
