// One reconciler over every figure must give each group of claims, byte for byte, what reconcile
// gives it on the figures the checker would fetch for that group alone; and equal copies of
// figures must change nothing (the first of equals wins). Shipped and synthetic claims.
import { beforeAll, describe, expect, it } from 'vitest';
import { readLedger, type Ledger } from '../../../src/lib/server/readLedger';
import { createReconciler, reconcile } from '../../../src/lib/core/ledger/reconcile';
import { checkerGroups, figuresBySoc, storeInput, syntheticClaims } from './syntheticClaims';

let ledger: Ledger;
beforeAll(() => {
	ledger = readLedger('data');
});

describe('reconcile, one reconciler for everything against one list per group', () => {
	it('gives each group of shipped and synthetic claims the checks it gets on its own figures', () => {
		const { bySoc, codes } = figuresBySoc(ledger.figures);
		// Every code's figures, in the order the figure store lists them: codes sorted, surveys last.
		const everything = [...[...codes].sort(), ''].flatMap((code) =>
			[...bySoc.get(code)!.values()].flat()
		);
		const { sources, releases } = ledger;
		const once = createReconciler({ figures: everything, sources, releases });
		const groups = checkerGroups([...ledger.claims, ...syntheticClaims(ledger, 1500, 11)]);
		const headlines = new Set<string>();
		let compared = 0;
		for (const group of groups) {
			const own = reconcile(group, { figures: storeInput(group, bySoc, codes), sources, releases });
			const shared = JSON.stringify(once(group));
			expect(shared).toBe(JSON.stringify(own));
			// Again, now that runs and distances are remembered from the first call.
			expect(JSON.stringify(once(group))).toBe(shared);
			for (const c of own) headlines.add(c.verdicts[0] ?? 'none');
			compared += group.length;
		}
		expect(compared).toBe(ledger.claims.length + 1500);
		// The claims reach every headline verdict, so every rule was compared.
		expect([...headlines].sort()).toEqual([
			'confirmed',
			'mixed_vintages',
			'no_match',
			'outdated',
			'unsourced',
			'wrong_period',
			'wrong_scope'
		]);
	});

	it('gives the same verdicts when every figure is followed by an equal copy, and matches the first of equals', () => {
		const { bySoc, codes } = figuresBySoc(ledger.figures);
		const { sources, releases } = ledger;
		for (const group of checkerGroups(syntheticClaims(ledger, 400, 5))) {
			const figures = storeInput(group, bySoc, codes);
			const doubled = figures.flatMap((f) => [f, { ...f, occupation: `${f.occupation} (copy)` }]);
			const plain = reconcile(group, { figures, sources, releases });
			const copied = reconcile(group, { figures: doubled, sources, releases });
			expect(copied.map((c) => c.verdicts)).toEqual(plain.map((c) => c.verdicts));
			for (const [i, c] of copied.entries()) {
				const picked = (list: typeof c.figures) =>
					list.filter((f) => f.role !== 'context').map((f) => f.figure);
				expect(picked(c.figures), c.claim.id).toEqual(picked(plain[i]!.figures));
			}
		}
	});
});
