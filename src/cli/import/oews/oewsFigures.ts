// One OEWS file's rows as figures: employment and the published wage statistics. Markers
// stay flags; "#" is top-coded with no bound, because the file does not state its top code.
import { figureRow } from '../figureRow';
import type { ReportBuilder } from '../report/ReportBuilder';
import type { FigureRow } from '../rowTypes';
import { parseDecimal } from '../values/parseDecimal';
import { parseMarker } from '../values/parseMarker';
import { oewsMarkerNote } from './oewsMarkerNote';
import type { OewsField, OewsFile, OewsRow } from './parseOewsFile';

const MEASURES: { measure: string; field: OewsField; unit: string }[] = [
	{ measure: 'employment', field: 'tot_emp', unit: 'persons' },
	{ measure: 'mean_annual_wage', field: 'a_mean', unit: 'USD per year' },
	{ measure: 'mean_hourly_wage', field: 'h_mean', unit: 'USD per hour' },
	{ measure: 'median_annual_wage', field: 'a_median', unit: 'USD per year' },
	{ measure: 'median_hourly_wage', field: 'h_median', unit: 'USD per hour' },
	{ measure: 'wage_p10_annual', field: 'a_pct10', unit: 'USD per year' },
	{ measure: 'wage_p25_annual', field: 'a_pct25', unit: 'USD per year' },
	{ measure: 'wage_p75_annual', field: 'a_pct75', unit: 'USD per year' },
	{ measure: 'wage_p90_annual', field: 'a_pct90', unit: 'USD per year' }
];

export function oewsFigures(
	file: OewsFile,
	rows: readonly OewsRow[],
	report: ReportBuilder
): FigureRow[] {
	const out: FigureRow[] = [];
	for (const row of rows) {
		for (const m of MEASURES) {
			const raw = row.cells[m.field];
			const base = {
				id: `oews:${file.key}:${row.code}:${m.measure}`,
				measure: m.measure,
				soc_code: row.code,
				occupation: row.title,
				period_start: file.period,
				period_end: file.period,
				vintage: file.label,
				unit: m.unit,
				source_id: `oews:${file.key}`
			};
			const value = parseDecimal(raw);
			if (value !== null) {
				out.push(figureRow({ ...base, value }));
				continue;
			}
			// "N/A" and ">=" bounds are EP markers; OEWS uses only #, *, ** and ***.
			const marker = raw.trim().length > 0 && /^[#*]+$/.test(raw.trim()) ? parseMarker(raw) : null;
			if (!marker) {
				report.skip(
					`${file.file}: ${m.field} cell is neither a number nor an OEWS marker`,
					`line ${row.record} ${row.code}: "${raw}"`
				);
				continue;
			}
			report.flag(marker.flag, marker.marker);
			out.push(
				figureRow({
					...base,
					value_flag: marker.flag,
					note: oewsMarkerNote(marker.marker, row, m.unit === 'USD per hour')
				})
			);
		}
	}
	return out;
}
