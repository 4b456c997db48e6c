// The BLS LABSTAT flat file (tab-separated, padded cells) to CPI rows for one series:
// annual averages (period M13 → YYYY) and May values (M05 → YYYY-05, the OEWS reference month).
import type { ReportBuilder } from '../report/ReportBuilder';

export const CPI_SERIES = 'CUUR0000SA0';
export const CPI_BASE = '1982-84=100';
export type CpiRow = {
	id: string;
	series_id: string;
	period: string;
	value: string;
	base: string;
	source_id: string;
};

const PERIODS: Record<string, (year: string) => string> = { M13: (y) => y, M05: (y) => `${y}-05` };

export function cpiRows(
	text: string,
	file: string,
	sourceId: string,
	report: ReportBuilder,
	series = CPI_SERIES
): CpiRow[] {
	const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
	const header = (lines.shift() ?? '').split('\t').map((c) => c.trim());
	if (header.join(',') !== 'series_id,year,period,value,footnote_codes')
		throw new Error(`${file}: unexpected header "${header.join(',')}" (a BLS cu.data.* flat file)`);
	report.read(file, lines.length);
	const rows: CpiRow[] = [];
	let otherSeries = 0;
	let otherPeriods = 0;
	lines.forEach((line, i) => {
		const [id, year, period, value] = line.split('\t').map((c) => c.trim());
		if (id !== series) return void otherSeries++;
		const toPeriod = period ? PERIODS[period] : undefined;
		if (!toPeriod) return void otherPeriods++;
		if (!year || !/^\d{4}$/.test(year) || !value || !/^\d+(\.\d+)?$/.test(value))
			return report.skip('year or value is not a plain number', `line ${i + 2}`);
		rows.push({
			id: `cpi:${series}:${toPeriod(year)}`,
			series_id: series,
			period: toPeriod(year),
			value,
			base: CPI_BASE,
			source_id: sourceId
		});
	});
	if (otherSeries > 0) report.skip(`other series than ${series} (not used)`, `${otherSeries} rows`);
	if (otherPeriods > 0)
		report.skip(
			`${series} months other than May, and half-year periods (not used)`,
			`${otherPeriods} rows`
		);
	report.kept(rows.length);
	return rows;
}
