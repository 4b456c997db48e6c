// Citation numbers for one brief, assigned in the order the page shows its figures.
import type { Source } from '$lib/core/schema/source';
import { Citations, type Reference } from './citations';
import type { BriefModel } from './select';
import type { BriefFigure, BriefPayload } from './types';

/** printedUpTo: the last number cited by what is printed; later ones are cited only by rows shown on screen. */
export type BriefCitations = {
	num: (sourceId: string | undefined) => number | null;
	references: Reference[];
	printedUpTo: number;
};

export function citeBrief(
	model: BriefModel,
	payload: BriefPayload,
	sources: readonly Source[],
	track: readonly BriefFigure[],
	printedClaims = Infinity
): BriefCitations {
	const c = new Citations(new Map(sources.map((s) => [s.source_id, s])));
	const cite = (id: string | undefined) => (id ? c.cite(id) : null);
	cite(payload.crosswalkSourceId);
	for (const l of model.lines)
		for (const f of [l.employment, l.growth, l.openings]) cite(f?.source_id);
	cite(model.allGrowth?.source_id);
	for (const l of model.lines) for (const f of [l.median, l.p10, l.p90]) cite(f?.source_id);
	for (const f of track) cite(f.source_id);
	for (const r of model.wageHistory) cite(r.median?.source_id ?? r.p10?.source_id);
	if (model.realYear !== null) cite(payload.cpi.sourceId);
	for (const s of payload.supply) cite(s.source_id);
	for (const f of payload.surveys) cite(f.source_id);
	payload.failing.slice(0, printedClaims).forEach((f) => cite(f.correct?.source_id));
	const printedUpTo = c.count;
	payload.failing.slice(printedClaims).forEach((f) => cite(f.correct?.source_id));
	return {
		num: (id) => (id ? c.cite(id) : null),
		references: c.references(payload.releases, payload.accessed),
		printedUpTo
	};
}
