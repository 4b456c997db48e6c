// The one place that ranks a figure's source kind and qualifier; lower ranks are preferred.
// Reconciliation and the consistent view both read them (unknown values rank last).
import type { FIGURE_QUALIFIERS, SourceKind } from '../schema/vocabulary';

type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number];

const SOURCE_KIND: Record<SourceKind, number> = {
	official: 0,
	reproduction: 1,
	survey: 2,
	article: 3,
	marketing: 4
};
/** Statistics (official or a reproduction of them) over surveys, surveys over documents. */
const TIER: Record<SourceKind, number> = {
	official: 0,
	reproduction: 0,
	survey: 1,
	article: 2,
	marketing: 2
};
/** A table's unrounded value carries more of a statistic than a rounded or "about" one. */
const QUALIFIER: Record<FigureQualifier, number> = { exact: 0, rounded: 1, about: 2 };

const UNKNOWN = 9;
const rankIn = <K extends string>(table: Record<K, number>, key: string | undefined) =>
	(key !== undefined && Object.hasOwn(table, key) ? table[key as K] : undefined) ?? UNKNOWN;

export const figureRanks = {
	sourceKind: (kind: string | undefined) => rankIn(SOURCE_KIND, kind),
	tier: (kind: string | undefined) => rankIn(TIER, kind),
	qualifier: (qualifier: string) => rankIn(QUALIFIER, qualifier)
};
