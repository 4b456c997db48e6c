// The payloads of /claims (an interim list until the claims page issue lands) and /sources.
import type { ClaimCheck } from '$lib/core/ledger/types';
import type { Release } from '$lib/core/schema/release';
import type { Source } from '$lib/core/schema/source';
import type { LedgerIndex } from '../ledgerIndex';
import { byClaimId } from './slim';

/** Claims with their verdicts; matched figures are cut to id/role/vintage to keep the page light. */
export type ClaimRow = Omit<ClaimCheck, 'figures'> & {
	figures: { id: string; role: string; vintage: string; soc: string }[];
};

export function buildClaimsView(index: LedgerIndex): { claims: ClaimRow[] } {
	return {
		claims: [...index.ledger.checks].sort(byClaimId).map((c) => ({
			...c,
			figures: c.figures.map((m) => ({
				id: m.figure.id,
				role: m.role,
				vintage: m.figure.vintage,
				soc: m.figure.soc_code
			}))
		}))
	};
}

export function buildSourcesView(index: LedgerIndex): {
	sources: (Source & { figures: number })[];
	releases: Release[];
} {
	const counts = new Map<string, number>();
	for (const f of index.ledger.figures) counts.set(f.source_id, (counts.get(f.source_id) ?? 0) + 1);
	return {
		sources: index.ledger.sources
			.map((s) => ({ ...s, figures: counts.get(s.source_id) ?? 0 }))
			.sort((a, b) => (a.source_id < b.source_id ? -1 : 1)),
		releases: [...index.ledger.releases]
	};
}
