// "As of" a date: show only figures whose release was published by then.
//
// Rules (documented on every page that offers the filter):
// - A vintage with a full release date (YYYY-MM-DD) is shown when released <= as-of.
// - A partial date (YYYY or YYYY-MM) counts as its LAST day: shown only once it was surely out.
// - A vintage with no date in releases.csv is not guessed: it stays visible, marked
//   "release date not sourced" — except when the as-of date is before its reference period
//   even began (no release can describe a period that had not started), then it is hidden.
import type { Figure } from '$lib/core/schema/figure';
import type { ReleaseMap } from './types';

export type AsOfStatus = 'published' | 'not_yet' | 'unsourced';

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The last calendar day a partial date can mean, as YYYY-MM-DD. */
export function latestDay(date: string): string {
	if (/^\d{4}$/.test(date)) return `${date}-12-31`;
	const m = /^(\d{4})-(\d{2})$/.exec(date);
	if (m) {
		const month = Number(m[2]);
		const year = Number(m[1]);
		const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
		const days = month === 2 && !leap ? 28 : DAYS[month - 1]!;
		return `${date}-${String(days).padStart(2, '0')}`;
	}
	return date;
}

export function isAsOfDate(s: string | null | undefined): s is string {
	return typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));
}

export function asOfStatus(
	f: Pick<Figure, 'vintage' | 'period_start'>,
	releases: ReleaseMap,
	asOf: string | null
): AsOfStatus {
	const released = releases[f.vintage];
	if (released === undefined) {
		if (asOf !== null && `${f.period_start.slice(0, 4)}` > asOf.slice(0, 4)) return 'not_yet';
		return 'unsourced';
	}
	if (asOf === null) return 'published';
	return latestDay(released) <= asOf ? 'published' : 'not_yet';
}

/** Figures visible as of a date (all of them when asOf is null). */
export function visibleAsOf<T extends Pick<Figure, 'vintage' | 'period_start'>>(
	figures: T[],
	releases: ReleaseMap,
	asOf: string | null
): T[] {
	if (asOf === null) return figures;
	return figures.filter((f) => asOfStatus(f, releases, asOf) !== 'not_yet');
}
