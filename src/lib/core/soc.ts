// The SOC hierarchy, in one place: the level of a code, its parents, and how far a figure's
// occupation is from the one a claim names. Only related scopes are ever compared: a claim about
// one occupation is never "matched" by some unrelated occupation's figure.
// Codes follow the SOC pattern NN-NNNN: NN-0000 major, NN-NN00 minor, NN-NNN0 broad, else detailed.
// 'HC' is the computed healthcare group (major groups 29 + 31) and 00-0000 all occupations.

export const ALL_OCCUPATIONS = '00-0000';
export const HEALTHCARE = 'HC';
const HEALTHCARE_MAJORS = ['29-0000', '31-0000'];
const SOC = /^\d\d-\d{4}$/;

export type SocLevel = 'total' | 'major' | 'minor' | 'broad' | 'detailed' | 'HC';

export const isSocCode = (soc: string) => SOC.test(soc);
export const broadOf = (soc: string) => `${soc.slice(0, 6)}0`;
export const minorOf = (soc: string) => `${soc.slice(0, 5)}00`;
/** "29-0000" for 29-2010: the major group of a SOC code; anything else is returned as it is. */
export const majorGroupOf = (soc: string) => (SOC.test(soc) ? `${soc.slice(0, 2)}-0000` : soc);
export const isMajorGroup = (soc: string) => /^\d\d-0000$/.test(soc);
const isHealthcareMajor = (soc: string) => HEALTHCARE_MAJORS.includes(majorGroupOf(soc));

export function socLevel(soc: string): SocLevel {
	if (soc === HEALTHCARE) return 'HC';
	if (soc === ALL_OCCUPATIONS) return 'total';
	if (soc.endsWith('0000')) return 'major';
	if (soc.endsWith('00')) return 'minor';
	if (soc.endsWith('0')) return 'broad';
	return 'detailed';
}
const isDetailed = (soc: string) => SOC.test(soc) && socLevel(soc) === 'detailed';
const isBroad = (soc: string) => SOC.test(soc) && socLevel(soc) === 'broad';

/**
 * 0 same code, 1 sibling in the same broad group or the broad group itself, 2 minor group,
 * 3 major group, 4 healthcare (HC), 5 all occupations; a group's members count as 1.
 * null: unrelated.
 */
export function scopeDistance(stated: string, figureSoc: string): number | null {
	if (stated === '' || figureSoc === '') return null;
	if (stated === figureSoc) return 0;
	if (figureSoc === ALL_OCCUPATIONS) return 5;
	if (stated === HEALTHCARE) return HEALTHCARE_MAJORS.includes(figureSoc) ? 1 : null;
	if (stated === ALL_OCCUPATIONS)
		return socLevel(figureSoc) === 'major' || figureSoc === HEALTHCARE ? 1 : null;
	if (figureSoc === HEALTHCARE) return isHealthcareMajor(stated) ? 4 : null;
	if (!SOC.test(stated)) return null;
	if (figureSoc.slice(0, 2) !== stated.slice(0, 2)) return null;
	const level = socLevel(stated);
	// The figure is an ancestor of the stated code.
	if (figureSoc === majorGroupOf(stated)) return 3;
	if (figureSoc === minorOf(stated) && level !== 'minor') return 2;
	if (figureSoc === broadOf(stated) && level === 'detailed') return 1;
	// The figure is a sibling (same broad group) or a member of the stated group.
	if (level === 'detailed' && broadOf(figureSoc) === broadOf(stated) && isDetailed(figureSoc))
		return 1;
	if (level === 'broad' && broadOf(figureSoc) === stated) return 1;
	return null;
}

/**
 * The codes (among `available`) whose figures a claim stating `scope` can be compared with: its own
 * code and every code scopeDistance() relates to it. Tested against scopeDistance over every code.
 */
export function relatedCodes(scope: string, available: readonly string[]): string[] {
	if (scope === '') return [];
	const want = new Set<string>([scope, ALL_OCCUPATIONS]);
	if (scope === HEALTHCARE) for (const m of HEALTHCARE_MAJORS) want.add(m);
	else if (scope === ALL_OCCUPATIONS) {
		for (const c of available) if (isMajorGroup(c) || c === HEALTHCARE) want.add(c);
	} else if (SOC.test(scope)) {
		want.add(majorGroupOf(scope));
		if (!scope.endsWith('00')) want.add(minorOf(scope));
		if (isDetailed(scope)) want.add(broadOf(scope));
		if (isHealthcareMajor(scope)) want.add(HEALTHCARE);
		if (isDetailed(scope))
			for (const c of available) if (isDetailed(c) && broadOf(c) === broadOf(scope)) want.add(c);
		if (isBroad(scope))
			for (const c of available) if (c !== scope && broadOf(c) === scope) want.add(c);
	}
	const have = new Set(available);
	return [...want].filter((c) => have.has(c)).sort();
}
