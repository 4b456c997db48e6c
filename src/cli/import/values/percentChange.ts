// Percent change of two whole-number sums, rounded half away from zero to 0.1, in exact
// integer arithmetic (no float artefacts at the rounding boundary).

export function percentChange(base: bigint, projected: bigint): string {
	if (base <= 0n) throw new Error('percent change needs a positive base');
	const diff = projected - base;
	const n = (diff < 0n ? -diff : diff) * 1000n;
	let tenths = n / base;
	if ((n - tenths * base) * 2n >= base) tenths += 1n;
	const body = `${tenths / 10n}.${tenths % 10n}`.replace(/\.0$/, '');
	return diff < 0n && tenths !== 0n ? `-${body}` : body;
}
