// Numbered citations: [n] in order of first use, one entry per source (the same source id, or the same
// publisher + title + URL under another id, gets the same number), in an APA-like reference style:
// Publisher. (Year). Title [Vintage]. Copy of: Original. URL. Accessed YYYY-MM-DD.
import type { Source } from '$lib/core/schema/source';

/** A reference in parts, so the URL can be a link: `${lead} ${url}. ${tail}`. */
export type Reference = {
	n: number;
	sourceIds: string[];
	lead: string;
	url: string;
	tail: string;
	text: string;
};

const identity = (s: Source) => `${s.publisher}|${s.title}|${s.url}`;

/** The year a source was published: its own date, else the release date of its vintage, else n.d. */
export function referenceYear(s: Source, releases: Record<string, string>): string {
	if (s.published) return s.published.slice(0, 4);
	const released = s.vintage
		.split('; ')
		.map((v) => releases[v])
		.find((d) => d !== undefined);
	return released ? released.slice(0, 4) : 'n.d.';
}

const stop = (s: string) => (/[.?!]$/.test(s) ? s : `${s}.`);

/** Author and title are the original's for a copy; the copy actually read is named, and its URL given. */
export function referenceParts(
	s: Source,
	releases: Record<string, string>,
	accessed: string
): { lead: string; url: string; tail: string } {
	const author = s.original_publisher || s.publisher;
	const title = s.original_title || s.title;
	// The vintage in brackets, unless the title already names it (e.g. "… 2024-34" for EP 2024-34).
	const core = /\d{4}(-\d{2})?$/.exec(s.vintage)?.[0] ?? s.vintage;
	const named = s.vintage === '' || (core !== '' && title.includes(core));
	const parts = [
		stop(author),
		`(${referenceYear(s, releases)}).`,
		stop(named ? title : `${title} [${s.vintage}]`)
	];
	// The source actually read, when it is a copy or summary; its URL identifies it (for GitHub: repository, commit, path).
	if (s.original_title) parts.push(`Read in ${s.publisher.replace(/^GitHub: /, 'GitHub ')}:`);
	return { lead: parts.join(' '), url: s.url, tail: `Accessed ${accessed}.` };
}

export function formatReference(
	s: Source,
	releases: Record<string, string>,
	accessed: string
): string {
	const p = referenceParts(s, releases, accessed);
	return `${p.lead} ${p.url}. ${p.tail}`;
}

export class Citations {
	private readonly byId = new Map<string, number>();
	private readonly byIdentity = new Map<string, number>();
	private readonly list: { n: number; source: Source; ids: string[] }[] = [];
	constructor(private readonly sources: ReadonlyMap<string, Source>) {}

	/** The citation number of a source, assigned on first use; null for an unknown source. */
	cite(sourceId: string): number | null {
		const known = this.byId.get(sourceId);
		if (known !== undefined) return known;
		const source = this.sources.get(sourceId);
		if (!source) return null;
		const same = this.byIdentity.get(identity(source));
		if (same !== undefined) {
			this.byId.set(sourceId, same);
			this.list[same - 1]!.ids.push(sourceId);
			return same;
		}
		const n = this.list.length + 1;
		this.list.push({ n, source, ids: [sourceId] });
		this.byId.set(sourceId, n);
		this.byIdentity.set(identity(source), n);
		return n;
	}

	get count(): number {
		return this.list.length;
	}

	references(releases: Record<string, string>, accessed: string): Reference[] {
		return this.list.map((e) => ({
			n: e.n,
			sourceIds: e.ids,
			...referenceParts(e.source, releases, accessed),
			text: formatReference(e.source, releases, accessed)
		}));
	}
}
