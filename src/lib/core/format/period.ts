// Period labels are always read from a figure's own fields, never computed from another year.

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** "2024" for YYYY, "May 2024" for YYYY-MM. Anything else is shown as given. */
export function formatPeriod(period: string): string {
	const m = /^(\d{4})-(\d{2})$/.exec(period);
	if (!m) return period;
	const month = MONTHS[Number(m[2]) - 1];
	return month ? `${month} ${m[1]}` : period;
}

/** "2024–34" for a projection span, "2024" when start and end are the same. */
export function formatSpan(start: string, end: string): string {
	if (start === '' && end === '') return '';
	if (start === end || end === '') return formatPeriod(start);
	if (start === '') return formatPeriod(end);
	const ys = /^\d{4}$/.exec(start)?.[0];
	const ye = /^\d{4}$/.exec(end)?.[0];
	if (ys && ye) return ys.slice(0, 2) === ye.slice(0, 2) ? `${ys}–${ye.slice(2)}` : `${ys}–${ye}`;
	return `${formatPeriod(start)}–${formatPeriod(end)}`;
}

/** The calendar position of a period in years (2024-05 → 2024.33), for placing it on an axis only. */
export function periodPosition(period: string): number {
	const m = /^(\d{4})(?:-(\d{2}))?$/.exec(period);
	if (!m) return Number.NaN;
	return Number(m[1]) + (m[2] ? (Number(m[2]) - 1) / 12 : 0);
}

/** The year of a YYYY or YYYY-MM period, for ordering and gap detection. */
export function periodYear(period: string): number {
	return Number(period.slice(0, 4));
}
