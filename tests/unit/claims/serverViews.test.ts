// The /claims and /sources payloads built from the shipped data.
import { describe, expect, it } from 'vitest';
import { indexLedger } from '$lib/server/ledgerIndex';
import { getLedger } from '$lib/server/ledgerStore';
import { buildClaimsLedgerView } from '$lib/server/payloads/claimsLedger';
import { buildSourcesPageView } from '$lib/server/payloads/sourcesView';
import { ledgerCsv } from '$lib/claims/exportLedger';

const index = indexLedger(getLedger('data'));

describe('claims ledger view', () => {
	const view = buildClaimsLedgerView(index);

	it('carries every claim once, problems first, with only its own matched figures', () => {
		expect(view.entries).toHaveLength(index.ledger.claims.length);
		expect(new Set(view.entries.map((e) => e.record.id)).size).toBe(view.entries.length);
		expect(view.entries.at(-1)!.record.verdicts[0]).toBe('confirmed');
		const shipped = view.entries.reduce((n, e) => n + e.record.matched_figures.length, 0);
		expect(shipped).toBe(index.ledger.checks.reduce((n, c) => n + c.figures.length, 0));
	});

	it('offers filter options with counts that add up', () => {
		expect(view.options.documents.reduce((n, o) => n + o.count, 0)).toBe(view.entries.length);
		expect(view.options.measures.reduce((n, o) => n + o.count, 0)).toBe(view.entries.length);
		expect(view.options.occupations.find((o) => o.value === '29-2010')?.label).toMatch(
			/\(29-2010\)$/
		);
	});

	it('exports one CSV row per matched figure (or one per claim without figures)', () => {
		const rows = ledgerCsv(view.entries).trimEnd().split('\r\n').length - 1;
		const expected = view.entries.reduce(
			(n, e) => n + Math.max(1, e.record.matched_figures.length),
			0
		);
		// Quoted cells never contain CRLF in this data, so lines = rows.
		expect(rows).toBe(expected);
	});
});

describe('sources view', () => {
	const view = buildSourcesPageView(index);

	it('lists every source once, grouped by kind, with figure and claim counts', () => {
		const all = view.groups.flatMap((g) => g.sources);
		expect(all).toHaveLength(index.ledger.sources.length);
		expect(all.reduce((n, s) => n + s.figures, 0)).toBe(index.ledger.figures.length);
		expect(all.reduce((n, s) => n + s.claims, 0)).toBe(index.ledger.claims.length);
		for (const s of view.groups.find((g) => g.kind === 'reproduction')!.sources)
			expect(s.original_title).not.toBe('');
	});

	it('traces the Beacon Hill guide: San Juan College matches nothing', () => {
		const guide = view.chains.find((c) => c.id === 'doc:beacon-hill-career-path-guide')!;
		const sanJuan = guide.attributions.find((a) => a.attributedTo === 'San Juan College')!;
		expect(sanJuan).toMatchObject({ claims: 2, matches: [], unmatched: 2 });
	});

	it('traces the 2026 article: its BLS new-positions figure matches EP 2022-32', () => {
		const article = view.chains.find((c) => c.id === 'doc:beacon-hill-2026-smart-choice')!;
		const bls = article.attributions.find((a) => a.attributedTo === 'BLS')!;
		expect(bls.matches.map((m) => `${m.origin} ${m.vintage}`)).toContain(
			'U.S. Bureau of Labor Statistics EP 2022-32'
		);
	});
});
