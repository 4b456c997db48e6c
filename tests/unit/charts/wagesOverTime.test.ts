import { describe as group, expect, it } from 'vitest';
import { wagesOverTime, describe } from '$lib/charts/wagesOverTime/wagesOverTime';
import { SOURCES, check, claim, fig } from './fixtures';
import type { Figure } from '$lib/core/schema/figure';

const wage = (
	id: string,
	measure: Figure['measure'],
	year: string,
	value: number | null,
	extra: Partial<Figure> = {}
): Figure =>
	fig({
		id,
		measure,
		vintage: `OEWS May ${year}`,
		period_start: `${year}-05`,
		value,
		unit: 'USD per year',
		source_id: 'bls-oews',
		...extra
	});

const BASE = [
	wage('m22', 'median_annual_wage', '2022', 57380),
	wage('m23', 'median_annual_wage', '2023', 60780),
	wage('m24', 'median_annual_wage', '2024', 61890),
	wage('p10-24', 'wage_p10_annual', '2024', 38020),
	wage('p90-24', 'wage_p90_annual', '2024', 97990)
];
const model = (figures = BASE, extra = {}) =>
	wagesOverTime({ figures, sources: SOURCES, socCode: '29-2010', ...extra });

group('wagesOverTime', () => {
	it('draws the median for each May release, left to right and higher for higher wages', () => {
		const m = model();
		expect(m.points.map((p) => p.period)).toEqual(['May 2022', 'May 2023', 'May 2024']);
		expect(m.points[0]!.x).toBeLessThan(m.points[1]!.x);
		expect(m.points[2]!.y).toBeLessThan(m.points[0]!.y);
		expect(m.medianPaths).toHaveLength(1);
	});

	it('breaks the median line at a missing year instead of joining across it', () => {
		const m = model(BASE.filter((f) => f.id !== 'm23'));
		expect(m.points).toHaveLength(2);
		expect(m.medianPaths).toHaveLength(0); // 2022 and 2024 are single points, not one line
	});

	it('shows a top-coded median as a flag at the axis top with no numeric position', () => {
		const figures = [
			...BASE.filter((f) => f.id !== 'm23'),
			wage('m23', 'median_annual_wage', '2023', null, {
				value_flag: 'top_coded',
				value_bound: 239200
			})
		];
		const m = model(figures);
		expect(m.points.find((p) => p.figureId === 'm23')).toBeUndefined();
		const flag = m.flags.find((f) => f.figureId === 'm23')!;
		expect(flag).toMatchObject({
			kind: 'top_coded',
			y: m.margin.top,
			label: '≥ $239k',
			period: 'May 2023'
		});
		expect(flag.tooltip.value).toBe('≥ $239,200 (top-coded)');
		expect(m.medianPaths).toHaveLength(0);
	});

	it('draws the 10th–90th band only where both ends are published', () => {
		const m = model();
		expect(m.outerBands).toHaveLength(1); // May 2024 only: a narrow bar, not an area across years
		expect(m.innerBands).toHaveLength(0);
		expect(m.points.at(-1)!.tooltip.notes).toContain('10th–90th percentile: $38,020 to $97,990');
	});

	it('labels x ticks from the figures’ own periods', () => {
		expect(model().xTicks.map((t) => t.label)).toEqual(['May 2022', 'May 2023', 'May 2024']);
		expect(model(BASE, { width: 390 }).xTicks.every((t) => /^20\d\d$/.test(t.label))).toBe(true);
	});

	it('draws a wage claim at its stated value', () => {
		const c = check(
			claim({
				id: 'w1',
				measure: 'median_annual_wage',
				unit: 'USD per year',
				period_start: '2024-05',
				value: 61890
			})
		);
		const m = model(BASE, { claims: [c] });
		expect(m.claims.marks[0]).toMatchObject({ x: m.points[2]!.x, y: m.points[2]!.y });
	});

	it('describes the latest median, its change and spread', () => {
		expect(describe(model())).toBe(
			'The median annual wage for Clinical laboratory technologists and technicians was $61,890 in May 2024, up from $57,380 in May 2022; 10th–90th percentile: $38,020 to $97,990 in May 2024.'
		);
	});
});
