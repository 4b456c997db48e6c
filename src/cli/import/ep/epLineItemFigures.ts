// Published EP rows as figures, one per measure, exactly as published (persons instead of
// thousands): the line items, or the summary rows a Table 1.7 sheet also publishes. Markers
// stay flags.
import { figureRow } from '../figureRow';
import type { ReportBuilder } from '../report/ReportBuilder';
import type { FigureRow } from '../rowTypes';
import { epCellValue, epMeasures } from './epMeasures';
import type { EpLineItem, EpVintage } from './parseEpFile';

export type EpFigures = { 'projections.csv': FigureRow[]; 'openings.csv': FigureRow[] };

export function epLineItemFigures(
	v: EpVintage,
	rows: readonly EpLineItem[],
	report: ReportBuilder
): EpFigures {
	const out: EpFigures = { 'projections.csv': [], 'openings.csv': [] };
	for (const m of epMeasures(v)) {
		const [period_start, period_end] = m.period(v);
		for (const item of rows) {
			const cell = epCellValue(m, m.cell(item));
			if ('error' in cell) {
				report.skip(
					`${v.file}: ${m.measure} cell is not usable`,
					`line ${item.record} ${item.code}: ${cell.error}`
				);
				continue;
			}
			const base = {
				id: `ep:${v.key}:${item.code}:${m.measure}`,
				measure: m.measure,
				soc_code: item.code,
				occupation: item.title,
				period_start,
				period_end,
				vintage: v.label,
				unit: m.unit,
				comparability: m.comparability,
				source_id: `ep:${v.key}`,
				note: m.note
			};
			if ('value' in cell) out[m.file].push(figureRow({ ...base, value: cell.value }));
			else {
				report.flag(cell.flag, cell.marker);
				const note = `Published as "${cell.marker}" (${cell.flag === 'top_coded' ? 'at or above the stated bound' : 'not available'}).`;
				out[m.file].push(
					figureRow({
						...base,
						value_flag: cell.flag,
						value_bound: cell.bound,
						note: [m.note, note].filter(Boolean).join(' ')
					})
				);
			}
		}
	}
	return out;
}
