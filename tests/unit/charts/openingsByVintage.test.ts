import { describe as group, expect, it } from 'vitest';
import { openingsByVintage, describe } from '$lib/charts/openingsByVintage/openingsByVintage';
import { SOURCES, fig } from './fixtures';

const FIGURES = [
	fig({
		id: 'od-2012',
		measure: 'openings_decade',
		vintage: 'EP 2012-22',
		period_start: '2012',
		period_end: '2022',
		value: 119300,
		unit: 'openings (decade total)',
		comparability: 'not_comparable'
	}),
	fig({
		id: 'ao-2018',
		measure: 'annual_openings',
		vintage: 'EP 2018-28',
		period_start: '2018',
		period_end: '2028',
		value: 26000,
		unit: 'openings per year'
	}),
	fig({
		id: 'ao-2022',
		measure: 'annual_openings',
		vintage: 'EP 2022-32',
		period_start: '2022',
		period_end: '2032',
		value: 24200,
		unit: 'openings per year'
	}),
	fig({
		id: 'ao-2024',
		measure: 'annual_openings',
		vintage: 'EP 2024-34',
		period_start: '2024',
		period_end: '2034',
		value: 22600,
		unit: 'openings per year'
	})
];
const model = () => openingsByVintage({ figures: FIGURES, sources: SOURCES, socCode: '29-2010' });

group('openingsByVintage', () => {
	it('puts comparable annual openings in the main panel, in vintage order', () => {
		const annual = model().panels.find((p) => p.key === 'annual')!;
		expect(annual.bars.map((b) => b.vintage)).toEqual(['EP 2018-28', 'EP 2022-32', 'EP 2024-34']);
	});

	it('draws the not-comparable decade total in a separate panel below, never on the annual axis', () => {
		const m = model();
		const [annual, apart] = m.panels;
		expect(apart!.key).toBe('notComparable');
		expect(apart!.bars.map((b) => b.figureId)).toEqual(['od-2012']);
		expect(annual!.bars.map((b) => b.figureId)).not.toContain('od-2012');
		expect(apart!.top).toBeGreaterThanOrEqual(annual!.top + annual!.height);
		// Its own scale: the annual axis stops well short of the decade total.
		expect(Math.max(...annual!.xTicks.map((t) => t.value))).toBeLessThan(119300);
		expect(apart!.noteLines.join(' ')).toContain('not comparable');
	});

	it('describes the latest annual figure and flags the old one as apart', () => {
		expect(describe(model())).toBe(
			"EP 2024-34 projects 22,600 openings per year for 2024–34; EP 2012-22's decade total of 119,300 openings used an older method and is shown apart, not on the same scale."
		);
	});
});
