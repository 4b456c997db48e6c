// The figures of one reconciliation, by measure and then by code. Figures arrive in runs of one
// measure and one SOC code (a code's file, then the next), so the index records runs rather than
// copying figures, and a claim skips each run of an unrelated code without touching its figures.
// Runs keep the input order, which the tie-breaks of reconciliation depend on. Figures without a
// value are left for callers to skip.
import type { Figure } from '../schema/figure';
import { scopeDistance } from './scopes';

/** figures[start..end) share one measure and one soc_code; `code` numbers the soc_code. */
export type Run = { soc: string; code: number; start: number; end: number };

export type FigureIndex = {
	/** The runs of a measure, in input order (none: an empty list). */
	runs(measure: string): readonly Run[];
	/** scopeDistance(stated, run.soc), remembered across calls. */
	distancesFrom(stated: string): (run: Run) => number | null;
};

/** A run seen before: its figures, and their measure and code as numbers. */
type Learned = { figures: readonly Figure[]; measure: number; code: number };

// Measures and codes as small numbers, so a call indexes arrays instead of hashing strings.
let numbers = new Map<string, number>();
/**
 * Runs seen before, by their first figure. The checker hands reconcile the same per-code lists
 * in group after group; recognising one by comparing pointers spares reading its figures (a
 * cache miss each) again. Figures are never modified once made, so a recognised run still holds.
 */
let learned = new WeakMap<Figure, Learned>();
/** Per stated scope, scopeDistance to each code by its number (undefined: not yet asked). */
let distances = new Map<string, (number | null)[]>();
/** Shorter runs are cheaper to read than to look up. */
const LEARN_FROM = 8;
/** Uploads may bring any number of codes and scopes: between calls, start over past this many. */
const MAX_NUMBERS = 50_000;

function numberOf(name: string): number {
	let n = numbers.get(name);
	if (n === undefined) {
		n = numbers.size;
		numbers.set(name, n);
	}
	return n;
}

function sameFigures(figures: readonly Figure[], from: number, run: readonly Figure[]): boolean {
	if (from + run.length > figures.length) return false;
	for (let k = 0; k < run.length; k++) if (figures[from + k] !== run[k]) return false;
	return true;
}

export function figureIndex(figures: readonly Figure[]): FigureIndex {
	if (numbers.size > MAX_NUMBERS || distances.size > MAX_NUMBERS) {
		numbers = new Map();
		learned = new WeakMap();
		distances = new Map();
	}
	const byMeasure: Run[][] = [];
	let i = 0;
	while (i < figures.length) {
		const first = figures[i]!;
		let known = learned.get(first);
		let end: number;
		if (known !== undefined && sameFigures(figures, i, known.figures)) end = i + known.figures.length;
		else {
			end = i + 1;
			while (end < figures.length && figures[end]!.measure === first.measure && figures[end]!.soc_code === first.soc_code) end++;
			known = { figures: end - i >= LEARN_FROM ? figures.slice(i, end) : [], measure: numberOf(first.measure), code: numberOf(first.soc_code) };
			if (known.figures.length > 0) learned.set(first, known);
		}
		const run: Run = { soc: first.soc_code, code: known.code, start: i, end };
		const list = byMeasure[known.measure];
		if (list) list.push(run);
		else byMeasure[known.measure] = [run];
		i = end;
	}
	const table = distances;
	return {
		runs(measure) {
			const n = numbers.get(measure);
			return (n === undefined ? undefined : byMeasure[n]) ?? [];
		},
		distancesFrom(stated) {
			let row = table.get(stated);
			if (row === undefined) {
				row = [];
				table.set(stated, row);
			}
			const known = row;
			return (run) => {
				let d = known[run.code];
				if (d === undefined) d = known[run.code] = scopeDistance(stated, run.soc);
				return d;
			};
		}
	};
}
