// Several sources can publish the same key (a table's 4.9 next to a rounded OOH "5").
// One rule picks the figure to draw; the others stay available as alternatives.
import type { Figure } from '$lib/core/schema/figure';
import type { Source } from '$lib/core/schema/source';
import { compareFigures as compareLedgerFigures } from '$lib/core/ledger/consistentView';

/** The ledger's one preference rule (src/lib/ledger/consistentView.ts), applied within a chart's key. */
export function compareFigures(a: Figure, b: Figure, sources: ReadonlyMap<string, Source>): number {
	return compareLedgerFigures(a, b, (id) => sources.get(id)?.kind);
}

export type Picked = { figure: Figure; alternatives: Figure[] };

/** The preferred figure per key, in key first-seen order. */
export function pickFigure(
	figures: readonly Figure[],
	sources: ReadonlyMap<string, Source>,
	key: (f: Figure) => string
): Map<string, Picked> {
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
export function alternativeNotes(
	p: Picked,
	sources: ReadonlyMap<string, Source>,
	show: (f: Figure) => string
): string[] {
	return p.alternatives.map(
		(f) =>
			`Also published as ${show(f)} (${f.qualifier}) by ${sources.get(f.source_id)?.publisher ?? f.source_id}`
	);
}
