// Puts release labels in time order. Only the EP/OEWS part of a label is compared:
// "OOH 2018-19 (EP 2016-26)" is the EP 2016-26 vintage, read through an OOH edition.

export type VintageKey = {
	family: 'EP' | 'OEWS' | 'other';
	/** Comparable within a family: EP base year, OEWS year + month/12, survey year. */
	order: number;
	/** The label compared, e.g. "EP 2016-26" or "OEWS May 2022". */
	core: string;
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function vintageOrder(vintage: string): VintageKey {
	const ep = /EP (\d{4})-(\d{2})/.exec(vintage);
	if (ep) return { family: 'EP', order: Number(ep[1]), core: ep[0] };
	const oews = /OEWS (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4})/.exec(vintage);
	if (oews)
		return {
			family: 'OEWS',
			order: Number(oews[2]) + MONTHS.indexOf(oews[1]!) / 12,
			core: oews[0]
		};
	const year = /(19|20)\d\d/.exec(vintage);
	return { family: 'other', order: year ? Number(year[0]) : 0, core: vintage };
}

/** Positive when a is newer than b; 0 when they are not comparable (different families) or equal. */
export function compareVintages(a: string, b: string): number {
	const ka = vintageOrder(a);
	const kb = vintageOrder(b);
	if (ka.family !== kb.family) return 0;
	return ka.order - kb.order;
}
