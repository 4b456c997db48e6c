// The rounding rules: when does a stated value match a published one?
//
// 1. A number's precision is read from how it is written: 4.9 -> 0.1; 5 (percent) -> 1;
//    16800 -> 100; 1900000 ("1.9 million") -> 100000. Trailing zeros of whole numbers count as
//    rounding, but never coarser than two significant digits (2000000 -> 100000), and whole
//    percents and hourly wages are precise to 1 (so "10%" is not read as "roughly 5-15%").
// 2. Two values match when they differ by at most half a unit of the coarser of their two
//    precisions: "5%" matches 4.9 and 5.3; "16,800" matches 16800; "$57,380" matches only 57380.
// 3. "about" widens the window to a whole unit of that precision: "about 24,000" matches 23,000
//    to 25,000, while "about 328,100" still means 328,000 to 328,200.
// 4. "up to" and "at least" state a bound; the bound is matched like an exact value.
import type { Figure } from '../../../../src/lib/core/schema/figure';

const EPSILON = 1e-9;

export function statedPrecision(value: number, unit: string): number {
	const abs = Math.abs(value);
	const text = String(abs);
	if (text.includes('e')) return 1;
	const dot = text.indexOf('.');
	if (dot >= 0) return 10 ** -(text.length - dot - 1);
	if (unit === 'percent' || unit === 'USD per hour' || abs === 0) return 1;
	const trailingZeros = text.length - text.replace(/0+$/, '').length;
	const digits = text.length;
	return 10 ** Math.max(0, Math.min(trailingZeros, digits - 2));
}

/** The largest difference at which a claim value still matches a figure value. */
export function matchTolerance(
	claimValue: number,
	claimQualifier: string,
	figure: Pick<Figure, 'value' | 'unit' | 'qualifier'>
): number {
	if (figure.value === null) return -1;
	const claimP = statedPrecision(claimValue, figure.unit);
	const figureP = statedPrecision(figure.value, figure.unit);
	const unit = Math.max(claimP, figureP);
	return claimQualifier === 'about' || figure.qualifier === 'about' ? unit : unit / 2;
}

export function valuesMatch(
	claimValue: number,
	claimQualifier: string,
	figure: Pick<Figure, 'value' | 'unit' | 'qualifier'>
): boolean {
	if (figure.value === null) return false;
	return (
		Math.abs(claimValue - figure.value) <=
		matchTolerance(claimValue, claimQualifier, figure) + EPSILON
	);
}
