// The /sources payload: every source grouped by kind with its figure and claim counts, the release
// dates, and the citation chain of each claiming document (whom it credits → what its numbers match).
import type { ClaimCheck } from '$lib/core/ledger/types';
import type { Release } from '$lib/core/schema/release';
import type { Source } from '$lib/core/schema/source';
import { SOURCE_KINDS, type SourceKind } from '$lib/core/schema/vocabulary';
import type { LedgerIndex } from '../ledgerIndex';

export type SourceRow = Source & { figures: number; claims: number };

export type KindGroup = {
	kind: SourceKind;
	label: string;
	description: string;
	sources: SourceRow[];
};

/** Where a document's number really comes from: an origin (publisher) and vintage, read in a source. */
export type MatchedOrigin = {
	origin: string;
	vintage: string;
	/** The source the matching figure was read from. */
	sourceId: string;
	sourceTitle: string;
	sourceUrl: string;
	/** Set when that source is a copy or summary (the origin is its original publisher). */
	via: string | null;
	claims: number;
};

export type Attribution = {
	attributedTo: string;
	claims: number;
	matches: MatchedOrigin[];
	unmatched: number;
};

export type DocumentChain = {
	id: string;
	kind: string;
	publisher: string;
	title: string;
	url: string;
	published: string;
	claims: number;
	attributions: Attribution[];
};

export type SourcesPageView = {
	groups: KindGroup[];
	releases: Release[];
	chains: DocumentChain[];
	totals: { sources: number; figures: number; claims: number };
};

export const KIND_TEXT: Record<SourceKind, { label: string; description: string }> = {
	official: {
		label: 'Official',
		description: 'Read on the publisher’s own page or file (BLS or a state labour department).'
	},
	reproduction: {
		label: 'Reproductions',
		description:
			'Third-party copies of official statistics. Each names the official table it copies.'
	},
	survey: {
		label: 'Surveys',
		description: 'Professional-society surveys, first-hand or summarised.'
	},
	article: { label: 'Articles', description: 'News and blog articles that make claims.' },
	marketing: {
		label: 'Marketing and career sites',
		description: 'College, training and career-site pages that make claims.'
	}
};

const byText = (a: string, b: string) =>
	a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true });

function countBy<T>(items: readonly T[], key: (t: T) => string): Map<string, number> {
	const m = new Map<string, number>();
	for (const t of items) m.set(key(t), (m.get(key(t)) ?? 0) + 1);
	return m;
}

export function buildKindGroups(index: LedgerIndex): KindGroup[] {
	const figures = countBy(index.ledger.figures, (f) => f.source_id);
	const claims = countBy(index.ledger.claims, (c) => c.document_id);
	const rows: SourceRow[] = index.ledger.sources.map((s) => ({
		...s,
		figures: figures.get(s.source_id) ?? 0,
		claims: claims.get(s.source_id) ?? 0
	}));
	return SOURCE_KINDS.map((kind) => ({
		kind,
		...KIND_TEXT[kind],
		sources: rows
			.filter((s) => s.kind === kind)
			.sort(
				(a, b) =>
					byText(a.publisher, b.publisher) ||
					byText(a.title, b.title) ||
					(a.source_id < b.source_id ? -1 : 1)
			)
	})).filter((g) => g.sources.length > 0);
}

function originOf(
	source: Source | null,
	sourceId: string,
	vintage: string
): Omit<MatchedOrigin, 'claims'> {
	if (!source)
		return { origin: sourceId, vintage, sourceId, sourceTitle: sourceId, sourceUrl: '', via: null };
	const copied = source.original_publisher !== '' && source.original_publisher !== source.publisher;
	return {
		origin: copied ? source.original_publisher : source.publisher,
		vintage,
		sourceId: source.source_id,
		sourceTitle: source.title,
		sourceUrl: source.url,
		via: copied ? source.publisher : null
	};
}

/** Group one document's checks by what they credit, and list what their matched figures really are. */
export function attributionsOf(checks: readonly ClaimCheck[]): Attribution[] {
	const byCredit = new Map<string, ClaimCheck[]>();
	for (const c of checks)
		byCredit.set(c.claim.attributed_to, [...(byCredit.get(c.claim.attributed_to) ?? []), c]);
	return [...byCredit]
		.map(([attributedTo, list]) => {
			const origins = new Map<string, MatchedOrigin>();
			let unmatched = 0;
			for (const c of list) {
				const matches = c.figures.filter((m) => m.role === 'match');
				if (matches.length === 0) unmatched++;
				const seen = new Set<string>();
				for (const m of matches) {
					const key = `${m.figure.source_id}\u0001${m.figure.vintage}`;
					if (seen.has(key)) continue;
					seen.add(key);
					const o = origins.get(key) ?? {
						...originOf(m.source, m.figure.source_id, m.figure.vintage),
						claims: 0
					};
					o.claims++;
					origins.set(key, o);
				}
			}
			const matches = [...origins.values()].sort(
				(a, b) =>
					byText(a.origin, b.origin) ||
					byText(a.vintage, b.vintage) ||
					(a.sourceId < b.sourceId ? -1 : 1)
			);
			return { attributedTo, claims: list.length, matches, unmatched };
		})
		.sort((a, b) => b.claims - a.claims || byText(a.attributedTo, b.attributedTo));
}

export function buildCitationChains(index: LedgerIndex): DocumentChain[] {
	const byDocument = new Map<string, ClaimCheck[]>();
	for (const c of index.ledger.checks)
		byDocument.set(c.claim.document_id, [...(byDocument.get(c.claim.document_id) ?? []), c]);
	return [...byDocument]
		.map(([id, checks]) => {
			const d = index.sourceById.get(id);
			return {
				id,
				kind: d?.kind ?? '',
				publisher: d?.publisher ?? '',
				title: d?.title ?? id,
				url: d?.url ?? '',
				published: d?.published ?? '',
				claims: checks.length,
				attributions: attributionsOf(checks)
			};
		})
		.sort(
			(a, b) =>
				byText(a.publisher, b.publisher) || byText(a.title, b.title) || (a.id < b.id ? -1 : 1)
		);
}

export function buildSourcesPageView(index: LedgerIndex): SourcesPageView {
	return {
		groups: buildKindGroups(index),
		releases: [...index.ledger.releases].sort((a, b) => byText(a.vintage, b.vintage)),
		chains: buildCitationChains(index),
		totals: {
			sources: index.ledger.sources.length,
			figures: index.ledger.figures.length,
			claims: index.ledger.claims.length
		}
	};
}
