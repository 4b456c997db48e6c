// Fetches /data/ files on demand and keeps them: the index once, each code's figures once.
// Runs in the page and in the upload worker (fetch only; nothing is ever sent).
import {
	decodeFigures,
	figurePath,
	INDEX_PATH,
	SURVEYS_PATH,
	type DataIndex,
	type FigureFile
} from './compact';
import { relatedCodes } from '../core/soc';
import type { Figure } from '../core/schema/figure';
import type { Claim } from '../core/schema/claim';

/** One code's figures, by measure. */
type CodeFigures = Map<string, Figure[]>;

export type FigureStore = {
	index(): Promise<DataIndex>;
	/** The figures of these codes (unknown codes are skipped) and of every survey population,
	 * only of the given measures when `measures` is set. */
	figures(codes: Iterable<string>, measures?: ReadonlySet<string>): Promise<Figure[]>;
	/** Every code a set of claims needs. */
	codesFor(claims: readonly Claim[]): Promise<string[]>;
};

/** Requests in flight at once. */
export const MAX_FETCHES = 16;

type Fetch = (url: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

function byMeasure(figures: Figure[]): CodeFigures {
	const m: CodeFigures = new Map();
	for (const f of figures) {
		const list = m.get(f.measure);
		if (list) list.push(f);
		else m.set(f.measure, [f]);
	}
	return m;
}

export function createFigureStore(baseUrl: string, fetcher: Fetch = (u) => fetch(u)): FigureStore {
	const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
	let indexPromise: Promise<DataIndex> | null = null;
	let available: string[] = [];
	let known = new Set<string>();
	const related = new Map<string, string[]>();
	const files = new Map<string, Promise<CodeFigures>>();
	// A large upload needs hundreds of code files at once; browsers fail requests beyond their own
	// limits ("Failed to fetch"), so at most MAX_FETCHES are in flight and the rest wait their turn.
	let inFlight = 0;
	const waiting: (() => void)[] = [];
	const get = async (path: string): Promise<unknown> => {
		if (inFlight >= MAX_FETCHES) await new Promise<void>((r) => waiting.push(r));
		inFlight++;
		try {
			const res = await fetcher(base + path);
			if (!res.ok) throw new Error(`Could not load ${path} (HTTP ${res.status})`);
			return await res.json();
		} finally {
			inFlight--;
			waiting.shift()?.();
		}
	};
	const file = (key: string, path: string) => {
		let p = files.get(key);
		if (!p) {
			p = get(path).then((f) => byMeasure(decodeFigures(f as FigureFile)));
			p.catch(() => files.delete(key));
			files.set(key, p);
		}
		return p;
	};
	const store: FigureStore = {
		index() {
			if (!indexPromise) {
				indexPromise = (get(INDEX_PATH) as Promise<DataIndex>).then((ix) => {
					available = ix.codes.map(([c]) => c);
					known = new Set(available);
					return ix;
				});
				indexPromise.catch(() => (indexPromise = null));
			}
			return indexPromise;
		},
		async figures(codes, measures) {
			await store.index();
			const wanted = [...new Set(codes)].filter((c) => known.has(c));
			const maps = await Promise.all([
				...wanted.map((c) => file(c, figurePath(c))),
				file('', SURVEYS_PATH)
			]);
			const out: Figure[] = [];
			for (const m of maps) {
				if (measures) {
					for (const measure of measures) {
						const list = m.get(measure);
						if (list) for (const f of list) out.push(f);
					}
				} else for (const list of m.values()) for (const f of list) out.push(f);
			}
			return out;
		},
		async codesFor(claims) {
			await store.index();
			const codes = new Set<string>();
			for (const c of claims) {
				let r = related.get(c.scope_code);
				if (!r) {
					r = relatedCodes(c.scope_code, available);
					related.set(c.scope_code, r);
				}
				for (const code of r) codes.add(code);
			}
			return [...codes].sort();
		}
	};
	return store;
}
