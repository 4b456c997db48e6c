import { describe as group, expect, it } from 'vitest';
import {
	growthByVintage,
	describe,
	GROWTH_RULE_TEXT
} from '$lib/charts/growthByVintage/growthByVintage';
import { growthLabel } from '$lib/charts/growthByVintage/growthRule';
import { SOURCES, check, claim, fig } from './fixtures';
import type { Figure } from '$lib/core/schema/figure';

// 29-2010 growth by vintage and the all-occupations rate of the same vintage.
const ROWS: [string, string, string, number, number][] = [
	['EP 2018-28', '2018', '2028', 10.6, 5.2],
	['EP 2019-29', '2019', '2029', 7.3, 3.7],
	['EP 2020-30', '2020', '2030', 10.9, 7.7],
	['EP 2021-31', '2021', '2031', 6.6, 5.3],
	['EP 2022-32', '2022', '2032', 4.9, 2.8],
	['EP 2023-33', '2023', '2033', 5.3, 4.0],
	['EP 2024-34', '2024', '2034', 1.7, 3.1]
];
const pct = (
	soc: string,
	v: string,
	s: string,
	e: string,
	value: number,
	derivation = ''
): Figure =>
	fig({
		id: `pct-${soc}-${s}`,
		measure: 'employment_change_pct',
		soc_code: soc,
		occupation:
			soc === '00-0000'
				? 'Total, all occupations'
				: 'Clinical laboratory technologists and technicians',
		vintage: v,
		period_start: s,
		period_end: e,
		value,
		unit: 'percent',
		derivation
	});
const FIGURES = ROWS.flatMap(([v, s, e, occ, all]) => [
	pct('29-2010', v, s, e, occ),
	pct('00-0000', v, s, e, all, 'Sum over all detailed occupations')
]);
const model = (extra = {}) =>
	growthByVintage({ figures: FIGURES, sources: SOURCES, socCode: '29-2010', ...extra });

group('growthByVintage', () => {
	it('has one row per vintage, oldest first, each with the occupation and the all-occupations bar', () => {
		const m = model();
		expect(m.rows.map((r) => r.vintage)).toEqual(ROWS.map((r) => r[0]));
		expect(m.rows.every((r) => r.occupation && r.all)).toBe(true);
		expect(m.rows[0]!.span).toBe('2018–28');
	});

	it('draws longer bars for larger values, starting at zero', () => {
		const r = model().rows.find((row) => row.vintage === 'EP 2024-34')!;
		expect(r.occupation!.x).toBe(model().zeroX);
		expect(r.all!.width).toBeGreaterThan(r.occupation!.width); // 3.1 > 1.7
	});

	it('labels each vintage with the one stated rule: more than 1.0 point from the all-occupations rate', () => {
		expect(model().rows.map((r) => r.label)).toEqual([
			'faster than average',
			'faster than average',
			'faster than average',
			'faster than average',
			'faster than average',
			'faster than average',
			'slower than average'
		]);
		expect(growthLabel(4.9, 3.9)).toBe('about average'); // exactly 1.0 point is not "more than"
		expect(growthLabel(5.0, 3.9)).toBe('faster than average');
		expect(growthLabel(2.8, 3.9)).toBe('slower than average');
		expect(growthLabel(2.9, 3.9)).toBe('about average');
		expect(GROWTH_RULE_TEXT).toContain('more than 1.0 percentage point');
	});

	it('marks the computed all-occupations value as computed in its tooltip', () => {
		expect(model().rows[0]!.all!.computed).toBe(true);
		expect(model().rows[0]!.all!.tooltip.notes).toContain(
			'Computed: Sum over all detailed occupations'
		);
	});

	it('describes the latest vintage against the all-occupations rate', () => {
		expect(describe(model())).toBe(
			'EP 2024-34 projects 1.7% growth for 2024–34, 1.4 points below the all-occupations rate of 3.1% (slower than average by our rule); 6 of 7 vintages shown were faster than average.'
		);
	});

	it('places a growth claim on the row whose span it names, and lists others as not placed', () => {
		const good = check(
			claim({
				id: 'g1',
				measure: 'employment_change_pct',
				unit: 'percent',
				period_start: '2022',
				period_end: '2032',
				value: 5,
				qualifier: 'about'
			}),
			['confirmed']
		);
		const wrong = check(
			claim({
				id: 'g2',
				measure: 'employment_change_pct',
				unit: 'percent',
				period_start: '2016',
				period_end: '2026',
				value: 13
			}),
			['outdated']
		);
		const m = model({ claims: [good, wrong] });
		const row = m.rows.find((r) => r.vintage === 'EP 2022-32')!;
		expect(m.claims.marks).toHaveLength(1);
		expect(m.claims.marks[0]!.y).toBe(row.occupation!.y + 6.5);
		expect(m.claims.marks[0]!.hollow).toBe(true);
		expect(m.claims.unplaced).toEqual([
			{ id: 'g2', href: '/claims#g2', reason: 'no EP vintage here covers 2016–26' }
		]);
	});
});

group('growthByVintage with a rounded copy of the same projection', () => {
	it('keeps one row per projection span, drawing the exact EP figure and noting the OOH copy', () => {
		const copy = fig({
			id: 'ooh',
			measure: 'employment_change_pct',
			vintage: 'OOH 2024-25 (EP 2022-32)',
			period_start: '2022',
			period_end: '2032',
			value: 5,
			unit: 'percent',
			qualifier: 'rounded',
			source_id: 'ooh'
		});
		const m = growthByVintage({
			figures: [copy, ...FIGURES],
			sources: SOURCES,
			socCode: '29-2010'
		});
		expect(m.rows).toHaveLength(7);
		const row = m.rows.find((r) => r.span === '2022–32')!;
		expect(row.vintage).toBe('EP 2022-32');
		expect(row.occupation!.value).toBe(4.9);
		expect(row.occupation!.tooltip.notes.join(' ')).toContain('Also published as 5% (rounded)');
	});
});

group('choosing between figures for the same key', () => {
	it('draws a copied table’s exact 4.9 rather than the official page’s rounded "5"', () => {
		const official = { ...SOURCES[2]!, source_id: 'ooh-official', kind: 'official' as const };
		const rounded = fig({
			id: 'ooh5',
			measure: 'employment_change_pct',
			vintage: 'EP 2022-32',
			period_start: '2022',
			period_end: '2032',
			value: 5,
			unit: 'percent',
			qualifier: 'rounded',
			source_id: 'ooh-official'
		});
		const exact = { ...FIGURES.find((f) => f.id === 'pct-29-2010-2022')!, source_id: 'ooh' }; // reproduction
		const m = growthByVintage({
			figures: [rounded, exact],
			sources: [...SOURCES, official],
			socCode: '29-2010'
		});
		expect(m.rows[0]!.occupation!.value).toBe(4.9);
	});
});
