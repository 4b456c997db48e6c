// Collect the provenance a page needs: only the sources and release dates its rows refer to.
import type { Figure } from '$lib/schema/figure';
import type { ClaimCheck } from '$lib/ledger/types';
import type { Provenance } from '$lib/views/types';
import type { LedgerIndex } from './ledger';

export function provenanceOf(index: LedgerIndex, figures: readonly Figure[], checks: readonly ClaimCheck[] = []): Provenance {
	const ids = new Set<string>();
	const vintages = new Set<string>();
	for (const f of figures) {
		ids.add(f.source_id);
		vintages.add(f.vintage);
	}
	for (const c of checks) {
		ids.add(c.claim.document_id);
		for (const m of c.figures) {
			ids.add(m.figure.source_id);
			vintages.add(m.figure.vintage);
		}
	}
	const sources = [...ids].sort().flatMap((id) => {
		const s = index.sourceById.get(id);
		return s ? [s] : [];
	});
	const releases: Provenance['releases'] = {};
	for (const v of [...vintages].sort()) {
		const r = index.releaseOf.get(v);
		if (r !== undefined) releases[v] = r;
	}
	return { sources, releases };
}

/** A claim "holds" only when its headline verdict is confirmed. */
export const claimHolds = (c: { verdicts: readonly string[] }) => c.verdicts[0] === 'confirmed';

export const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
export const byClaimId = (a: ClaimCheck, b: ClaimCheck) => (a.claim.id < b.claim.id ? -1 : a.claim.id > b.claim.id ? 1 : 0);
