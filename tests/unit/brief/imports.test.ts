// The CPI import (real BLS flat file, or without ../shared its snapshot excerpt) and the completions
// import (synthetic fixture) into scratch folders.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { FULL_SHARED, SHARED, announceSnapshot } from '../import/paths';
import { describe, expect, it } from 'vitest';
import { importCpi } from '../../../src/cli/import/cpi/importCpi';
import { importCompletions } from '../../../src/cli/import/completions/importCompletions';
import { readCsvFile } from '../../../src/lib/server/readLedger';
import { CpiSchema } from '../../../src/lib/core/schema/cpi';
import { SupplySchema } from '../../../src/lib/core/schema/supply';
import { awardsByYear, compareSupply } from '../../../src/lib/brief/supply';

const FIXTURE = fileURLToPath(
	new URL('../../fixtures/completions/synthetic-completions.csv', import.meta.url)
);
const scratch = () => mkdtempSync(join(tmpdir(), 'll-brief-'));

announceSnapshot('the cpi import test');

describe('cpi import', () => {
	it.skipIf(!FULL_SHARED)('reads every row of the flat file (needs ../shared)', () => {
		const report = importCpi(join(SHARED, 'cpi'), { outDir: scratch() });
		expect(report.rowsRead).toBe(63042);
	});

	it('keeps CUUR0000SA0 annual averages and May values as published', () => {
		const out = scratch();
		const report = importCpi(join(SHARED, 'cpi'), { outDir: out });
		const r = readCsvFile(join(out, 'cpi.csv'), CpiSchema, 'cpi.csv');
		expect(r.problems).toEqual([]);
		expect(report.rowsKept).toBe(r.rows.length);
		const value = (p: string) => r.rows.find((x) => x.period === p)?.value;
		expect(value('2023')).toBe(304.702);
		expect(value('2024')).toBe(313.689);
		expect(value('2000')).toBe(172.2);
		expect(value('2025')).toBeUndefined();
		expect(r.rows.every((x) => x.series_id === 'CUUR0000SA0' && x.base === '1982-84=100')).toBe(
			true
		);
	});
});

describe('completions import (synthetic fixture)', () => {
	it('validates through the supply schema, maps AWLEVEL numbers and never turns a marker into a number', () => {
		const out = scratch();
		const report = importCompletions(FIXTURE, {
			outDir: out,
			manual: { sourceUrl: 'https://example.org/synthetic', publisher: 'Synthetic test fixture' }
		});
		const r = readCsvFile(join(out, 'supply.csv'), SupplySchema, 'supply.csv', ['id']);
		expect(r.problems).toEqual([]);
		expect(r.rows).toHaveLength(4);
		expect(report.skipped.map((s) => s.count).reduce((a, b) => a + b, 0)).toBe(3);
		expect(report.skipped.some((s) => s.reason.includes('twice'))).toBe(true);
		expect(report.skipped.some((s) => s.reason.includes('award_level'))).toBe(true);
		expect(report.skipped.some((s) => s.reason.includes('whole number'))).toBe(true);
		expect(r.rows.find((x) => x.id === 'completions:51.1004:2022:associate')!.value).toBe(1000);
	});

	it('compares awards with openings as a range when the program maps to several occupations', () => {
		const out = scratch();
		importCompletions(FIXTURE, {
			outDir: out,
			manual: { sourceUrl: 'https://example.org/synthetic', publisher: 'Synthetic test fixture' }
		});
		const rows = readCsvFile(join(out, 'supply.csv'), SupplySchema, 'supply.csv').rows;
		const years = awardsByYear(rows, '51.1004');
		expect(years.map((y) => [y.year, y.awards])).toEqual([
			['2022', 1100],
			['2023', 1500]
		]);
		const one = compareSupply(years, [22600])!;
		expect(one.openings).toEqual({ low: 22600, high: 22600, isRange: false });
		const several = compareSupply(years, [22600, 27400])!;
		expect(several.openings).toEqual({ low: 22600, high: 50000, isRange: true });
		expect(several.perOpeningLow).toBeCloseTo(1500 / 50000, 10);
		expect(several.perOpeningHigh).toBeCloseTo(1500 / 22600, 10);
		expect(compareSupply([], [22600])).toBeNull();
	});
});
