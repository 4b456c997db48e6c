// What a chart component receives from the server: the model (laid out at CHART_WIDTH), its
// one-sentence description and a key of the inputs it was computed from. Deliberately free of d3 and
// of the model functions, so a page can render a chart without shipping them: they load lazily
// (layouts.ts) only when the plot's width or the figures differ from what the server laid out.
import type { SourceCredit } from '../../core/format/sourceLine';
import type { Figure } from '$lib/core/schema/figure';
import type { ClaimSummary } from '$lib/core/ledger/types';

/** The plot width on a desktop screen (.wrap: 72rem minus 2 × 1rem padding), where most readers are. */
export const CHART_WIDTH = 1120;
/** A measured width this close to the model's just scales the SVG (viewBox) instead of re-laying it out. */
export const RELAYOUT_PX = 48;

export type LaidOut<M> = M & { description: string; key: string; credits: SourceCredit[] };

export type KeyInput = { figures: readonly Figure[]; claims?: readonly ClaimSummary[] };

/** A short hash (FNV-1a) of the figure and claim ids a chart is drawn from. */
export function inputKey({ figures, claims = [] }: KeyInput): string {
	let h = 0x811c9dc5;
	const add = (s: string) => {
		for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
		h = Math.imul(h ^ 44, 0x01000193);
	};
	for (const f of figures) add(f.id);
	add('|');
	for (const c of claims) add(c.claim.id);
	return `${figures.length}.${claims.length}.${(h >>> 0).toString(36)}`;
}
