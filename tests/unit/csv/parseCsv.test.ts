import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readCsvFile } from '../../../src/lib/server/readLedger';
import { parseCsv } from '../../../src/lib/core/csv/parseCsv';
import { FigureSchema } from '../../../src/lib/core/schema/figure';
import { ReleaseSchema } from '../../../src/lib/core/schema/release';
import { SourceSchema } from '../../../src/lib/core/schema/source';

const fixture = (name: string) => `tests/fixtures/hostile/${name}`;
const releases = (name: string) => readCsvFile(fixture(name), ReleaseSchema, name, ['vintage']);
const rulesAt = (r: { problems: { line: number; column: string; rule: string }[] }) =>
	r.problems.map((p) => [p.line, p.column, p.rule]);

describe('the strict CSV loader', () => {
	it('reads a file with a BOM and CRLF line endings, keeping a quoted line break inside a cell', () => {
		const r = releases('bom-crlf.csv');
		expect(r.rows.map((x) => x.vintage)).toEqual(['EP 2024-34', 'EP 2023-33']);
		expect(r.rows[1]!.note).toBe('two\r\nlines');
		expect(r.lines).toEqual([2, 3]);
		expect(r.problems).toEqual([]);
	});

	it('reads CR-only line endings and reports the bad cell on its real line', () => {
		const r = releases('cr-only.csv');
		expect(r.total).toBe(2);
		expect(r.accepted).toBe(1);
		expect(rulesAt(r)).toEqual([[3, 'released', 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD']]);
	});

	it('rejects ragged rows with the field count, and keeps the good rows', () => {
		const r = releases('ragged.csv');
		expect(r.total).toBe(3);
		expect(r.rows.map((x) => x.vintage)).toEqual(['EP 2022-32']);
		expect(rulesAt(r)).toEqual([
			[2, 'source_id', 'row has 2 fields; the header has 4'],
			[3, '(field 5)', 'row has 5 fields; the header has 4']
		]);
	});

	it('reports an unterminated quote on the line where it starts, and still counts every record', () => {
		const r = releases('unterminated.csv');
		expect(r.accepted).toBe(1);
		expect(r.rejected).toBe(1);
		expect(r.accepted + r.rejected).toBe(r.total);
		expect(rulesAt(r)).toEqual([[3, '', 'unterminated or malformed quoted field']]);
	});

	it('refuses a file whose header names a column twice, rejecting every row', () => {
		const r = releases('duplicate-header.csv');
		expect(r.accepted).toBe(0);
		expect(r.rejected).toBe(1);
		expect(rulesAt(r)).toContainEqual([
			1,
			'vintage',
			'duplicate column name: the file is ambiguous'
		]);
	});

	it('ignores __proto__ and constructor headers with a warning, and never touches a prototype', () => {
		const r = releases('proto-header.csv');
		expect(r.accepted).toBe(1);
		expect(r.problems.map((p) => [p.column, p.severity])).toEqual([
			['__proto__', 'warning'],
			['constructor', 'warning']
		]);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.keys(r.rows[0]!)).toEqual(['vintage', 'released', 'source_id', 'note']);
	});

	it('says clearly when a file is empty, binary or not UTF-8', () => {
		expect(releases('empty.csv').problems[0]!.rule).toBe('the file is empty');
		expect(releases('binary.csv').problems[0]!.rule).toMatch(/binary/);
		expect(releases('latin1.csv').problems[0]!.rule).toMatch(/not valid UTF-8/);
	});

	it('refuses formatted numbers, empty cells, NaN and Infinity instead of guessing', () => {
		const r = readCsvFile(fixture('figures-numbers.csv'), FigureSchema, 'figures-numbers.csv', [
			'id'
		]);
		const byLine = new Map(r.problems.map((p) => [p.line, p.rule]));
		expect(byLine.get(3)).toBe('must be a plain number: remove thousands separators');
		expect(byLine.get(4)).toBe('must be a plain number: remove the currency sign');
		expect(byLine.get(5)).toMatch(/remove the percent sign/);
		expect(byLine.get(6)).toBe('required unless value_flag says why it is missing');
		expect(byLine.get(7)).toBe('must be a finite number (found NaN or Infinity)');
		expect(byLine.get(8)).toBe('must be a finite number (found NaN or Infinity)');
		expect(r.rows.map((f) => f.id)).toEqual(['ok-1', 'html', 'flagged']);
		expect(r.accepted + r.rejected).toBe(r.total);
	});

	it('keeps HTML in text fields as literal text, and a flagged value as a flag rather than a number', () => {
		const r = readCsvFile(fixture('figures-numbers.csv'), FigureSchema, 'figures-numbers.csv', [
			'id'
		]);
		const html = r.rows.find((f) => f.id === 'html')!;
		expect(html.occupation).toBe('<img src=x onerror=alert(1)>');
		const flagged = r.rows.find((f) => f.id === 'flagged')!;
		expect(flagged.value).toBeNull();
		expect(flagged.value_flag).toBe('top_coded');
	});

	it('accepts only http(s) links, whatever their case or padding tricks', () => {
		const r = readCsvFile(fixture('sources-urls.csv'), SourceSchema, 'sources-urls.csv', [
			'source_id'
		]);
		expect(r.rows.map((s) => s.source_id)).toEqual(['good']);
		const rejected = r.problems.filter((p) => p.column === 'url').map((p) => p.line);
		expect(rejected).toEqual([3, 4, 5, 6]);
		expect(r.problems.find((p) => p.line === 7)?.rule).toMatch(/name the official table/);
	});

	it('reports duplicate ids on the later line and keeps the first', () => {
		const text =
			'vintage,released,source_id,note\nEP 2024-34,2025-08-28,a,\nEP 2024-34,2025-08-29,b,\n';
		const r = parseCsv(text, ReleaseSchema, 'dup.csv', { unique: ['vintage'] });
		expect(r.rows.map((x) => x.released)).toEqual(['2025-08-28']);
		expect(rulesAt(r)).toEqual([[3, 'vintage', 'duplicate value: already used on line 2']]);
		expect(r.accepted + r.rejected).toBe(r.total);
	});

	it('reports a missing required column once, on the header line', () => {
		const r = parseCsv('vintage,source_id\nEP 2024-34,a\n', ReleaseSchema, 'missing.csv');
		expect(rulesAt(r)).toEqual([[1, 'released', 'required column is missing']]);
		expect(r.rejected).toBe(1);
	});

	it('survives every hostile fixture without throwing, and always balances its counts', () => {
		for (const name of [
			'bom-crlf.csv',
			'cr-only.csv',
			'ragged.csv',
			'unterminated.csv',
			'duplicate-header.csv',
			'proto-header.csv',
			'binary.csv',
			'latin1.csv',
			'empty.csv'
		]) {
			const r = releases(name);
			expect(r.accepted + r.rejected, name).toBe(r.total);
		}
		expect(readFileSync(fixture('binary.csv')).length).toBeGreaterThan(0);
	});
});
