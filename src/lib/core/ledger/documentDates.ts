// When each document appeared: as its source states, or inferred from the newest release it
// demonstrably cites (a figure one of its claims matches for the stated period).
import type { Figure } from '../schema/figure';
import { vintageOrder } from '../vintage';
import type { DocumentDating, Draft, Lookup } from './judgement';

export function documentDates(
	drafts: readonly Draft[],
	ledger: Pick<Lookup, 'sourceById' | 'releaseOf'>
): Map<string, DocumentDating> {
	const { sourceById, releaseOf } = ledger;
	const out = new Map<string, DocumentDating>();
	const cited = new Map<string, Figure[]>();
	for (const d of drafts) {
		for (const end of Object.values(d.ends)) {
			if (end?.best?.fits)
				cited.set(d.claim.document_id, [
					...(cited.get(d.claim.document_id) ?? []),
					end.best.figure
				]);
		}
	}
	for (const id of new Set(drafts.map((d) => d.claim.document_id))) {
		const published = sourceById.get(id)?.published ?? '';
		if (published !== '') {
			out.set(id, { kind: 'stated', date: published });
			continue;
		}
		const figures = (cited.get(id) ?? []).filter((f) => vintageOrder(f.vintage).family !== 'other');
		if (figures.length === 0) {
			out.set(id, { kind: 'unknown' });
			continue;
		}
		// The newest by release date where both are known; else by vintage, EP before OEWS.
		const newest = figures.reduce((a, b) => {
			const ra = releaseOf.get(vintageOrder(a.vintage).core);
			const rb = releaseOf.get(vintageOrder(b.vintage).core);
			if (ra && rb) return rb > ra ? b : a;
			const ka = vintageOrder(a.vintage);
			const kb = vintageOrder(b.vintage);
			if (ka.family === kb.family) return kb.order > ka.order ? b : a;
			return ka.family === 'EP' ? a : b;
		});
		const core = vintageOrder(newest.vintage).core;
		out.set(id, { kind: 'inferred', after: releaseOf.get(core) ?? null, vintage: core });
	}
	return out;
}

/** The earliest day a partial date (YYYY, YYYY-MM, YYYY-MM-DD) can stand for. */
const earliestDay = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
/** The latest day it can stand for. */
const latestDay = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);

/** Was a vintage certainly out when the document appeared? Unknown release dates never count. */
export function availableAt(
	vintage: string,
	date: DocumentDating,
	releaseOf: Map<string, string>
): boolean {
	const key = vintageOrder(vintage);
	const released = releaseOf.get(key.core);
	if (date.kind === 'stated')
		return released !== undefined && latestDay(released) <= earliestDay(date.date);
	if (date.kind === 'inferred') {
		const cited = vintageOrder(date.vintage);
		if (cited.family === key.family && key.order <= cited.order) return true;
		return (
			released !== undefined &&
			date.after !== null &&
			latestDay(released) <= earliestDay(date.after)
		);
	}
	return false;
}
