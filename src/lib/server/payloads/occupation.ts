// The payload of /occupations/[soc]: this code's figures and claims only, plus the all-occupations growth line.
import { ALL_OCCUPATIONS } from '$lib/core/soc';
import type { Figure } from '$lib/core/schema/figure';
import { MEASURE_LABELS, type FigureMeasure } from '$lib/core/schema/vocabulary';
import type { ClaimListItem, Headline, Provenance } from '$lib/pages/types';
import { compareVintages } from '$lib/core/vintage';
import { majorGroupOf } from '$lib/core/soc';
import type { LedgerIndex } from '../ledgerIndex';
import { headlinesFor } from './headlines';
import { byClaimId, claimListItem, provenanceOf } from './slim';
import { layoutChart, type ChartOf } from '$lib/charts/registry';
import { occupationChartFigures } from '$lib/pages/occupationCharts';
import { mapChoice } from '$lib/pages/mapChoice';
import { figureTable, sourceMap } from '$lib/charts/shared/figureTable';
import { sourceLine, type SourceCredit } from '$lib/core/format/sourceLine';
import type { TableModel } from '$lib/charts/shared/types';

export const PROJECTION_MEASURES = [
	'employment',
	'employment_projected',
	'employment_change_pct',
	'employment_change_num'
];
export const OPENING_MEASURES = ['annual_openings', 'openings_decade'];
export const WAGE_MEASURES = [
	'median_annual_wage',
	'mean_annual_wage',
	'wage_p10_annual',
	'wage_p25_annual',
	'wage_p75_annual',
	'wage_p90_annual'
];

export type OccupationView = {
	soc: string;
	title: string;
	education: string;
	experience: string;
	training: string;
	/** The newest EP vintage listing this code as a line item ('' when it is not in occupations.csv). */
	listedIn: string;
	group: { code: string; title: string } | null;
	headlines: Headline[];
	/** National projections, openings and wages, plus state wages (geography ≠ US). */
	figures: Figure[];
	/** 00-0000 growth by vintage, for the "vs all occupations" comparison. */
	allGrowth: Figure[];
	checks: ClaimListItem[];
	provenance: Provenance;
	/** The state-wage table a reader without JavaScript sees in place of the map (default view). */
	stateTable: { period: string; table: TableModel; credits: SourceCredit[] } | null;
	/** Labels of the wage measures a state map may show (the map picks one in the browser, by ?asof). */
	mapLabels: Record<string, string>;
	/** The charts laid out for the default view (all figures, claims drawn), null when a chart has nothing to draw. */
	charts: OccupationCharts;
};

export type OccupationCharts = {
	trackRecord: ChartOf<'trackRecord'> | null;
	growthByVintage: ChartOf<'growthByVintage'> | null;
	openingsByVintage: ChartOf<'openingsByVintage'> | null;
	wagesOverTime: ChartOf<'wagesOverTime'> | null;
};

export const byVintage = (a: Figure, b: Figure) =>
	compareVintages(a.vintage, b.vintage) ||
	(a.period_start < b.period_start ? -1 : a.period_start > b.period_start ? 1 : 0) ||
	(a.id < b.id ? -1 : 1);

const DRAWN = new Set([...PROJECTION_MEASURES, ...OPENING_MEASURES, ...WAGE_MEASURES]);

export function buildOccupationView(index: LedgerIndex, soc: string): OccupationView | null {
	const own = index.bySoc.get(soc) ?? [];
	const occupation = index.ledger.occupations.find((o) => o.soc_code === soc);
	if (!occupation && own.length === 0) return null;
	const figures = own.filter((f) => DRAWN.has(f.measure)).sort(byVintage);
	const allGrowth =
		soc === ALL_OCCUPATIONS
			? []
			: (index.bySoc.get(ALL_OCCUPATIONS) ?? [])
					.filter((f) => f.measure === 'employment_change_pct' && f.geography === 'US')
					.sort(byVintage);
	const checks = (index.checksBySoc.get(soc) ?? []).map(claimListItem).sort(byClaimId);
	const major = majorGroupOf(soc);
	const provenance = provenanceOf(index, [...figures, ...allGrowth], checks);
	const drawn = occupationChartFigures(figures, allGrowth);
	const input = { sources: provenance.sources, socCode: soc, claims: checks };
	const charts: OccupationCharts = {
		trackRecord:
			drawn.projections.length > 0
				? layoutChart('trackRecord', { ...input, figures: drawn.projections })
				: null,
		growthByVintage:
			drawn.growth.length > 0
				? layoutChart('growthByVintage', { ...input, figures: drawn.growth })
				: null,
		openingsByVintage:
			drawn.openings.length > 0
				? layoutChart('openingsByVintage', { ...input, figures: drawn.openings })
				: null,
		wagesOverTime:
			drawn.wages.length > 0
				? layoutChart('wagesOverTime', { ...input, figures: drawn.wages })
				: null
	};
	const title = occupation?.title ?? index.titleOf.get(soc) ?? soc;
	const mapped = mapChoice(drawn.stateWages);
	const stateFigures = mapped
		? drawn.stateWages.filter(
				(f) => f.measure === mapped.measure && f.period_start === mapped.period
			)
		: [];
	return {
		soc,
		title,
		education: occupation?.typical_education ?? '',
		experience: occupation?.work_experience ?? '',
		training: occupation?.training ?? '',
		listedIn: occupation?.vintage ?? '',
		group: major !== soc ? { code: major, title: index.titleOf.get(major) ?? major } : null,
		headlines: headlinesFor(index, soc),
		figures,
		allGrowth,
		checks,
		provenance,
		stateTable: mapped
			? {
					period: mapped.period,
					table: figureTable(
						`${MEASURE_LABELS[mapped.measure]} by state, ${title}`,
						stateFigures,
						sourceMap(provenance.sources),
						(f) => f.geography
					),
					credits: sourceLine(stateFigures, provenance.sources)
				}
			: null,
		mapLabels: Object.fromEntries(
			WAGE_MEASURES.map((m) => [m, MEASURE_LABELS[m as FigureMeasure]])
		),
		charts
	};
}

/** Every code to prerender: each line item of any EP vintage (occupations.csv). */
export function occupationCodes(index: LedgerIndex): string[] {
	return index.ledger.occupations.map((o) => o.soc_code).sort();
}
