// Plain-language values for explanations: "$61,890", "4.9%", "22,600 a year", "1.9 million".
const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

function count(n: number): string {
	const abs = Math.abs(n);
	if (abs >= 1_000_000) return `${grouped.format(Number((n / 1_000_000).toFixed(2)))} million`;
	return grouped.format(n);
}

export function describeValue(value: number, unit: string): string {
	switch (unit) {
		case 'percent':
			return `${grouped.format(value)}%`;
		case 'USD per year':
			return `$${grouped.format(value)}`;
		case 'USD per hour':
			return `$${value.toFixed(2)} an hour`;
		case 'openings per year':
			return `${count(value)} openings a year`;
		case 'jobs per year':
			return `${count(value)} jobs a year`;
		case 'openings (decade total)':
			return `${count(value)} openings over the decade`;
		case 'jobs (decade total)':
			return `${count(value)} jobs over the decade`;
		case 'graduates per year':
			return `${count(value)} graduates a year`;
		default:
			return count(value);
	}
}

/** The signed gap, in the value's unit: "+$1,600", "-0.7 points". */
export function describeDifference(diff: number, unit: string): string {
	const sign = diff > 0 ? '+' : diff < 0 ? '-' : '±';
	const abs = Math.abs(diff);
	if (unit === 'percent')
		return `${sign}${grouped.format(Number(abs.toFixed(2)))} percentage points`;
	if (unit === 'USD per year') return `${sign}$${grouped.format(Math.round(abs))}`;
	if (unit === 'USD per hour') return `${sign}$${abs.toFixed(2)}`;
	return `${sign}${count(Number(abs.toFixed(2)))}`;
}
