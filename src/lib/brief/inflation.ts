// Inflation adjustment with CPI annual averages: value × CPI(target year) / CPI(source year).
// Returns null (never a guess) when either year has no annual average.

export type CpiPoint = { year: number; value: number };
export type CpiIndex = { series: string; base: string; sourceId: string; points: CpiPoint[] };

export function cpiRatio(cpi: CpiIndex, fromYear: number, toYear: number): number | null {
	const from = cpi.points.find((p) => p.year === fromYear)?.value;
	const to = cpi.points.find((p) => p.year === toYear)?.value;
	if (from === undefined || to === undefined || from <= 0) return null;
	return to / from;
}

/** A dollar amount of `fromYear` in `toYear` dollars, rounded to the nearest $10 like OEWS annual wages. */
export function inDollarsOf(
	cpi: CpiIndex,
	value: number,
	fromYear: number,
	toYear: number
): number | null {
	const ratio = cpiRatio(cpi, fromYear, toYear);
	return ratio === null ? null : Math.round((value * ratio) / 10) * 10;
}

/** The newest year with an annual average. */
export const latestCpiYear = (cpi: CpiIndex): number | null =>
	cpi.points.length ? Math.max(...cpi.points.map((p) => p.year)) : null;
