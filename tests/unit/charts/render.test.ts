// Server-side render each component: the prerendered HTML must already carry the chart SVG,
// its focusable marks, the source line and a real table, with no JavaScript.
import { describe as group, expect, it } from 'vitest';
import { render } from 'svelte/server';
import TrackRecord from '$lib/charts/trackRecord/TrackRecord.svelte';
import GrowthByVintage from '$lib/charts/growthByVintage/GrowthByVintage.svelte';
import OpeningsByVintage from '$lib/charts/openingsByVintage/OpeningsByVintage.svelte';
import WagesOverTime from '$lib/charts/wagesOverTime/WagesOverTime.svelte';
import StateMap from '$lib/charts/stateMap/StateMap.svelte';
import statesTopology from 'us-atlas/states-10m.json';
import type { StatesTopology } from '$lib/charts/stateMap/stateMapCore';
import { layoutChart, type ChartInput, type ChartKind } from '$lib/charts/registry';
import RetirementSurveys from '$lib/charts/retirementSurveys/RetirementSurveys.svelte';
import { EMPLOYMENT, SOURCES, check, claim, fig } from './fixtures';

// The server lays each chart out (at 640 px here) and the component draws that model.
const withModel = <K extends ChartKind>(kind: K, props: ChartInput<K>) =>
	({ ...props, model: layoutChart(kind, { ...props, width: 640 }) }) as never;
const count = (html: string, re: RegExp) => (html.match(re) ?? []).length;

group('server-rendered charts', () => {
	it('TrackRecord: SVG with viewBox, dashed projections labelled by vintage, focusable points, table and source', () => {
		const evil = check(
			claim({
				id: 'c1',
				measure: 'employment',
				period_start: '2024',
				value: 350000,
				scope_as_stated: '<img src=x onerror=alert(1)>'
			}),
			['wrong_period']
		);
		const { body } = render(TrackRecord, {
			props: withModel('trackRecord', {
				figures: EMPLOYMENT,
				sources: SOURCES,
				socCode: '29-2010',
				claims: [evil]
			})
		});
		expect(body).toContain('<svg class="chart" viewBox="0 0 640 397"');
		const svg = body.slice(body.indexOf('<svg class="chart"'));
		expect(count(svg, /stroke-dasharray="6 4"/g)).toBe(4);
		expect(body).toContain('>EP 2019-29</text>');
		expect(count(body, /tabindex="0"/g)).toBe(8); // 4 base-year points + 4 projection ends
		expect(body).toContain(
			'aria-label="Employment in base year (EP 2018-28), 331,700 persons, 2018, EP 2018-28. Source: U.S. Bureau of Labor Statistics, Employment Projections, Table 1.2"'
		);
		expect(body).toMatch(/<details[^>]*><summary[^>]*>Show table<\/summary>/);
		expect(body).toMatch(/<th scope="col"[^>]*>Vintage<\/th>/);
		expect(body).toMatch(/<th scope="row"[^>]*>EP 2024-34<\/th>/);
		expect(body).toContain(
			'<a href="https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm" rel="noopener noreferrer"'
		);
		// The CSV is built on click from the shown figures (no page-sized data: URL in the HTML).
		expect(body).not.toContain('data:text/csv');
		// The claim links to its entry, and its text is escaped, never parsed as HTML.
		expect(body).toContain('href="/claims#c1"');
		expect(body).not.toContain('<img src=x');
		expect(body).toContain('&lt;img src=x onerror=alert(1)>');
	});

	it('GrowthByVintage: hatched all-occupations bars, our label and the stated rule', () => {
		const figures = [
			fig({
				id: 'a',
				measure: 'employment_change_pct',
				vintage: 'EP 2024-34',
				period_start: '2024',
				period_end: '2034',
				value: 1.7,
				unit: 'percent'
			}),
			fig({
				id: 'b',
				measure: 'employment_change_pct',
				soc_code: '00-0000',
				occupation: 'Total, all occupations',
				vintage: 'EP 2024-34',
				period_start: '2024',
				period_end: '2034',
				value: 3.1,
				unit: 'percent',
				derivation: 'Sum'
			})
		];
		const { body } = render(GrowthByVintage, {
			props: withModel('growthByVintage', { figures, sources: SOURCES, socCode: '29-2010' })
		});
		expect(body).toMatch(/fill="url\(#[^)]+-hatch-all\)"/);
		expect(body).toContain('>EP 2024-34<tspan');
		expect(body).toContain('> · slower than average</tspan>');
		expect(body).toContain('more than 1.0 percentage point');
		expect(body).toContain(
			'EP 2024-34 projects 1.7% growth for 2024–34, 1.4 points below the all-occupations rate of 3.1%'
		);
	});

	it('OpeningsByVintage: the not-comparable figure renders in its own panel', () => {
		const figures = [
			fig({
				id: 'od',
				measure: 'openings_decade',
				vintage: 'EP 2012-22',
				period_start: '2012',
				period_end: '2022',
				value: 119300,
				unit: 'openings (decade total)',
				comparability: 'not_comparable'
			}),
			fig({
				id: 'ao',
				measure: 'annual_openings',
				vintage: 'EP 2024-34',
				period_start: '2024',
				period_end: '2034',
				value: 22600,
				unit: 'openings per year'
			})
		];
		const { body } = render(OpeningsByVintage, {
			props: withModel('openingsByVintage', { figures, sources: SOURCES, socCode: '29-2010' })
		});
		expect(body).toContain('data-panel="annual"');
		expect(body).toContain('data-panel="notComparable"');
		const apart = body.slice(body.indexOf('data-panel="notComparable"'));
		expect(apart).toContain('119,300');
		expect(body.slice(0, body.indexOf('data-panel="notComparable"'))).not.toContain('>119,300<');
	});

	it('WagesOverTime: a top-coded value renders as a "≥" flag, not a number on the line', () => {
		const w = (id: string, year: string, value: number | null, extra = {}) =>
			fig({
				id,
				measure: 'median_annual_wage',
				vintage: `OEWS May ${year}`,
				period_start: `${year}-05`,
				value,
				unit: 'USD per year',
				source_id: 'bls-oews',
				...extra
			});
		const { body } = render(WagesOverTime, {
			props: withModel('wagesOverTime', {
				figures: [
					w('a', '2022', 57380),
					w('b', '2023', null, { value_flag: 'top_coded', value_bound: 239200 }),
					w('c', '2024', 61890)
				],
				sources: SOURCES,
				socCode: '29-2010'
			})
		});
		expect(body).toContain('>≥ $239k</text>');
		expect(body).toContain('≥ $239,200 (top-coded)');
		expect(count(body, /<circle /g)).toBe(2);
		expect(body).toContain('May 2024');
	});

	it('StateMap: renders a map with "no data" states, and nothing at all without state figures', () => {
		const ca = fig({
			id: 'ca',
			measure: 'median_annual_wage',
			geography: 'CA',
			vintage: 'OEWS May 2024',
			period_start: '2024-05',
			value: 80000,
			unit: 'USD per year',
			source_id: 'bls-oews'
		});
		const { body } = render(StateMap, {
			props: {
				topology: statesTopology as unknown as StatesTopology,
				figures: [ca],
				sources: SOURCES,
				measure: 'median_annual_wage',
				period: '2024-05'
			}
		});
		expect(body).toContain('<svg class="chart"');
		expect(body).toContain('<title>Texas: no data</title>');
		expect(body).toContain(
			'aria-label="California: Median annual wage, $80,000 per year, May 2024'
		);
		const empty = render(StateMap, {
			props: {
				topology: statesTopology as unknown as StatesTopology,
				figures: [],
				sources: SOURCES,
				measure: 'median_annual_wage',
				period: '2024-05'
			}
		});
		expect(empty.body).not.toContain('<svg');
	});

	it('RetirementSurveys: one focusable dot per figure and a table row each', () => {
		const s = (id: string, dept: string, value: number) =>
			fig({
				id,
				measure: 'share_retiring_within_5y',
				soc_code: '',
				occupation: dept,
				vintage: 'ASCP Vacancy Survey 2022',
				period_start: '2022',
				value,
				unit: 'percent',
				source_id: 'ascp'
			});
		const { body } = render(RetirementSurveys, {
			props: withModel('retirementSurveys', {
				figures: [s('a', 'Chemistry', 13.4), s('b', 'Histology', 20)],
				sources: SOURCES
			})
		});
		expect(count(body, /tabindex="0"/g)).toBe(2);
		expect(count(body, /<th scope="row"/g)).toBe(2);
		expect(body).toContain('American Society for Clinical Pathology');
	});
});
