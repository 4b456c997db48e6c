// Which published series a claimed measure can be checked against.
import type { ClaimMeasure, FigureMeasure } from '../schema/vocabulary';

type Comparison =
	| { kind: 'point'; measures: FigureMeasure[]; related: FigureMeasure[] }
	| { kind: 'pair'; low: FigureMeasure[]; high: FigureMeasure[] }
	| { kind: 'none'; context: FigureMeasure[] };

const point = (measures: FigureMeasure[], related: FigureMeasure[] = []): Comparison => ({
	kind: 'point',
	measures,
	related
});
const none = (context: FigureMeasure[] = []): Comparison => ({ kind: 'none', context });

const RETIREMENT: FigureMeasure[] = [
	'share_retiring_within_2y',
	'share_retiring_within_5y',
	'share_retiring_within_10y'
];

/** related: measures a document often confuses with the stated one (a "mean" that is really a median). */
export const COMPARABLE: Record<ClaimMeasure, Comparison> = {
	employment: point(['employment']),
	employment_projected: point(['employment_projected']),
	employment_change_pct: point(['employment_change_pct']),
	employment_change_num: point(['employment_change_num', 'new_jobs'], ['annual_openings']),
	annual_openings: point(['annual_openings'], ['employment_change_num', 'new_jobs']),
	openings_decade: point(['openings_decade']),
	new_jobs: point(['new_jobs', 'employment_change_num'], ['annual_openings']),
	median_annual_wage: point(['median_annual_wage'], ['mean_annual_wage']),
	median_hourly_wage: point(['median_hourly_wage'], ['mean_hourly_wage']),
	mean_annual_wage: point(['mean_annual_wage'], ['median_annual_wage']),
	mean_hourly_wage: point(['mean_hourly_wage'], ['median_hourly_wage']),
	wage_p10_annual: point(['wage_p10_annual']),
	wage_p25_annual: point(['wage_p25_annual']),
	wage_p75_annual: point(['wage_p75_annual']),
	wage_p90_annual: point(['wage_p90_annual']),
	wage_p10_hourly: point(['wage_p10_hourly']),
	wage_p90_hourly: point(['wage_p90_hourly']),
	share_retiring_within_2y: point(['share_retiring_within_2y']),
	share_retiring_within_5y: point(['share_retiring_within_5y']),
	share_retiring_within_10y: point(['share_retiring_within_10y']),
	vacancy_rate: point(['vacancy_rate']),
	share_aged_50_59: point(['share_aged_50_59']),
	share_likely_working_past_62: point(['share_likely_working_past_62']),
	supervisor_retirement_rate: point(['supervisor_retirement_rate']),
	survey_responses: point(['survey_responses']),
	survey_employees_represented: point(['survey_employees_represented']),
	salary_range: {
		kind: 'pair',
		low: ['wage_p10_annual', 'wage_p25_annual'],
		high: ['wage_p90_annual', 'wage_p75_annual']
	},
	new_jobs_per_year: none(),
	replacement_openings_per_year: none(['annual_openings']),
	graduates_per_year: none(),
	share_decisions_influenced_by_lab: none(),
	share_eligible_to_retire: none(RETIREMENT),
	industry_employment_change_pct: none(),
	industry_new_jobs: none(),
	industry_employment_projected: none(),
	industry_replacement_per_year: none()
};

/** Survey populations map to no SOC code, so their scope is not judged. */
export const SURVEY_SCOPED = new Set<FigureMeasure>([
	...RETIREMENT,
	'vacancy_rate',
	'share_aged_50_59',
	'share_likely_working_past_62',
	'supervisor_retirement_rate',
	'survey_responses',
	'survey_employees_represented'
]);
