// Release labels ("EP 2024-34", "OEWS May 2024", "OOH 2018-19 (EP 2016-26)", "ASCP Vacancy Survey
// 2022"), in one place: their family, their place in time and one order for sorting them. Only the
// EP/OEWS part of a label is read: "OOH 2018-19 (EP 2016-26)" is the EP 2016-26 vintage, read
// through an OOH edition.

export type VintageFamily = 'EP' | 'OEWS' | 'other';

export type VintageKey = {
	family: VintageFamily;
	/** A point in time: EP base year, OEWS year + (month - 1)/12, a survey's year (0 when none). */
	order: number;
	/** The label compared, e.g. "EP 2016-26" or "OEWS May 2022". */
	core: string;
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const EP = /EP (\d{4})-(\d{2})/;
const OEWS = /OEWS (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4})/;
const YEAR = /(19|20)\d\d/;

/** Keys by label: reconciliation asks for the same few labels millions of times. */
const known = new Map<string, Readonly<VintageKey>>();
const KNOWN_LIMIT = 10_000;

export function vintageOrder(vintage: string): Readonly<VintageKey> {
	let key = known.get(vintage);
	if (key === undefined) {
		key = Object.freeze(readVintage(vintage));
		// Uploads may carry any number of labels: start over rather than grow without bound.
		if (known.size >= KNOWN_LIMIT) known.clear();
		known.set(vintage, key);
	}
	return key;
}

function readVintage(vintage: string): VintageKey {
	const ep = EP.exec(vintage);
	if (ep) return { family: 'EP', order: Number(ep[1]), core: ep[0] };
	const oews = OEWS.exec(vintage);
	if (oews)
		return {
			family: 'OEWS',
			order: Number(oews[2]) + MONTHS.indexOf(oews[1]!) / 12,
			core: oews[0]
		};
	const year = YEAR.exec(vintage);
	return { family: 'other', order: year ? Number(year[0]) : 0, core: vintage };
}

export const isEp = (v: string) => vintageOrder(v).family === 'EP';
export const isOews = (v: string) => vintageOrder(v).family === 'OEWS';
/** The year a vintage refers to (EP base year, OEWS reference year); 0 when the label has none. */
export const vintageYear = (v: string) => Math.floor(vintageOrder(v).order);

const FAMILY_RANK: Record<VintageFamily, number> = { EP: 0, OEWS: 1, other: 2 };

/**
 * Oldest first, across families: EP 2024-34 (base year 2024) comes before OEWS May 2024, which comes
 * before OEWS Nov 2024. Ties (same point in time) go by family, then by label, so sorting is stable.
 */
export function compareVintages(a: string, b: string): number {
	const ka = vintageOrder(a);
	const kb = vintageOrder(b);
	if (ka.order !== kb.order) return ka.order - kb.order;
	if (ka.family !== kb.family) return FAMILY_RANK[ka.family] - FAMILY_RANK[kb.family];
	return a < b ? -1 : a > b ? 1 : 0;
}
