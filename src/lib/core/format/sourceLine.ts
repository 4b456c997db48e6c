// The "Source:" line under a chart, built from the sources of the figures actually drawn.
// A figure that reached us through a reproduction (a verbatim copy of an official table) is
// credited to the original publisher and table, then "via" the copy, so a reader sees whose data
// it is and where we read it. Copies of one publisher's series (e.g. Employment Projections of
// several vintages, each read from a different copy) share one credit with numbered copy links.
import type { Figure } from '$lib/core/schema/figure';
import type { Source } from '$lib/core/schema/source';
import { safeHref } from './safeHref';
import { copiesLead, vintageSpan, type SourceCredit } from './creditText';

export { copiesLead, copyTitle, vintageSpan } from './creditText';

export type { SourceCopy, SourceCredit } from './creditText';

/**
 * The series a dated table belongs to: "Employment Projections 2018-28: occupational projections …" →
 * "Employment Projections"; "OEWS national … wage estimates, May 2023 (national_M2023_dl)" →
 * "OEWS national … wage estimates".
 */
export const titleStem = (title: string) =>
	title
		.split(':')[0]!
		.replace(
			/,?\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?\d{4}(?:-\d{2,4})?(?:\s+\([^()]*\))?$/,
			''
		)
		.trim();
const copyLabel = (s: Source) => s.publisher.replace(/:\s*/, ' ');

/** One credit per source (per original series for reproductions), in first-use order, with the vintages drawn. */
export function sourceLine(figures: readonly Figure[], sources: readonly Source[]): SourceCredit[] {
	const byId = new Map(sources.map((s) => [s.source_id, s]));
	const credits = new Map<string, SourceCredit & { originals: Set<string>; titles: Set<string> }>();
	for (const f of figures) {
		const s = byId.get(f.source_id);
		const copy =
			s?.kind === 'reproduction' && s.original_publisher !== '' && s.original_title !== '';
		const key = copy
			? `copy\u0000${s.original_publisher}\u0000${titleStem(s.original_title)}`
			: `src\u0000${f.source_id}`;
		let c = credits.get(key);
		if (!c) {
			c = {
				sourceId: f.source_id,
				publisher: copy ? s.original_publisher : (s?.publisher ?? 'Unknown publisher'),
				title: copy ? s.original_title : (s?.title ?? f.source_id),
				href: safeHref(copy ? s.original_url : s?.url),
				vintages: [],
				copies: [],
				originals: new Set(),
				titles: new Set()
			};
			credits.set(key, c);
		}
		if (copy && !c.copies.some((x) => x.sourceId === s.source_id)) {
			c.copies.push({
				sourceId: s.source_id,
				label: copyLabel(s),
				detail: s.title,
				vintage: s.vintage,
				href: safeHref(s.url)
			});
			c.originals.add(s.original_url);
			c.titles.add(s.original_title);
		}
		if (!c.vintages.includes(f.vintage)) c.vintages.push(f.vintage);
	}
	return [...credits.values()].map(({ originals, titles, ...c }) => {
		if (c.copies.length < 2) return c;
		const first = byId.get(c.copies[0]!.sourceId)!;
		return {
			...c,
			title: titles.size === 1 ? c.title : titleStem(first.original_title),
			href: originals.size === 1 ? safeHref(first.original_url) : null
		};
	});
}

/** The same credits as plain text, for exported images and CSV footers. */
export function sourceLineText(credits: readonly SourceCredit[]): string {
	if (credits.length === 0) return 'Source: none';
	const one = (c: SourceCredit) => {
		const head = `${c.publisher}, ${c.title} (${vintageSpan(c.vintages)})${c.href ? ` ${c.href}` : ''}`;
		if (c.copies.length === 0) return head;
		if (c.copies.length === 1) {
			const x = c.copies[0]!;
			return `${head}, ${copiesLead(c)} ${x.label}${x.href ? ` ${x.href}` : ''}`;
		}
		return `${head}, ${copiesLead(c)} ${c.copies.map((x, i) => `[${i + 1}] ${x.vintage ? `${x.vintage} ` : ''}${x.label}${x.href ? ` ${x.href}` : ''}`).join(' ')}`;
	};
	return `Source: ${credits.map(one).join('; ')}`;
}
