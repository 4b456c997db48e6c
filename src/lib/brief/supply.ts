// Supply against demand: awards conferred per year (only when a completions table is loaded) against
// annual openings. When the program maps to several occupations, openings are a range: from the
// smallest single mapped occupation to the sum of all of them. Nothing is estimated.
import type { Supply } from '$lib/core/schema/supply';

export type AwardsYear = { year: string; awards: number; ids: string[]; sourceIds: string[] };
export type OpeningsRange = { low: number; high: number; isRange: boolean };
export type SupplyComparison = {
	year: AwardsYear;
	openings: OpeningsRange;
	perOpeningLow: number;
	perOpeningHigh: number;
};

/** Awards per year for a CIP code: an all_levels row when present, otherwise the sum of the levels. */
export function awardsByYear(rows: readonly Supply[], cip: string): AwardsYear[] {
	const byYear = new Map<string, Supply[]>();
	for (const r of rows)
		if (r.kind === 'awards' && r.cip_code === cip)
			byYear.set(r.period_start, [...(byYear.get(r.period_start) ?? []), r]);
	return [...byYear.entries()]
		.sort(([a], [b]) => (a < b ? -1 : 1))
		.map(([year, list]) => {
			const total = list.find((r) => r.award_level === 'all_levels');
			const used = total ? [total] : list;
			return {
				year,
				awards: used.reduce((s, r) => s + r.value, 0),
				ids: used.map((r) => r.id),
				sourceIds: [...new Set(used.map((r) => r.source_id))]
			};
		});
}

export function openingsRange(openings: readonly number[]): OpeningsRange | null {
	if (openings.length === 0) return null;
	const low = Math.min(...openings);
	const high = openings.reduce((s, v) => s + v, 0);
	return { low, high, isRange: openings.length > 1 };
}

/** The newest awards year against the openings range: awards per opening, highest to lowest demand. */
export function compareSupply(
	awards: readonly AwardsYear[],
	openings: readonly number[]
): SupplyComparison | null {
	const year = awards.at(-1);
	const range = openingsRange(openings);
	if (!year || !range || range.low <= 0) return null;
	return {
		year,
		openings: range,
		perOpeningLow: year.awards / range.high,
		perOpeningHigh: year.awards / range.low
	};
}
