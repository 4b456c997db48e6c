// Which state figures a map draws: the (measure, period) with the most states, newest first on ties.
import type { Figure } from '$lib/core/schema/figure';

export function mapChoice(
	stateFigures: readonly Figure[]
): { measure: Figure['measure']; period: string; count: number } | null {
	const counts = new Map<
		string,
		{ measure: Figure['measure']; period: string; states: Set<string> }
	>();
	for (const f of stateFigures) {
		if (f.value === null) continue;
		const key = `${f.measure}|${f.period_start}`;
		const c = counts.get(key) ?? {
			measure: f.measure,
			period: f.period_start,
			states: new Set<string>()
		};
		c.states.add(f.geography);
		counts.set(key, c);
	}
	let best: { measure: Figure['measure']; period: string; count: number } | null = null;
	for (const c of counts.values()) {
		const count = c.states.size;
		if (!best || count > best.count || (count === best.count && c.period > best.period))
			best = { measure: c.measure, period: c.period, count };
	}
	return best;
}
