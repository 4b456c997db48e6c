// Sorting, filtering and CSV for the /occupations table. Pure, shared by the page and the CSV endpoint.
import type { OccupationRow } from './types';
import { matchesQuery } from './search';
import { toCsv } from '$lib/export/toCsv';

export const SORT_KEYS = ['soc', 'title', 'growth', 'openings', 'wage'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type Sort = { key: SortKey; desc: boolean };

/** "?sort=growth-desc" → { key: 'growth', desc: true }. */
export function parseSort(raw: string | null): Sort {
	const m = /^(\w+)(-desc|-asc)?$/.exec(raw ?? '');
	const key = SORT_KEYS.find((k) => k === m?.[1]);
	return key ? { key, desc: m?.[2] === '-desc' } : { key: 'soc', desc: false };
}

export const sortParam = (s: Sort) => `${s.key}-${s.desc ? 'desc' : 'asc'}`;

export function filterRows(
	rows: readonly OccupationRow[],
	q: string,
	group: string
): OccupationRow[] {
	return rows.filter((r) => (group === '' || r.group === group) && matchesQuery(r, q));
}

/** Missing values sort last in both directions. */
export function sortRows(rows: readonly OccupationRow[], s: Sort): OccupationRow[] {
	const dir = s.desc ? -1 : 1;
	return [...rows].sort((a, b) => {
		const x = a[s.key];
		const y = b[s.key];
		if (x === y) return a.soc < b.soc ? -1 : 1;
		if (x === null) return 1;
		if (y === null) return -1;
		return (x < y ? -1 : 1) * dir;
	});
}

export function rowsToCsv(
	rows: readonly OccupationRow[],
	epVintage: string,
	wageVintage: string
): string {
	return toCsv(
		[
			'soc_code',
			'title',
			'major_group',
			`employment_change_pct (${epVintage})`,
			`annual_openings (${epVintage})`,
			`median_annual_wage (${wageVintage})`,
			'wage_note',
			'typical_education'
		],
		rows.map((r) => [
			r.soc,
			r.title,
			r.group,
			r.growth,
			r.openings,
			r.wage,
			r.wageFlag,
			r.education
		])
	);
}
