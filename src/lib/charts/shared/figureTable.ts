// The "Show table" view: the same figures as the chart, one row each.
import type { Figure } from '$lib/core/schema/figure';
import type { Source } from '$lib/core/schema/source';
import { MEASURE_LABELS } from '$lib/core/schema/vocabulary';
import type { TableModel } from './types';
import { figurePeriod, figureValueText } from './tooltip';

export const FIGURE_TABLE_COLUMNS = [
	'Measure',
	'Period',
	'Vintage',
	'Value',
	'Unit',
	'Source',
	'Notes'
];

export function figureTable(
	caption: string,
	figures: readonly Figure[],
	sources: ReadonlyMap<string, Source>,
	rowHeader: (f: Figure) => string,
	headerTitle = 'Series'
): TableModel {
	return {
		caption,
		columns: [headerTitle, ...FIGURE_TABLE_COLUMNS],
		rows: figures.map((f) => {
			const s = sources.get(f.source_id);
			const notes = [
				f.derivation !== '' ? `Computed: ${f.derivation}` : '',
				f.comparability === 'not_comparable' ? 'Not comparable' : '',
				f.note
			]
				.filter((n) => n !== '')
				.join('; ');
			return {
				header: rowHeader(f),
				cells: [
					MEASURE_LABELS[f.measure],
					figurePeriod(f),
					f.vintage,
					figureValueText(f),
					f.unit,
					s ? `${s.publisher}, ${s.title}` : f.source_id,
					notes
				]
			};
		})
	};
}

export function sourceMap(sources: readonly Source[]): Map<string, Source> {
	return new Map(sources.map((s) => [s.source_id, s]));
}
