// Vintage labels: "EP 2024-34", "OEWS May 2024", "OOH 2012-13 (EP 2010-20)", "ASCP Vacancy Survey 2022".
// Comparisons use the EP/OEWS part when there is one (per the data README).

export type VintageInfo = { series: 'EP' | 'OEWS' | 'other'; year: number; label: string };

export function vintageInfo(vintage: string): VintageInfo {
	const ep = /EP (\d{4})-(\d{2})/.exec(vintage);
	if (ep) return { series: 'EP', year: Number(ep[1]), label: ep[0] };
	const oews = /OEWS (?:May|Nov) (\d{4})/.exec(vintage);
	if (oews) return { series: 'OEWS', year: Number(oews[1]), label: oews[0] };
	const y = /(19|20)\d\d/.exec(vintage);
	return { series: 'other', year: y ? Number(y[0]) : Number.NaN, label: vintage };
}

/** Oldest first; ties keep label order so output is deterministic. */
export function compareVintages(a: string, b: string): number {
	const ya = vintageInfo(a).year;
	const yb = vintageInfo(b).year;
	if (ya !== yb) return (Number.isNaN(ya) ? -Infinity : ya) - (Number.isNaN(yb) ? -Infinity : yb);
	return a < b ? -1 : a > b ? 1 : 0;
}

export const isEp = (v: string) => vintageInfo(v).series === 'EP';
export const isOews = (v: string) => vintageInfo(v).series === 'OEWS';

/** "29-0000" for 29-2010: the major group of a SOC code. */
export function majorGroupOf(soc: string): string {
	return /^\d\d-/.test(soc) ? `${soc.slice(0, 2)}-0000` : soc;
}

export const isMajorGroup = (soc: string) => /^\d\d-0000$/.test(soc);
