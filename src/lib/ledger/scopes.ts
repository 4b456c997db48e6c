// How far a figure's occupation is from the one a claim names. Only related scopes are ever
// compared: a lab-technician claim is never "matched" by some unrelated occupation's figure.
// 0 same code, 1 sibling in the same broad group or the broad group itself, 2 minor group,
// 3 major group, 4 healthcare (HC), 5 all occupations; a group's members count as 1.
// null: unrelated.

const broadOf = (soc: string) => `${soc.slice(0, 6)}0`;
const minorOf = (soc: string) => `${soc.slice(0, 5)}00`;
const majorOf = (soc: string) => `${soc.slice(0, 2)}-0000`;
const isHealthcareMajor = (soc: string) => soc.startsWith('29-') || soc.startsWith('31-');

function levelOf(soc: string): 'total' | 'major' | 'minor' | 'broad' | 'detailed' | 'HC' {
	if (soc === 'HC') return 'HC';
	if (soc === '00-0000') return 'total';
	if (soc.endsWith('0000')) return 'major';
	if (soc.endsWith('00')) return 'minor';
	if (soc.endsWith('0')) return 'broad';
	return 'detailed';
}

export function scopeDistance(stated: string, figureSoc: string): number | null {
	if (stated === '' || figureSoc === '') return null;
	if (stated === figureSoc) return 0;
	if (figureSoc === '00-0000') return 5;
	if (stated === 'HC') return figureSoc === '29-0000' || figureSoc === '31-0000' ? 1 : null;
	if (stated === '00-0000') return levelOf(figureSoc) === 'major' || figureSoc === 'HC' ? 1 : null;
	if (figureSoc === 'HC') return isHealthcareMajor(stated) ? 4 : null;
	if (!/^\d\d-\d{4}$/.test(stated)) return null;
	if (figureSoc.slice(0, 2) !== stated.slice(0, 2)) return null;
	const level = levelOf(stated);
	// The figure is an ancestor of the stated code.
	if (figureSoc === majorOf(stated)) return 3;
	if (figureSoc === minorOf(stated) && level !== 'minor') return 2;
	if (figureSoc === broadOf(stated) && level === 'detailed') return 1;
	// The figure is a sibling (same broad group) or a member of the stated group.
	if (
		level === 'detailed' &&
		broadOf(figureSoc) === broadOf(stated) &&
		levelOf(figureSoc) === 'detailed'
	)
		return 1;
	if (level === 'broad' && broadOf(figureSoc) === stated) return 1;
	return null;
}
