// The controlled vocabularies shared by datasets, claims and the UI.
// Measure names follow ../shared/reference/README.md; additions are marked.

export const OFFICIAL_MEASURES = [
	'employment',
	'employment_projected',
	'employment_change_pct',
	'employment_change_num',
	'annual_openings',
	'openings_decade',
	'new_jobs',
	'median_annual_wage',
	'median_hourly_wage',
	'mean_annual_wage',
	'mean_hourly_wage',
	'wage_p10_annual',
	'wage_p25_annual',
	'wage_p75_annual',
	'wage_p90_annual',
	'wage_p10_hourly',
	'wage_p90_hourly'
] as const;

export const SURVEY_MEASURES = [
	'share_retiring_within_2y',
	'share_retiring_within_5y',
	'share_retiring_within_10y',
	'vacancy_rate',
	'share_aged_50_59',
	'share_likely_working_past_62',
	'supervisor_retirement_rate',
	'survey_responses',
	'survey_employees_represented'
] as const;

/** Measures that only claims use: no official or survey series exists for them. */
export const CLAIM_ONLY_MEASURES = [
	'salary_range',
	'new_jobs_per_year',
	'replacement_openings_per_year',
	'graduates_per_year',
	'share_decisions_influenced_by_lab',
	// Added: "eligible to retire" is a different quantity from "expected to retire".
	'share_eligible_to_retire',
	'industry_employment_change_pct',
	'industry_new_jobs',
	'industry_employment_projected',
	'industry_replacement_per_year'
] as const;

export const FIGURE_MEASURES = [...OFFICIAL_MEASURES, ...SURVEY_MEASURES] as const;
export const CLAIM_MEASURES = [...FIGURE_MEASURES, ...CLAIM_ONLY_MEASURES] as const;

export type FigureMeasure = (typeof FIGURE_MEASURES)[number];
export type ClaimMeasure = (typeof CLAIM_MEASURES)[number];

export const UNITS = [
	'persons',
	'percent',
	'USD per year',
	'USD per hour',
	'openings per year',
	'openings (decade total)',
	'jobs (decade total)',
	'jobs per year',
	'responses',
	'graduates per year'
] as const;
export type Unit = (typeof UNITS)[number];

/** How precisely a figure was published. */
export const FIGURE_QUALIFIERS = ['exact', 'rounded', 'about'] as const;
/** How a claim states its value. */
export const CLAIM_QUALIFIERS = ['exact', 'about', 'up_to', 'at_least', 'range'] as const;

/**
 * official: read on the publisher's own page or file.
 * reproduction: a third-party copy of official statistics (names the official table it copies).
 * survey: a professional-society survey, first-hand or summarised.
 * article / marketing: documents that make claims.
 */
export const SOURCE_KINDS = ['official', 'reproduction', 'survey', 'article', 'marketing'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A published cell that is not a plain number. */
export const VALUE_FLAGS = ['', 'top_coded', 'not_available'] as const;

export const COMPARABILITY = ['comparable', 'not_comparable'] as const;

export const MEASURE_LABELS: Record<ClaimMeasure, string> = {
	employment: 'Employment',
	employment_projected: 'Projected employment',
	employment_change_pct: 'Projected growth (%)',
	employment_change_num: 'Projected change (jobs)',
	annual_openings: 'Annual openings',
	openings_decade: 'Openings, decade total (old method)',
	new_jobs: 'New jobs over the decade',
	median_annual_wage: 'Median annual wage',
	median_hourly_wage: 'Median hourly wage',
	mean_annual_wage: 'Mean annual wage',
	mean_hourly_wage: 'Mean hourly wage',
	wage_p10_annual: '10th percentile wage',
	wage_p25_annual: '25th percentile wage',
	wage_p75_annual: '75th percentile wage',
	wage_p90_annual: '90th percentile wage',
	wage_p10_hourly: '10th percentile hourly wage',
	wage_p90_hourly: '90th percentile hourly wage',
	share_retiring_within_2y: 'Share expected to retire within 2 years',
	share_retiring_within_5y: 'Share expected to retire within 5 years',
	share_retiring_within_10y: 'Share expected to retire within 10 years',
	vacancy_rate: 'Vacancy rate',
	share_aged_50_59: 'Share aged 50-59',
	share_likely_working_past_62: 'Share likely to work past 62',
	supervisor_retirement_rate: 'Supervisor retirement rate',
	survey_responses: 'Survey responses',
	survey_employees_represented: 'Employees represented',
	salary_range: 'Salary range',
	new_jobs_per_year: 'New jobs per year',
	replacement_openings_per_year: 'Replacement openings per year',
	graduates_per_year: 'Graduates per year',
	share_decisions_influenced_by_lab: 'Share of medical decisions informed by lab results',
	share_eligible_to_retire: 'Share eligible to retire',
	industry_employment_change_pct: 'Industry employment growth (%)',
	industry_new_jobs: 'Industry new jobs',
	industry_employment_projected: 'Industry projected employment',
	industry_replacement_per_year: 'Industry replacement openings per year'
};
