import { describe as group, expect, it } from 'vitest';
import { stateMap, describe } from '$lib/charts/stateMap/stateMap';
import { LEGEND_ITEM_PX } from '$lib/charts/stateMap/stateMapCore';
import { SOURCES, fig } from './fixtures';
import type { Figure } from '$lib/core/schema/figure';

const st = (geo: string, value: number | null, extra: Partial<Figure> = {}): Figure =>
	fig({
		id: `w-${geo}`,
		measure: 'median_annual_wage',
		geography: geo,
		vintage: 'OEWS May 2024',
		period_start: '2024-05',
		value,
		unit: 'USD per year',
		source_id: 'bls-oews',
		...extra
	});
const FIGURES = [
	st('CA', 80000),
	st('TX', 55000),
	st('NY', 70000),
	st('AK', null, { value_flag: 'not_available' }),
	fig({
		id: 'us',
		measure: 'median_annual_wage',
		vintage: 'OEWS May 2024',
		period_start: '2024-05',
		value: 61890,
		unit: 'USD per year'
	})
];

group('stateMap', () => {
	it('returns null when no state figures exist, so nothing is rendered', () => {
		expect(
			stateMap({
				figures: FIGURES.filter((f) => f.geography === 'US'),
				sources: SOURCES,
				measure: 'median_annual_wage',
				period: '2024-05'
			})
		).toBeNull();
	});

	it('draws every state (and DC) with a path; states without a figure are grey "no data"', () => {
		const m = stateMap({
			figures: FIGURES,
			sources: SOURCES,
			measure: 'median_annual_wage',
			period: '2024-05'
		})!;
		expect(m.states.length).toBeGreaterThanOrEqual(51);
		expect(m.states.every((s) => s.path.startsWith('M'))).toBe(true);
		const me = m.states.find((s) => s.code === 'ME')!;
		expect(me).toMatchObject({ status: 'no_data', fill: '#e3e3e3' });
		expect(me.tooltip.value).toBe('no data');
		expect(m.states.find((s) => s.code === 'AK')!.status).toBe('flagged');
		expect(m.legend.map((l) => l.label)).toContain('no data');
	});

	it('wraps the key so every entry keeps its room at phone width, and grows the chart to fit it', () => {
		const phone = stateMap({
			figures: FIGURES,
			sources: SOURCES,
			measure: 'median_annual_wage',
			period: '2024-05',
			width: 358
		})!;
		const desk = stateMap({
			figures: FIGURES,
			sources: SOURCES,
			measure: 'median_annual_wage',
			period: '2024-05',
			width: 1120
		})!;
		for (const m of [phone, desk]) {
			expect(m.legend.every((l) => 8 + l.x + LEGEND_ITEM_PX <= m.width)).toBe(true);
			const rows = new Map<number, number[]>();
			for (const l of m.legend) rows.set(l.y, [...(rows.get(l.y) ?? []), l.x]);
			for (const xs of rows.values())
				for (let i = 1; i < xs.length; i++)
					expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(LEGEND_ITEM_PX);
			expect(m.height).toBeGreaterThanOrEqual(
				m.legendY + Math.max(...m.legend.map((l) => l.y)) + 18
			);
		}
		expect(new Set(phone.legend.map((l) => l.y)).size).toBeGreaterThan(
			new Set(desk.legend.map((l) => l.y)).size
		);
	});

	it('colours higher values darker and leaves the national figure off the map', () => {
		const m = stateMap({
			figures: FIGURES,
			sources: SOURCES,
			measure: 'median_annual_wage',
			period: '2024-05'
		})!;
		const ca = m.states.find((s) => s.code === 'CA')!;
		const tx = m.states.find((s) => s.code === 'TX')!;
		expect(ca.fill).toBe('#08519c');
		expect(tx.fill).toBe('#c6dbef');
		expect(m.figures.map((f) => f.geography)).toEqual(['AK', 'CA', 'NY', 'TX']);
	});

	it('describes the highest and lowest states', () => {
		const m = stateMap({
			figures: FIGURES,
			sources: SOURCES,
			measure: 'median_annual_wage',
			period: '2024-05'
		})!;
		expect(describe(m)).toBe(
			`Median annual wage, May 2024: highest in California ($80,000), lowest in Texas ($55,000); ${m.noDataCount} states have no data.`
		);
		expect(m.noDataCount).toBe(m.states.length - 4);
	});
});
