// EP tables publish levels in thousands. Shifting the decimal point on the string keeps
// 351.2 -> 351200 exact; a value with more than three decimals cannot be a whole number of
// persons, so it is refused rather than rounded.

/** Convert a canonical decimal in thousands to a whole number of persons. */
export function thousandsToPersons(decimal: string): string {
	const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(decimal);
	if (!m) throw new Error(`not a plain decimal: "${decimal}"`);
	const frac = m[3] ?? '';
	if (frac.length > 3) throw new Error(`"${decimal}" thousand is not a whole number of persons`);
	const digits = (m[2]! + frac.padEnd(3, '0')).replace(/^0+(?=\d)/, '');
	return m[1] === '-' && digits !== '0' ? `-${digits}` : digits;
}
