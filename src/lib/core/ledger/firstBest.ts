/** The first of `items` that `compare` ranks lowest: what a stable sort would put first. */
export function firstBest<T>(items: readonly T[], compare: (a: T, b: T) => number): T | null {
	let best: T | null = null;
	for (const item of items) if (best === null || compare(item, best) < 0) best = item;
	return best;
}
