// Which figures a chart of one code draws, and the order its table lists them in.
import type { Figure } from '$lib/core/schema/figure';

export type Own = {
	socCode: string;
	geography: string;
	/** The family of releases, e.g. "EP " or "OEWS". */
	vintagePrefix: string;
	measures: readonly string[];
};

/** The code's figures for one place, family of releases and set of measures. */
export function ownFigures(figures: readonly Figure[], o: Own): Figure[] {
	return figures.filter(
		(f) =>
			f.soc_code === o.socCode &&
			f.geography === o.geography &&
			f.vintage.startsWith(o.vintagePrefix) &&
			o.measures.includes(f.measure)
	);
}

/** Oldest period first; `then` orders figures of the same period. */
export const byPeriodThen =
	(then: (a: Figure, b: Figure) => number) =>
	(a: Figure, b: Figure): number =>
		a.period_start < b.period_start ? -1 : a.period_start > b.period_start ? 1 : then(a, b);
