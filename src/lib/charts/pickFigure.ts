// Several sources can publish the same key (a table's 4.9 next to a rounded OOH "5").
// One rule picks the figure to draw; the others stay available as alternatives.
import type { Figure } from '$lib/schema/figure';
import type { Source } from '$lib/schema/source';

const KIND_RANK: Record<string, number> = { official: 0, reproduction: 1, survey: 2 };
/** Documents that make claims are a last resort as evidence. */
const TIER: Record<string, number> = { official: 0, reproduction: 0, survey: 0 };
const QUALIFIER_RANK: Record<string, number> = { exact: 0, rounded: 1, about: 2 };

/** Statistical sources before articles; exact before rounded (a table's 4.9 beats the OOH's "5");
 * published before computed; official before copies; then by id for stability. */
export function compareFigures(a: Figure, b: Figure, sources: ReadonlyMap<string, Source>): number {
	const kind = (f: Figure) => sources.get(f.source_id)?.kind ?? '';
	const rank = (f: Figure) => [
		TIER[kind(f)] ?? 1,
		QUALIFIER_RANK[f.qualifier] ?? 3,
		f.derivation === '' ? 0 : 1,
		KIND_RANK[kind(f)] ?? 3,
		f.value === null ? 1 : 0
	];
	const ra = rank(a);
	const rb = rank(b);
	for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export type Picked = { figure: Figure; alternatives: Figure[] };

/** The preferred figure per key, in key first-seen order. */
export function pickFigure(figures: readonly Figure[], sources: ReadonlyMap<string, Source>, key: (f: Figure) => string): Map<string, Picked> {
	const groups = new Map<string, Figure[]>();
	for (const f of figures) {
		const k = key(f);
		const g = groups.get(k);
		if (g) g.push(f);
		else groups.set(k, [f]);
	}
	const out = new Map<string, Picked>();
	for (const [k, g] of groups) {
		const sorted = [...g].sort((a, b) => compareFigures(a, b, sources));
		out.set(k, { figure: sorted[0]!, alternatives: sorted.slice(1) });
	}
	return out;
}

/** "Also published as 5 (rounded) by …" notes for a tooltip. */
export function alternativeNotes(p: Picked, sources: ReadonlyMap<string, Source>, show: (f: Figure) => string): string[] {
	return p.alternatives.map((f) => `Also published as ${show(f)} (${f.qualifier}) by ${sources.get(f.source_id)?.publisher ?? f.source_id}`);
}
