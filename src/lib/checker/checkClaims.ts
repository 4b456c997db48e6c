// Reconcile claims in the browser: against the official figures of the codes they need (fetched
// per code), and, separately, against figures the user uploaded. The two never mix, so an upload
// can never make a claim look officially confirmed.
import { reconcile } from '../ledger/reconcile';
import type { ClaimCheck } from '../ledger/types';
import type { Claim } from '../schema/claim';
import type { Figure } from '../schema/figure';
import type { Source } from '../schema/source';
import type { FigureStore } from './figureStore';
import { relatedCodes } from './relatedCodes';
import { COMPARABLE } from '../ledger/comparableMeasures';

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
		const lists = k.kind === 'point' ? [k.measures, k.related] : k.kind === 'pair' ? [k.low, k.high] : [k.context];
		for (const list of lists) for (const m of list) out.add(m);
	}
	return out;
}

/** Uploaded figures by code, for picking the related ones quickly. */
export function indexUploaded(u: UploadedFigures) {
	const bySoc = new Map<string, Figure[]>();
	for (const f of u.figures) {
		const list = bySoc.get(f.soc_code);
		if (list) list.push(f);
		else bySoc.set(f.soc_code, [f]);
	}
	return { bySoc, codes: [...bySoc.keys()].filter((c) => c !== ''), sources: u.sources };
}
export type UploadedIndex = ReturnType<typeof indexUploaded>;

export type CheckOptions = {
	/** Sources to use for the claims' documents beyond the ledger's (e.g. the pasted article). */
	documents?: readonly Source[];
	uploaded?: UploadedIndex | null;
	/** Called after each document group, e.g. to post results or yield. */
	onGroup?: (done: CheckedClaim[], claimsDone: number) => void | Promise<void>;
};

export async function checkClaims(claims: readonly Claim[], store: FigureStore, options: CheckOptions = {}): Promise<CheckedClaim[]> {
	const index = await store.index();
	const sources = [...index.sources, ...(options.documents ?? [])];
	const out: CheckedClaim[] = [];
	let done = 0;
	for (const group of byDocument(claims)) {
		const figures = await store.figures(await store.codesFor(group), measuresFor(group));
		const official = reconcile(group, { figures, sources, releases: index.releases });
		let upload: ClaimCheck[] | null = null;
		const u = options.uploaded;
		if (u && u.bySoc.size > 0) {
			const codes = new Set<string>(['']);
			for (const c of group) for (const code of relatedCodes(c.scope_code, u.codes)) codes.add(code);
			const ufigures = [...codes].flatMap((c) => u.bySoc.get(c) ?? []);
			upload = reconcile(group, { figures: ufigures, sources: [...u.sources, ...sources.filter((s) => group.some((c) => c.document_id === s.source_id))], releases: index.releases });
		}
		const checked = official.map((o, i) => ({ official: o, upload: upload?.[i] ?? null }));
		out.push(...checked);
		done += group.length;
		await options.onGroup?.(checked, done);
	}
	return out;
}
