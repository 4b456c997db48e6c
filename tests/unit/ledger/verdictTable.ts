// One table row: a hand-made ledger and a claim, and what reconcile must say about that claim.
import { expect, it } from 'vitest';
import { reconcile } from '../../../src/lib/core/ledger/reconcile';
import type { Difference, DocumentDate, Verdict } from '../../../src/lib/core/ledger/types';
import type { Claim } from '../../../src/lib/core/schema/claim';
import type { Figure } from '../../../src/lib/core/schema/figure';
import type { Release } from '../../../src/lib/core/schema/release';
import { source } from './verdictFixtures';

export type Row = {
	name: string;
	figures: Figure[];
	claim: Claim;
	/** Other claims of the same document, reconciled with it (they may date it). */
	alongside?: Claim[];
	/** When the article "doc" is dated; '' for undated. Default 2024-01-15. */
	dated?: string;
	releases?: Release[];
	verdicts: Verdict[];
	/** Every figure shown, in order, as "role end id". */
	shown?: string[];
	/** Sentences (or parts) the explanation contains, in this order. */
	says?: string[];
	differences?: Difference['kind'][];
	documentDate?: DocumentDate;
};

export function checkRow(row: Row) {
	it(row.name, () => {
		const sources = [source('bls'), source('doc', 'article', row.dated ?? '2024-01-15')];
		const input = { figures: row.figures, sources, releases: row.releases ?? [] };
		const check = reconcile([row.claim, ...(row.alongside ?? [])], input)[0]!;
		expect(check.claim).toBe(row.claim);
		expect(check.verdicts).toEqual(row.verdicts);
		if (row.shown)
			expect(check.figures.map((f) => `${f.role} ${f.end} ${f.figure.id}`)).toEqual(row.shown);
		let from = 0;
		for (const part of row.says ?? []) {
			const at = check.explanation.indexOf(part, from);
			expect(
				at,
				`"${part}" after position ${from} in: ${check.explanation}`
			).toBeGreaterThanOrEqual(0);
			from = at + part.length;
		}
		if (row.differences) expect(check.differences.map((d) => d.kind)).toEqual(row.differences);
		if (row.documentDate) expect(check.documentDate).toEqual(row.documentDate);
	});
}
