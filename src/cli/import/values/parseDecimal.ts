// Published number cells to canonical decimal strings, without going through floats:
// "1,424.00" -> "1424", "  127567910" -> "127567910", "6" -> "6", "14.0" -> "14".

/** The canonical plain decimal for a numeric cell, or null when the cell is not a number. */
export function parseDecimal(raw: string): string | null {
	let s = raw.trim();
	if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
	const m = /^([-+]?)(\d+)(?:\.(\d+))?$/.exec(s);
	if (!m) return null;
	const int = m[2]!.replace(/^0+(?=\d)/, '');
	const frac = (m[3] ?? '').replace(/0+$/, '');
	const body = frac ? `${int}.${frac}` : int;
	return m[1] === '-' && body !== '0' ? `-${body}` : body;
}
