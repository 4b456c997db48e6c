import { describe, expect, it } from 'vitest';
import { filterRows, parseSort, rowsToCsv, sortRows } from '$lib/pages/occupationTable';
import type { OccupationRow } from '$lib/pages/types';

const row = (soc: string, title: string, growth: number | null): OccupationRow => ({
	soc,
	title,
	group: `${soc.slice(0, 2)}-0000`,
	growth,
	openings: null,
	wage: null,
	wageFlag: 'not_available',
	education: ''
});
const rows = [
	row('29-2010', 'Clinical laboratory technologists', 1.7),
	row('15-1252', 'Software developers', 15),
	row('11-1011', '=HYPERLINK("x")', null)
];

describe('occupations table', () => {
	it('parses ?sort= and falls back to code order', () => {
		expect(parseSort('growth-desc')).toEqual({ key: 'growth', desc: true });
		expect(parseSort('nonsense')).toEqual({ key: 'soc', desc: false });
	});
	it('sorts missing values last', () => {
		expect(sortRows(rows, { key: 'growth', desc: true }).map((r) => r.soc)).toEqual([
			'15-1252',
			'29-2010',
			'11-1011'
		]);
		expect(sortRows(rows, { key: 'growth', desc: false }).map((r) => r.soc)).toEqual([
			'29-2010',
			'15-1252',
			'11-1011'
		]);
	});
	it('filters by words and group', () => {
		expect(filterRows(rows, 'lab tech', '').map((r) => r.soc)).toEqual(['29-2010']);
		expect(filterRows(rows, '', '15-0000').map((r) => r.soc)).toEqual(['15-1252']);
		expect(filterRows(rows, '29-20', '').map((r) => r.soc)).toEqual(['29-2010']);
	});
	it('neutralises formulas in the CSV', () => {
		expect(rowsToCsv(rows, 'EP 2024-34', 'OEWS May 2024')).toContain(`"'=HYPERLINK(""x"")"`);
	});
});
