// The wage chart's columns: one slot per calendar year from the first to the last release, so a
// missing year exists as an explicit gap, and runs of slots that lines and bands may join.
import type { Figure } from '$lib/core/schema/figure';
import { periodPosition, periodYear } from '$lib/core/format/period';

export type Slot = { year: number; x: number; cells: Map<string, Figure> };

/** `x`: a period position (a fractional year) to pixels. */
export function yearSlots(figures: readonly Figure[], x: (position: number) => number): Slot[] {
	const byYear = new Map<number, Map<string, Figure>>();
	for (const f of figures) {
		const yr = periodYear(f.period_start);
		const cells = byYear.get(yr) ?? new Map<string, Figure>();
		cells.set(f.measure, f);
		byYear.set(yr, cells);
	}
	const years = [...byYear.keys()];
	const slots: Slot[] = [];
	if (years.length === 0) return slots;
	for (let yr = Math.min(...years); yr <= Math.max(...years); yr++) {
		const cells = byYear.get(yr) ?? new Map<string, Figure>();
		const first = [...cells.values()][0];
		// A year without a release sits where a May release would.
		slots.push({
			year: yr,
			x: first ? x(periodPosition(first.period_start)) : x(yr + 4 / 12),
			cells
		});
	}
	return slots;
}

/** Runs of consecutive slots for which `ok` holds; anything else breaks the run. */
export function runs(slots: readonly Slot[], ok: (s: Slot) => boolean): Slot[][] {
	const out: Slot[][] = [];
	let current: Slot[] = [];
	for (const s of slots) {
		if (ok(s)) current.push(s);
		else if (current.length > 0) {
			out.push(current);
			current = [];
		}
	}
	if (current.length > 0) out.push(current);
	return out;
}
