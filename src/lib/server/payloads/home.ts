// The payload of /: the featured occupation's headlines and nothing else.
import { FEATURED_SOC } from '$lib/config';
import type { Figure } from '$lib/core/schema/figure';
import type { Headline, Provenance } from '$lib/pages/types';
import type { LedgerIndex } from '../ledgerIndex';
import { headlinesFor, retirementHeadline } from './headlines';
import { provenanceOf } from './slim';

export type HomeView = {
	soc: string;
	title: string;
	headlines: Headline[];
	retirement: Headline;
	occupationCount: number;
	provenance: Provenance;
};

export function buildHomeView(index: LedgerIndex, soc = FEATURED_SOC): HomeView {
	const headlines = headlinesFor(index, soc);
	const retirement = retirementHeadline(index, soc);
	const figures: Figure[] = [
		...headlines.flatMap((h) => (h.figure ? [h.figure] : [])),
		...(retirement.range ? [retirement.range.low, retirement.range.high] : [])
	];
	return {
		soc,
		title: index.titleOf.get(soc) ?? soc,
		headlines,
		retirement,
		occupationCount: index.ledger.occupations.length,
		provenance: provenanceOf(index, figures)
	};
}
