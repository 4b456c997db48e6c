// Number formatting by unit. Values keep the precision they were published with.
// Intl (built into every browser) rather than d3-format, which would ship ~2 KB to every page.
import type { Unit } from '$lib/core/schema/vocabulary';

const MINUS = '\u2212';
const groupedFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20 });
const centsFormat = new Intl.NumberFormat('en-US', {
	minimumFractionDigits: 2,
	maximumFractionDigits: 2
});
const compactFormat = new Intl.NumberFormat('en-US', {
	notation: 'compact',
	maximumSignificantDigits: 3
});
const signed = (value: number, text: (abs: number) => string) =>
	`${value < 0 ? MINUS : ''}${text(Math.abs(value))}`;
const grouped = (v: number) => signed(v, (a) => groupedFormat.format(a));
const money = (v: number) => signed(v, (a) => `$${groupedFormat.format(a)}`);
const moneyCents = (v: number) => signed(v, (a) => `$${centsFormat.format(a)}`);
/** SI-style short form: 340k, 1.2M. */
const short = (v: number) => signed(v, (a) => compactFormat.format(a).replace('K', 'k'));
/** Shortest general form: 2.5, 10. */
const general = (v: number) => signed(v, (a) => String(Number(a.toPrecision(12))));

/** A value as text in its unit's usual form: "351,200", "4.9%", "$61,890", "$29.76". */
export function formatValue(value: number, unit: Unit | string): string {
	switch (unit) {
		case 'percent':
			return `${value}%`;
		case 'USD per year':
			return money(value);
		case 'USD per hour':
			return moneyCents(value);
		default:
			return grouped(value);
	}
}

/** A value with its unit spelled out, for tooltips and screen readers: "351,200 persons". */
export function formatWithUnit(value: number, unit: Unit | string): string {
	if (unit === 'percent' || unit === 'USD per year' || unit === 'USD per hour')
		return formatValue(value, unit);
	return `${formatValue(value, unit)} ${unit}`;
}

/** The unit as read after a formatted value: '' for percent (the % says it), "per year" after a $ amount. */
export function unitLabel(unit: Unit | string): string {
	if (unit === 'percent') return '';
	if (unit === 'USD per year') return 'per year';
	if (unit === 'USD per hour') return 'per hour';
	return unit;
}

/** Short axis tick label: "340k", "$60k", "5%". */
export function formatTick(value: number, unit: Unit | string): string {
	if (unit === 'percent') return `${general(value)}%`;
	const s = Math.abs(value) >= 10_000 ? short(value).replace('G', 'B') : grouped(value);
	return unit === 'USD per year' || unit === 'USD per hour' ? `$${s}` : s;
}

/** A signed difference in percentage points: "+1.4 pts", "−0.3 pts". */
export function formatPoints(diff: number): string {
	const s = Math.abs(diff).toFixed(1);
	return `${diff > 0 ? '+' : diff < 0 ? '−' : '±'}${s} pts`;
}
