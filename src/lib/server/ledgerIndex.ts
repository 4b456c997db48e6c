// The ledger as the view builders see it: loaded once per build, indexed by code.
// LEDGER_DATA_DIR lets benchmarks and local checks point at another data folder.
import { getLedger, type LedgerWithChecks } from './ledgerStore';
import type { Figure } from '$lib/core/schema/figure';
import type { ClaimCheck } from '$lib/core/ledger/types';
import type { Source } from '$lib/core/schema/source';

export type LedgerIndex = {
	ledger: LedgerWithChecks;
	bySoc: Map<string, Figure[]>;
	sourceById: Map<string, Source>;
	releaseOf: Map<string, string>;
	titleOf: Map<string, string>;
	/** Checks whose claim names this code, or whose matched/nearest figures are of this code. */
	checksBySoc: Map<string, ClaimCheck[]>;
};

let cached: LedgerIndex | null = null;

export function ledgerIndex(): LedgerIndex {
	if (cached) return cached;
	cached = indexLedger(getLedger(process.env.LEDGER_DATA_DIR ?? 'data'));
	return cached;
}

export function indexLedger(ledger: LedgerWithChecks): LedgerIndex {
	const bySoc = new Map<string, Figure[]>();
	for (const f of ledger.figures) push(bySoc, f.soc_code, f);
	const checksBySoc = new Map<string, ClaimCheck[]>();
	for (const c of ledger.checks) {
		const codes = new Set<string>();
		if (c.claim.scope_code) codes.add(c.claim.scope_code);
		for (const m of c.figures)
			if (m.role === 'match' || m.role === 'nearest') codes.add(m.figure.soc_code);
		for (const code of codes) push(checksBySoc, code, c);
	}
	const titleOf = new Map<string, string>();
	for (const f of ledger.figures)
		if (f.soc_code && !titleOf.has(f.soc_code)) titleOf.set(f.soc_code, f.occupation);
	for (const o of ledger.occupations) titleOf.set(o.soc_code, o.title);
	return {
		ledger,
		bySoc,
		sourceById: new Map(ledger.sources.map((s) => [s.source_id, s])),
		releaseOf: new Map(ledger.releases.map((r) => [r.vintage, r.released])),
		titleOf,
		checksBySoc
	};
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}
