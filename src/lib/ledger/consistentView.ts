// One preferred figure per (measure, occupation, geography, period), with every alternative kept.
// Preference, in order: newest vintage; official over reproduction over survey; a published figure
// over a computed one; exact over rounded over "about"; then id, so the choice is deterministic.
import type { Figure } from '../schema/figure';
import type { Source } from '../schema/source';
import { vintageOrder } from './vintageOrder';

export type FigureChoice = { key: string; preferred: Figure; alternatives: Figure[] };

const KIND_RANK: Record<string, number> = { official: 0, reproduction: 1, survey: 2, article: 3, marketing: 4 };
const QUALIFIER_RANK: Record<string, number> = { exact: 0, rounded: 1, about: 2 };

export const figureKey = (f: Figure) => [f.measure, f.soc_code, f.geography, f.period_start, f.period_end].join('|');

export function consistentView(figures: Figure[], sources: Source[]): Map<string, FigureChoice> {
	const kindOf = new Map(sources.map((s) => [s.source_id, s.kind]));
	const rank = (a: Figure, b: Figure) =>
		vintageOrder(b.vintage).order - vintageOrder(a.vintage).order ||
		(KIND_RANK[kindOf.get(a.source_id) ?? ''] ?? 9) - (KIND_RANK[kindOf.get(b.source_id) ?? ''] ?? 9) ||
		Number(a.derivation !== '') - Number(b.derivation !== '') ||
		(QUALIFIER_RANK[a.qualifier] ?? 9) - (QUALIFIER_RANK[b.qualifier] ?? 9) ||
		a.id.localeCompare(b.id);
	const groups = new Map<string, Figure[]>();
	for (const f of figures) {
		const key = figureKey(f);
		const list = groups.get(key);
		if (list) list.push(f);
		else groups.set(key, [f]);
	}
	const out = new Map<string, FigureChoice>();
	for (const [key, list] of groups) {
		const [preferred, ...alternatives] = [...list].sort(rank);
		out.set(key, { key, preferred: preferred!, alternatives });
	}
	return out;
}
