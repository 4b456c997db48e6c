// claims.csv soc_code_as_stated -> ClaimSchema scope_code: SOC codes and HC pass through;
// "NAICS 62 (industry)" becomes "NAICS 62", its remark going to the claim's note.

export type Scope = { code: string; remark: string } | { error: string };

export function scopeCode(asStated: string): Scope {
	const s = asStated.trim();
	if (s === '' || s === 'HC' || /^\d\d-\d{4}$/.test(s)) return { code: s, remark: '' };
	const naics = /^(NAICS \d{2,6})\s*(?:\((.*)\))?$/.exec(s);
	if (naics) return { code: naics[1]!, remark: naics[2] ?? '' };
	return { error: `scope code "${s}" is neither SOC, HC nor NAICS` };
}
