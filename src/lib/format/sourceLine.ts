// The "Source:" line under a chart, built from the sources of the figures actually drawn.
import type { Figure } from '$lib/schema/figure';
import type { Source } from '$lib/schema/source';
import { safeHref } from './safeHref';

export type SourceCredit = { sourceId: string; publisher: string; title: string; href: string | null; vintages: string[] };

/** One credit per source, in first-use order, with the vintages of the figures drawn from it. */
export function sourceLine(figures: readonly Figure[], sources: readonly Source[]): SourceCredit[] {
	const byId = new Map(sources.map((s) => [s.source_id, s]));
	const credits = new Map<string, SourceCredit>();
	for (const f of figures) {
		let c = credits.get(f.source_id);
		if (!c) {
			const s = byId.get(f.source_id);
			c = {
				sourceId: f.source_id,
				publisher: s?.publisher ?? 'Unknown publisher',
				title: s?.title ?? f.source_id,
				href: safeHref(s?.url),
				vintages: []
			};
			credits.set(f.source_id, c);
		}
		if (!c.vintages.includes(f.vintage)) c.vintages.push(f.vintage);
	}
	return [...credits.values()];
}

/** The same credits as plain text, for exported images and CSV footers. */
export function sourceLineText(credits: readonly SourceCredit[]): string {
	if (credits.length === 0) return 'Source: none';
	return `Source: ${credits.map((c) => `${c.publisher}, ${c.title} (${c.vintages.join(', ')})${c.href ? ` ${c.href}` : ''}`).join('; ')}`;
}
