// Keeps stacked text labels from overlapping: pushes them apart along one axis, in order.

/** Positions in the same order as `wanted`, each at least `gap` from its neighbours, within [min, max]. */
export function dodge(wanted: readonly number[], gap: number, min: number, max: number): number[] {
	const order = wanted.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
	const out = new Array<number>(wanted.length);
	let prev = -Infinity;
	for (const o of order) {
		const v = Math.max(o.v, prev + gap, min);
		out[o.i] = v;
		prev = v;
	}
	// If the stack ran past the bottom, shift it back up as a block.
	const overflow = prev - max;
	if (overflow > 0) for (let k = 0; k < out.length; k++) out[k] = Math.max(min, out[k]! - overflow);
	return out;
}
