// Our own "faster / about / slower than average" label: one rule for every vintage, stated in words.

export type GrowthLabel = 'faster than average' | 'about average' | 'slower than average';

/** Percentage points either side of the all-occupations rate that still count as "about average". */
export const GROWTH_THRESHOLD_PTS = 1.0;

export const GROWTH_RULE_TEXT =
	'Our label compares an occupation’s projected growth with the all-occupations rate of the same EP vintage: more than 1.0 percentage point above is “faster than average”, more than 1.0 point below is “slower than average”, anything else is “about average”. It is not the BLS wording, which uses other thresholds.';

/** Difference in points, on published one-decimal values (rounded so 4.9 − 3.9 is exactly 1.0). */
export function growthDifference(occupation: number, all: number): number {
	return Math.round((occupation - all) * 10) / 10;
}

export function growthLabel(occupation: number, all: number): GrowthLabel {
	const d = growthDifference(occupation, all);
	if (d > GROWTH_THRESHOLD_PTS) return 'faster than average';
	if (d < -GROWTH_THRESHOLD_PTS) return 'slower than average';
	return 'about average';
}
