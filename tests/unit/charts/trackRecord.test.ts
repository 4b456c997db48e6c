import { describe as group, expect, it } from 'vitest';
import { trackRecord, describe, LABEL_PX } from '$lib/charts/trackRecord/trackRecord';
import { EMPLOYMENT, SOURCES, check, claim, fig } from './fixtures';

const model = (extra = {}) =>
	trackRecord({ figures: EMPLOYMENT, sources: SOURCES, socCode: '29-2010', width: 640, ...extra });

group('trackRecord', () => {
	it('draws one actual point per vintage base year, left to right in year order', () => {
		const m = model();
		expect(m.actualPoints.map((p) => p.period)).toEqual(['2018', '2019', '2022', '2024']);
		const xs = m.actualPoints.map((p) => p.x);
		expect([...xs].sort((a, b) => a - b)).toEqual(xs);
		// Higher employment sits higher on the screen (smaller y).
		expect(m.actualPoints[3]!.y).toBeLessThan(m.actualPoints[0]!.y);
	});

	it('breaks the solid line where base years are not consecutive (2019 → 2022)', () => {
		expect(model().actualPaths).toHaveLength(1); // 2018–2019 only; 2022 and 2024 stand alone
		expect(model().actualPaths[0]!.match(/L/g)).toHaveLength(1);
	});

	it('draws one dashed projection per vintage with both ends, labelled exactly by its vintage', () => {
		const m = model();
		expect(m.projections.map((p) => p.label)).toEqual([
			'EP 2018-28',
			'EP 2019-29',
			'EP 2022-32',
			'EP 2024-34'
		]);
		const missingTarget = trackRecord({
			figures: EMPLOYMENT.filter((f) => f.id !== 'proj-2029'),
			sources: SOURCES,
			socCode: '29-2010'
		});
		expect(missingTarget.projections).toHaveLength(3);
		expect(missingTarget.projections.map((p) => p.label)).not.toContain('EP 2019-29');
	});

	it('runs each projection from its own base point to its target year', () => {
		const p = model().projections.find((q) => q.vintage === 'EP 2019-29')!;
		expect(p.start.value).toBe(337800);
		expect(p.end.value).toBe(362500);
		expect(p.end.period).toBe('2029');
		expect(p.path).toBe(`M${p.start.x},${p.start.y}L${p.end.x},${p.end.y}`);
		expect(p.end.x).toBeGreaterThan(p.start.x);
	});

	// A projection ending a year after another, at about the same height (as EP 2023-33 does next to EP 2022-32).
	const crowdedFigures = [
		...EMPLOYMENT,
		fig({
			id: 'emp-2023',
			measure: 'employment',
			vintage: 'EP 2023-33',
			period_start: '2023',
			value: 344200
		}),
		fig({
			id: 'proj-2033',
			measure: 'employment_projected',
			vintage: 'EP 2023-33',
			period_start: '2033',
			value: 360500
		})
	];
	const layouts = [390, 640, 1120].flatMap((width) => [
		model({ width }),
		model({ width, figures: crowdedFigures })
	]);

	it('keeps labels that share horizontal space at least 13px apart', () => {
		for (const m of layouts)
			for (const a of m.projections)
				for (const b of m.projections) {
					if (a === b || Math.abs(a.labelX - b.labelX) >= LABEL_PX) continue;
					expect(Math.abs(a.labelY - b.labelY)).toBeGreaterThanOrEqual(12.9);
				}
	});

	it('never puts a label over another projection’s end point', () => {
		for (const m of layouts)
			for (const p of m.projections)
				for (const q of m.projections) {
					if (p === q) continue;
					const covered =
						q.end.x >= p.labelX &&
						q.end.x <= p.labelX + LABEL_PX &&
						Math.abs(q.end.y - p.labelY) < 7;
					expect(covered, `${p.label} covers the end of ${q.label} at ${m.width}px`).toBe(false);
				}
	});

	it('moves a label to the column when the next year’s projection ends right beside it', () => {
		const m = model({ width: 1120, figures: crowdedFigures });
		const p = m.projections.find((q) => q.vintage === 'EP 2022-32')!;
		expect(p.leader).toBe(true);
		expect(p.labelX).toBeGreaterThan(Math.max(...m.projections.map((q) => q.end.x)));
		// A label with room beside its end point keeps it.
		const roomy = m.projections.find((q) => q.vintage === 'EP 2018-28')!;
		expect(roomy.labelX).toBe(roomy.end.x + 6);
	});

	it('stacks the labels in a column right of the plot when a year is too narrow for them, with leader lines', () => {
		const wide = model({ width: 1120 });
		expect(wide.projections.every((p) => !p.leader && p.labelX === p.end.x + 6)).toBe(true);
		const narrow = model({ width: 390 });
		const column = new Set(narrow.projections.map((p) => p.labelX));
		expect(column.size).toBe(1);
		expect([...column][0]).toBeGreaterThan(Math.max(...narrow.projections.map((p) => p.end.x)));
		// Ends short of the plot's right edge get a leader line; the latest projection ends at the edge.
		expect(narrow.projections.filter((p) => p.leader).map((p) => p.vintage)).toEqual([
			'EP 2018-28',
			'EP 2019-29',
			'EP 2022-32'
		]);
		const ys = narrow.projections.map((p) => p.labelY).sort((a, b) => a - b);
		for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(12.9);
	});

	it('labels year ticks as plain years and uses fewer ticks when narrow', () => {
		const wide = model();
		const narrow = model({ width: 390 });
		expect(wide.xTicks.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
		expect(narrow.xTicks.length).toBeLessThan(wide.xTicks.length);
	});

	it('marks computed rows as computed in the tooltip', () => {
		const figures = EMPLOYMENT.map((f) => ({
			...f,
			soc_code: '00-0000',
			derivation: 'Sum of detailed occupations'
		}));
		const m = trackRecord({ figures, sources: SOURCES, socCode: '00-0000' });
		expect(m.actualPoints[0]!.computed).toBe(true);
		expect(m.actualPoints[0]!.tooltip.notes).toContain('Computed: Sum of detailed occupations');
	});

	it('prefers the exact official figure over a rounded copy and notes the alternative', () => {
		const copy = fig({
			id: 'ooh-2024',
			measure: 'employment',
			vintage: 'EP 2024-34',
			period_start: '2024',
			value: 351000,
			qualifier: 'rounded',
			source_id: 'ooh'
		});
		const m = trackRecord({ figures: [copy, ...EMPLOYMENT], sources: SOURCES, socCode: '29-2010' });
		const p = m.actualPoints.find((a) => a.period === '2024')!;
		expect(p.value).toBe(351200);
		expect(p.tooltip.notes.join(' ')).toContain('Also published as 351,000 (rounded)');
	});

	it('gives a tooltip with value, unit, period, vintage and source', () => {
		const t = model().actualPoints[0]!.tooltip;
		expect(t).toMatchObject({
			value: '331,700',
			unit: 'persons',
			period: '2018',
			vintage: 'EP 2018-28',
			source: 'U.S. Bureau of Labor Statistics, Employment Projections, Table 1.2'
		});
	});

	it('draws a matching claim at its stated value and target year, linking to its claim', () => {
		const c = check(
			claim({ id: 'c1', measure: 'employment_projected', period_end: '2029', value: 362500 })
		);
		const m = model({ claims: [c] });
		const p = m.projections.find((q) => q.vintage === 'EP 2019-29')!;
		expect(m.claims.marks).toHaveLength(1);
		expect(m.claims.marks[0]).toMatchObject({
			x: p.end.x,
			y: p.end.y,
			href: '/claims#c1',
			verdict: 'confirmed'
		});
	});

	it('describes the trend from the actual numbers', () => {
		expect(describe(model())).toBe(
			'Base-year employment rose from 331,700 in 2018 (EP 2018-28) to 351,200 in 2024 (EP 2024-34); none of the 4 projections shown (target years 2028–2034) can be checked against an estimate yet.'
		);
	});

	it('describes how a past projection compared once its target year has an estimate', () => {
		const figures = [
			fig({
				id: 'e12',
				measure: 'employment',
				vintage: 'EP 2012-22',
				period_start: '2012',
				value: 325800
			}),
			fig({
				id: 'p22',
				measure: 'employment_projected',
				vintage: 'EP 2012-22',
				period_start: '2022',
				value: 396700
			}),
			fig({
				id: 'e22',
				measure: 'employment',
				vintage: 'EP 2022-32',
				period_start: '2022',
				value: 342900
			})
		];
		const m = trackRecord({ figures, sources: SOURCES, socCode: '29-2010' });
		expect(describe(m)).toBe(
			'EP 2012-22 projected 396,700 jobs for 2022; EP 2022-32 later put 2022 employment at 342,900, 13.6% below the projection.'
		);
	});
});
