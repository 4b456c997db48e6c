// Which detailed SOC 2018 code an input's code names, or why it names none. O*NET-SOC codes
// (29-1141.01) name their first seven characters; SOC 2010 codes go through the BLS crosswalk
// when it maps them to exactly one 2018 code.
import type { SocChangeRow } from '../soc/socChanges';
import type { SocRow } from '../soc/socStructure';

export type CodeResult = { code: string; via2010: boolean } | { skip: string };

export type SocCodeMap = (raw: string) => CodeResult;

export function socCodeMap(
	structure: readonly SocRow[],
	changes: readonly SocChangeRow[]
): SocCodeMap {
	const level = new Map(structure.map((r) => [r.soc_code, r.level]));
	const to2018 = new Map<string, string[]>();
	for (const c of changes)
		to2018.set(c.soc_2010_code, [...(to2018.get(c.soc_2010_code) ?? []), c.soc_2018_code]);
	return (raw) => {
		const s = raw.trim();
		if (s === '') return { skip: 'no SOC code (e.g. a "See ..." cross-reference)' };
		const m = /^(\d\d-\d{4})(\.\d\d)?$/.exec(s);
		if (!m) {
			if (/^\d\d-[\dX]{4}$/.test(s))
				return { skip: 'a wildcard code (e.g. 51-91XX) covering several occupations' };
			return { skip: 'not a SOC code' };
		}
		const code = m[1]!;
		const l = level.get(code);
		if (l === 'detailed') return { code, via2010: false };
		if (l) return { skip: `a ${l} group, not a detailed occupation` };
		const targets = to2018.get(code);
		if (targets?.length === 1) return { code: targets[0]!, via2010: true };
		if (targets)
			return { skip: 'a SOC 2010 code that the crosswalk splits into several 2018 codes' };
		return { skip: 'neither a SOC 2018 code nor a SOC 2010 code of the crosswalk' };
	};
}
