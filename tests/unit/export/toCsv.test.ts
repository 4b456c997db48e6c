import { describe as group, expect, it } from 'vitest';
import { csvCell, toCsv } from '$lib/export/toCsv';

group('toCsv', () => {
	it('writes a header and rows with CRLF line endings', () => {
		expect(toCsv(['a', 'b'], [['x', 1]])).toBe('a,b\r\nx,1\r\n');
	});

	it('quotes cells with commas, quotes and line breaks, doubling inner quotes', () => {
		expect(csvCell('Smith, J.')).toBe('"Smith, J."');
		expect(csvCell('say "hi"')).toBe('"say ""hi"""');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
	});

	it('neutralises text that a spreadsheet would run as a formula', () => {
		expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
		expect(csvCell('+1+1')).toBe(`"'+1+1"`);
		expect(csvCell('-2+3')).toBe(`"'-2+3"`);
		expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
		expect(csvCell('\tcmd')).toBe(`"'\tcmd"`);
		expect(csvCell('\rcmd')).toBe(`"'\rcmd"`);
	});

	it('leaves numbers as numbers, so a negative growth rate stays -0.5', () => {
		expect(csvCell(-0.5)).toBe('-0.5');
		expect(csvCell(351200)).toBe('351200');
	});

	it('writes null as an empty cell, never 0', () => {
		expect(csvCell(null)).toBe('');
		expect(csvCell(undefined)).toBe('');
		expect(csvCell(Number.NaN)).toBe('');
	});

	it('leaves ordinary text alone', () => {
		expect(csvCell('EP 2024-34')).toBe('EP 2024-34');
	});
});
