// Which figures each chart of an occupation page draws. Shared by the page (after the "as of"
// filter) and the server (which lays the charts out for the prerendered page), so both agree.
import type { Figure } from '$lib/core/schema/figure';

const of =
	(measures: readonly string[], us = true) =>
	(f: Figure) =>
		measures.includes(f.measure) && (f.geography === 'US') === us;

export type OccupationChartFigures = {
	projections: Figure[];
	growth: Figure[];
	openings: Figure[];
	wages: Figure[];
	stateWages: Figure[];
};

export function occupationChartFigures(
	figures: readonly Figure[],
	allGrowth: readonly Figure[]
): OccupationChartFigures {
	return {
		projections: figures.filter(
			of(['employment', 'employment_projected', 'employment_change_pct', 'employment_change_num'])
		),
		growth: [...figures.filter(of(['employment_change_pct'])), ...allGrowth],
		openings: figures.filter(of(['annual_openings', 'openings_decade'])),
		wages: figures.filter(
			of([
				'median_annual_wage',
				'mean_annual_wage',
				'wage_p10_annual',
				'wage_p25_annual',
				'wage_p75_annual',
				'wage_p90_annual'
			])
		),
		stateWages: figures.filter(of(['median_annual_wage', 'mean_annual_wage'], false))
	};
}
