// Collect the provenance a page needs: only the sources and release dates its rows refer to.
import type { Figure } from '$lib/core/schema/figure';
import type { ClaimCheck, ClaimSummary } from '$lib/core/ledger/types';
import type { ClaimListItem, Provenance } from '$lib/pages/types';
import { MEASURE_LABELS } from '$lib/core/schema/vocabulary';
import { claimValueText } from '$lib/charts/shared/claimsOverlay';
import { formatSpan } from '$lib/core/format/period';
import type { LedgerIndex } from '../ledgerIndex';

/** Sources of the figures and of the claims' documents (and of matched figures, when the checks carry them). */
export function provenanceOf(
	index: LedgerIndex,
	figures: readonly Figure[],
	checks: readonly (ClaimSummary & Partial<Pick<ClaimCheck, 'figures'>>)[] = []
): Provenance {
	const ids = new Set<string>();
	const vintages = new Set<string>();
	for (const f of figures) {
		ids.add(f.source_id);
		vintages.add(f.vintage);
	}
	for (const c of checks) {
		ids.add(c.claim.document_id);
		for (const m of c.figures ?? []) {
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

export const byId = <T extends { id: string }>(a: T, b: T) =>
	a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
export const byClaimId = (a: ClaimSummary, b: ClaimSummary) =>
	a.claim.id < b.claim.id ? -1 : a.claim.id > b.claim.id ? 1 : 0;

/** A check cut to what pages list and draw, with its wording done here so the browser needs no formatter. */
export function claimListItem({
	claim,
	document,
	verdicts,
	explanation
}: ClaimCheck): ClaimListItem {
	const span =
		claim.period_start || claim.period_end ? formatSpan(claim.period_start, claim.period_end) : '';
	return {
		claim,
		document,
		verdicts,
		explanation,
		label: `${MEASURE_LABELS[claim.measure]} ${claimValueText(claim)}`,
		span
	};
}
