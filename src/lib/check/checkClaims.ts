// Reconcile claims in the browser: against the official figures of the codes they need (fetched
// per code), and, separately, against figures the user uploaded. The two never mix, so an upload
// can never make a claim look officially confirmed.
import { createReconciler } from '../core/ledger/reconcile';
import type { ClaimCheck } from '../core/ledger/types';
import type { Claim } from '../core/schema/claim';
import type { Figure } from '../core/schema/figure';
import type { Source } from '../core/schema/source';
import type { FigureStore } from './figureStore';
import { COMPARABLE } from '../core/ledger/comparableMeasures';

export type UploadedFigures = { figures: readonly Figure[]; sources: readonly Source[] };

export type CheckedClaim = { official: ClaimCheck; upload: ClaimCheck | null };

/** Claims grouped by document: reconcile dates a document from all of its claims together. */
function byDocument(claims: readonly Claim[]): Claim[][] {
	const groups = new Map<string, Claim[]>();
	for (const c of claims) {
		const g = groups.get(c.document_id);
		if (g) g.push(c);
		else groups.set(c.document_id, [c]);
	}
	return [...groups.values()];
}

/** Every measure reconcile can look at for these claims (compared, related or context measures):
 * handing it only these figures changes nothing in its results, and saves building its index. */
export function measuresFor(claims: readonly Claim[]): Set<string> {
	const out = new Set<string>();
	for (const c of claims) {
		const k = COMPARABLE[c.measure];
		const lists =
			k.kind === 'point'
				? [k.measures, k.related]
				: k.kind === 'pair'
					? [k.low, k.high]
					: [k.context];
		for (const list of lists) for (const m of list) out.add(m);
	}
	return out;
}

/** Uploaded figures in the order the official ones come in (by code, '' last, then by measure),
 * so that reconcile reads them in runs; otherwise in file order. */
export function indexUploaded(u: UploadedFigures) {
	const byCode = new Map<string, Map<string, Figure[]>>();
	for (const f of u.figures) {
		let measures = byCode.get(f.soc_code);
		if (!measures) byCode.set(f.soc_code, (measures = new Map()));
		const list = measures.get(f.measure);
		if (list) list.push(f);
		else measures.set(f.measure, [f]);
	}
	const codes = [...byCode.keys()].sort(
		(a, b) => Number(a === '') - Number(b === '') || (a < b ? -1 : a > b ? 1 : 0)
	);
	return { figures: codes.flatMap((c) => [...byCode.get(c)!.values()].flat()), sources: u.sources };
}
export type UploadedIndex = ReturnType<typeof indexUploaded>;

export type CheckOptions = {
	/** Sources to use for the claims' documents beyond the ledger's (e.g. the pasted article). */
	documents?: readonly Source[];
	uploaded?: UploadedIndex | null;
	/** Called after each document group, e.g. to post results or yield. */
	onGroup?: (done: CheckedClaim[], claimsDone: number) => void | Promise<void>;
};

export async function checkClaims(
	claims: readonly Claim[],
	store: FigureStore,
	options: CheckOptions = {}
): Promise<CheckedClaim[]> {
	const index = await store.index();
	const sources = [...index.sources, ...(options.documents ?? [])];
	// Every figure any claim needs, indexed once: a document's checks read only its related codes,
	// so they are the same as against that document's own figures.
	const official = createReconciler({
		figures: await store.figures(await store.codesFor(claims), measuresFor(claims)),
		sources,
		releases: index.releases
	});
	const u = options.uploaded;
	const upload =
		u && u.figures.length > 0
			? createReconciler({
					figures: u.figures,
					sources: [...u.sources, ...sources],
					releases: index.releases
				})
			: null;
	const out: CheckedClaim[] = [];
	let done = 0;
	for (const group of byDocument(claims)) {
		const officialChecks = official(group);
		const uploadChecks = upload?.(group) ?? null;
		const checked = officialChecks.map((o, i) => ({
			official: o,
			upload: uploadChecks?.[i] ?? null
		}));
		for (const c of checked) out.push(c);
		done += group.length;
		await options.onGroup?.(checked, done);
	}
	return out;
}
