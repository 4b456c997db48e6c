// The ledger command, run as a user would: real files, real exit codes, real output.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getLedger, LedgerDataError } from '../../../src/lib/server/ledgerStore';

const ledger = (...args: string[]) =>
	spawnSync('npx', ['tsx', 'src/cli/ledger.ts', ...args], { encoding: 'utf8', timeout: 300_000 });

describe('npm run ledger -- check', () => {
	it('prints one JSON object per claim with verdicts, matched figures and an explanation', () => {
		const run = ledger('check', 'tests/fixtures/cli/claims-good.csv', '--json');
		expect(run.status).toBe(0);
		type Matched = { source: { url: string } } & Record<string, unknown>;
		const out = JSON.parse(run.stdout) as Array<
			Record<string, unknown> & { matched_figures: Matched[] }
		>;
		expect(out.map((c) => [c.id, c.verdicts])).toEqual([
			['t:median-2024', ['confirmed']],
			['t:growth-old', ['outdated']]
		]);
		const m = out[0]!.matched_figures[0]!;
		expect(m).toMatchObject({
			role: 'match',
			measure: 'median_annual_wage',
			occupation_code: '29-2010',
			geography: 'US',
			vintage: 'OEWS May 2024',
			value: 61890
		});
		expect(m.source.url).toMatch(/^https:\/\//);
		expect(out[1]!.explanation).toMatch(
			/EP 2023-33 was already out when the document was dated \(2024-08-29\)/
		);
		expect(out[1]!.document_date).toEqual({ kind: 'stated', date: '2024-08-29' });
		expect(out[0]!.period).toEqual({ start: '2024-05', end: '2024-05' });
	});

	it('exits non-zero on a bad file, naming file, line, column and rule, and still checks the good rows', () => {
		const run = ledger('check', 'tests/fixtures/cli/claims-bad.csv');
		expect(run.status).toBe(1);
		expect(run.stderr).toContain(
			'claims-bad.csv:3 column value: must be a plain number: remove the currency sign (found "$60,290")'
		);
		expect(run.stderr).toContain('claims-bad.csv:4 column document_id: must name a source_id');
		expect(run.stdout).toContain('3 claims read, 1 checked, 2 rejected');
	});
});

describe('npm run ledger -- validate', () => {
	it('accepts a shipped dataset and counts its rows', () => {
		const run = ledger('validate', 'data/retirement.csv');
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('retirement.csv (figures): 18 rows, 18 accepted, 0 rejected');
	});

	it('rejects a dataset with a bad cell, with its location', () => {
		const run = ledger('validate', 'tests/fixtures/hostile/figures-numbers.csv');
		expect(run.status).toBe(1);
		expect(run.stderr).toContain(
			'figures-numbers.csv:3 column value: must be a plain number: remove thousands separators (found "1,234")'
		);
		expect(run.stdout).toContain('9 rows, 3 accepted, 6 rejected');
	});
});

describe('invalid shipped data', () => {
	it('fails loudly with the located problem instead of loading silently', () => {
		const dir = mkdtempSync(join(tmpdir(), 'ledger-data-'));
		cpSync('data', dir, { recursive: true });
		const file = join(dir, 'retirement.csv');
		const lines = readFileSync(file, 'utf8').split('\n');
		lines[2] = lines[2]!.replace(/,(\d+(\.\d+)?),,/, ',NaN,,');
		writeFileSync(file, lines.join('\n'));
		expect(() => getLedger(dir)).toThrow(LedgerDataError);
		expect(() => getLedger(dir)).toThrow(/retirement\.csv:3 column value: must be a finite number/);
	});
});
