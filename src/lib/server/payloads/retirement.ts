// The payload of /retirement: every survey figure from retirement.csv and the claims about those measures.
import { SURVEY_MEASURES } from '$lib/core/schema/vocabulary';
import type { Figure } from '$lib/core/schema/figure';
import type { ClaimListItem, Provenance } from '$lib/pages/types';
import { compareVintages } from '$lib/core/vintage';
import type { LedgerIndex } from '../ledgerIndex';
import { byClaimId, claimListItem, provenanceOf } from './slim';
import { layoutChart, type ChartOf } from '$lib/charts/registry';

export type RetirementView = {
	figures: Figure[];
	checks: ClaimListItem[];
	provenance: Provenance;
	/** One survey chart per measure that has percentages, laid out for the default view. */
	charts: Record<string, ChartOf<'retirementSurveys'>>;
};

/** Claims whose measure is about retiring, including claim-only measures like eligibility. */
const isRetirementMeasure = (m: string) => m.includes('retir');

export function buildRetirementView(index: LedgerIndex): RetirementView {
	const survey = new Set<string>(SURVEY_MEASURES);
	const figures = index.ledger.figures
		.filter((f) => index.ledger.datasetOf.get(f.id) === 'retirement.csv' && survey.has(f.measure))
		.sort(
			(a, b) =>
				compareVintages(a.vintage, b.vintage) ||
				(a.occupation < b.occupation ? -1 : a.occupation > b.occupation ? 1 : 0) ||
				(a.id < b.id ? -1 : 1)
		);
	const checks = index.ledger.checks
		.filter((c) => isRetirementMeasure(c.claim.measure))
		.map(claimListItem)
		.sort(byClaimId);
	const provenance = provenanceOf(index, figures, checks);
	const charts: RetirementView['charts'] = {};
	for (const measure of new Set(figures.filter((f) => f.unit === 'percent').map((f) => f.measure)))
		charts[measure] = layoutChart('retirementSurveys', {
			figures,
			sources: provenance.sources,
			measures: [measure],
			claims: checks
		});
	return { figures, checks, provenance, charts };
}
