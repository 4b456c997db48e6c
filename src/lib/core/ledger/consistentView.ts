// One preferred figure per (measure, occupation, geography, period), with every alternative kept.
// The single preference rule, used by reconciliation's consistent view and by every chart:
//   1. newest vintage;
//   2. statistics (official or a reproduction of them) over surveys, surveys over documents;
//   3. exact over rounded over "about": a table's 4.9 and the OOH's rounded "5" are one statistic,
//      and the unrounded value carries more of it;
//   4. official over reproduction;
//   5. a published figure over one computed from line items;
//   6. then id, so the choice is deterministic.
import type { Figure } from '../schema/figure';
import type { Source } from '../schema/source';
import { vintageOrder } from '../vintage';
import { figureRanks } from './figureRanks';

export type FigureChoice = { key: string; preferred: Figure; alternatives: Figure[] };

export const figureKey = (f: Figure) =>
	[f.measure, f.soc_code, f.geography, f.period_start, f.period_end].join('|');

/** Negative when a is preferred over b. kindOf gives a figure's source kind. */
export function compareFigures(
	a: Figure,
	b: Figure,
	kindOf: (sourceId: string) => string | undefined
): number {
	const ka = kindOf(a.source_id) ?? '';
	const kb = kindOf(b.source_id) ?? '';
	return (
		vintageOrder(b.vintage).order - vintageOrder(a.vintage).order ||
		figureRanks.tier(ka) - figureRanks.tier(kb) ||
		Number(a.value === null) - Number(b.value === null) ||
		figureRanks.qualifier(a.qualifier) - figureRanks.qualifier(b.qualifier) ||
		figureRanks.sourceKind(ka) - figureRanks.sourceKind(kb) ||
		Number(a.derivation !== '') - Number(b.derivation !== '') ||
		(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
}

export function consistentView(figures: Figure[], sources: Source[]): Map<string, FigureChoice> {
	const kinds = new Map(sources.map((s) => [s.source_id, s.kind]));
	const kindOf = (id: string) => kinds.get(id);
	const groups = new Map<string, Figure[]>();
	for (const f of figures) {
		const key = figureKey(f);
		const list = groups.get(key);
		if (list) list.push(f);
		else groups.set(key, [f]);
	}
	const out = new Map<string, FigureChoice>();
	for (const [key, list] of groups) {
		const [preferred, ...alternatives] = [...list].sort((a, b) => compareFigures(a, b, kindOf));
		out.set(key, { key, preferred: preferred!, alternatives });
	}
	return out;
}
