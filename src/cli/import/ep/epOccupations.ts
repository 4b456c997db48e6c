// occupations.csv: one row per SOC code that is a line item in any EP vintage, taken from the
// newest vintage that lists it.
import type { OccupationRow } from '../rowTypes';
import type { EpVintage } from './parseEpFile';

export function epOccupations(vintages: readonly EpVintage[]): OccupationRow[] {
	const newestFirst = [...vintages].sort((a, b) => Number(b.base) - Number(a.base));
	const rows = new Map<string, OccupationRow>();
	for (const v of newestFirst)
		for (const item of v.items)
			if (!rows.has(item.code))
				rows.set(item.code, {
					soc_code: item.code,
					title: item.title,
					vintage: v.label,
					typical_education: item.education,
					work_experience: item.experience,
					training: item.training,
					source_id: `ep:${v.key}`
				});
	return [...rows.values()];
}
