import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { LEDGER_CSV_COLUMNS, ledgerCsv, ledgerCsvRows, ledgerJson } from '$lib/claims/exportLedger';
import { entry } from './fixtures';

const parse = (csv: string) => Papa.parse<string[]>(csv.trimEnd(), { skipEmptyLines: false }).data;
const col = (name: (typeof LEDGER_CSV_COLUMNS)[number]) => LEDGER_CSV_COLUMNS.indexOf(name);

describe('ledger CSV', () => {
	it('has one row per (claim, matched figure), with the role', () => {
		const rows = parse(ledgerCsv([entry()]));
		expect(rows[0]).toEqual([...LEDGER_CSV_COLUMNS]);
		expect(rows).toHaveLength(3);
		expect(rows.slice(1).map((r) => r[col('figure_role')])).toEqual(['match', 'newer']);
		expect(rows[1]![col('figure_vintage')]).toBe('EP 2022-32');
		expect(rows[2]![col('figure_value')]).toBe('6000');
		expect(rows[1]![col('figure_source_url')]).toBe('https://www.bls.gov/ooh/x.htm');
		expect(rows[1]![col('verdicts')]).toBe('outdated; wrong_scope');
		expect(rows[1]![col('headline_verdict')]).toBe('outdated');
		expect(rows[1]![col('document_date')]).toMatch(/^undated; it cites/);
		expect(rows[1]![col('differences')]).toMatch(/^scope: stated as .*; vintage: uses EP 2022-32/);
	});

	it('keeps a claim with no figure as one row with empty figure columns', () => {
		const rows = ledgerCsvRows([entry({ matched_figures: [] })]);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toHaveLength(LEDGER_CSV_COLUMNS.length);
		expect(rows[0]!.slice(col('figure_role')).every((c) => c === null)).toBe(true);
	});

	it('writes a range as value_low/value_high and a point as value', () => {
		const [point] = ledgerCsvRows([entry()]);
		expect([point![col('value')], point![col('value_low')], point![col('value_high')]]).toEqual([
			16800,
			null,
			null
		]);
		const [range] = ledgerCsvRows([
			entry({ qualifier: 'range', stated: { low: 5, high: 7 }, unit: 'percent' })
		]);
		expect([range![col('value')], range![col('value_low')], range![col('value_high')]]).toEqual([
			null,
			5,
			7
		]);
	});

	it('neutralises formula-like cells (exact text) and keeps negative numbers numeric', () => {
		const hostile = entry(
			{
				document: {
					id: 'doc:evil',
					publisher: "+cmd|' /C calc'!A0",
					title: '=HYPERLINK("http://evil.example","click")',
					url: 'javascript:alert(1)',
					published: null
				},
				attributed_to: '@SUM(1+1)',
				scope: { as_stated: '-2+3', code: '29-2012' },
				matched_figures: [],
				differences: []
			},
			{ note: '\t=1+1' }
		);
		const csv = ledgerCsv([hostile]);
		expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
		const row = parse(csv)[1]!;
		expect(row[col('document_title')]).toBe(`'=HYPERLINK("http://evil.example","click")`);
		expect(row[col('document_publisher')]).toBe(`'+cmd|' /C calc'!A0`);
		expect(row[col('attributed_to')]).toBe(`'@SUM(1+1)`);
		expect(row[col('scope_as_stated')]).toBe(`'-2+3`);
		expect(row[col('claim_note')]).toBe(`'\t=1+1`);
		// Unsafe links are dropped, not exported.
		expect(row[col('document_url')]).toBe('');
		const withDiff = ledgerCsv([
			entry({ matched_figures: [{ ...entry().record.matched_figures[0]!, difference: -22100 }] })
		]);
		expect(parse(withDiff)[1]![col('figure_difference')]).toBe('-22100');
	});

	it('uses CRLF line endings and no byte-order mark', () => {
		const csv = ledgerCsv([entry()]);
		expect(csv.startsWith('claim_id,')).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
	});
});

describe('ledger JSON', () => {
	it('is the array of check records, unchanged', () => {
		const e = entry();
		expect(JSON.parse(ledgerJson([e, e]))).toEqual([e.record, e.record]);
	});
});
