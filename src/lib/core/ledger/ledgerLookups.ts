// Sources by id and release dates by vintage, for reconcile. Callers reconcile many small groups
// of claims against the same sources and releases, so the maps are kept and reused for as long as
// the lists hold the very same items (checked item by item, so a changed list is never missed).
import type { Release } from '../schema/release';
import type { Source } from '../schema/source';
import { vintageOrder } from '../vintage';

export type LedgerLookups = { sourceById: Map<string, Source>; releaseOf: Map<string, string> };

type Kept<T, R> = { items: T[]; built: R };

/** A few lists at a time: the checker alternates official and uploaded sources. */
const KEEP = 4;
const keptSources: Kept<Source, Map<string, Source>>[] = [];
const keptReleases: Kept<Release, Map<string, string>>[] = [];

function reuse<T, R>(
	kept: Kept<T, R>[],
	items: readonly T[],
	build: (items: readonly T[]) => R
): R {
	for (const k of kept) {
		if (k.items.length !== items.length) continue;
		let same = true;
		for (let i = 0; i < items.length && same; i++) same = k.items[i] === items[i];
		if (same) return k.built;
	}
	const built = build(items);
	if (kept.length >= KEEP) kept.shift();
	kept.push({ items: [...items], built });
	return built;
}

export function ledgerLookups(
	sources: readonly Source[],
	releases: readonly Release[]
): LedgerLookups {
	return {
		sourceById: reuse(keptSources, sources, (list) => new Map(list.map((s) => [s.source_id, s]))),
		releaseOf: reuse(
			keptReleases,
			releases,
			(list) => new Map(list.map((r) => [vintageOrder(r.vintage).core, r.released]))
		)
	};
}
