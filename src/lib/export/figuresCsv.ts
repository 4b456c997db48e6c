// The figures behind a chart, with provenance columns, as CSV.
import type { Figure } from '$lib/core/schema/figure';
import type { Source } from '$lib/core/schema/source';
import { safeHref } from '$lib/core/format/safeHref';
import { toCsv } from './toCsv';

export const FIGURE_CSV_COLUMNS = [
	'figure_id',
	'measure',
	'soc_code',
	'occupation',
	'geography',
	'period_start',
	'period_end',
	'vintage',
	'value',
	'value_flag',
	'value_bound',
	'unit',
	'qualifier',
	'comparability',
	'derivation',
	'note',
	'source_id',
	'source_publisher',
	'source_title',
	'source_url'
] as const;

export function figuresCsv(figures: readonly Figure[], sources: readonly Source[]): string {
	const byId = new Map(sources.map((s) => [s.source_id, s]));
	return toCsv(
		FIGURE_CSV_COLUMNS,
		figures.map((f) => {
			const s = byId.get(f.source_id);
			return [
				f.id,
				f.measure,
				f.soc_code,
				f.occupation,
				f.geography,
				f.period_start,
				f.period_end,
				f.vintage,
				f.value,
				f.value_flag,
				f.value_bound,
				f.unit,
				f.qualifier,
				f.comparability,
				f.derivation,
				f.note,
				f.source_id,
				s?.publisher ?? '',
				s?.title ?? '',
				safeHref(s?.url) ?? ''
			];
		})
	);
}
