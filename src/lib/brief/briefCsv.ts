// The figures a brief uses, as CSV with provenance (formula-safe through the shared toCsv).
import type { Source } from '$lib/core/schema/source';
import { MEASURE_LABELS, type ClaimMeasure } from '$lib/core/schema/vocabulary';
import { safeHref } from '$lib/core/format/safeHref';
import { toCsv, type CsvCell } from '$lib/export/toCsv';
import type { BriefModel } from './select';
import type { BriefPayload } from './types';

export const BRIEF_CSV_COLUMNS = [
	'citation',
	'role',
	'figure_id',
	'measure',
	'soc_code',
	'vintage',
	'period_start',
	'period_end',
	'value',
	'value_flag',
	'unit',
	'computed',
	'source_id',
	'source_publisher',
	'source_title',
	'source_url',
	'brief_fingerprint',
	'as_of'
] as const;

export function briefCsv(
	model: BriefModel,
	payload: BriefPayload,
	sources: readonly Source[],
	num: (id: string) => number | null
): string {
	const byId = new Map(sources.map((s) => [s.source_id, s]));
	const rows: CsvCell[][] = [];
	const add = (
		role: string,
		id: string,
		measure: string,
		soc: string,
		vintage: string,
		start: string,
		end: string,
		value: number | null,
		flag: string,
		unit: string,
		computed: boolean,
		sourceId: string
	) => {
		const s = byId.get(sourceId);
		rows.push([
			num(sourceId) ?? '',
			role,
			id,
			measure,
			soc,
			vintage,
			start,
			end,
			value,
			flag,
			unit,
			computed ? 'yes' : 'no',
			sourceId,
			s?.publisher ?? '',
			s?.title ?? '',
			safeHref(s?.url) ?? '',
			model.fingerprint,
			payload.accessed
		]);
	};
	for (const f of model.used)
		add(
			f.soc_code === '00-0000' ? 'all occupations' : 'figure',
			f.id,
			MEASURE_LABELS[f.measure as ClaimMeasure] ?? f.measure,
			f.soc_code,
			f.vintage,
			f.period_start,
			f.period_end,
			f.value,
			f.value_flag,
			f.unit,
			f.computed,
			f.source_id
		);
	if (model.realYear !== null)
		for (const p of payload.cpi.points.filter(
			(pt) => pt.year === model.realYear || model.wageHistory.some((r) => r.year === pt.year)
		))
			add(
				'CPI for inflation adjustment',
				`cpi:${payload.cpi.series}:${p.year}`,
				`CPI-U annual average (${payload.cpi.base})`,
				'',
				payload.cpi.series,
				String(p.year),
				String(p.year),
				p.value,
				'',
				'index',
				false,
				payload.cpi.sourceId
			);
	for (const s of payload.supply)
		add(
			'supply',
			s.id,
			s.kind,
			'',
			s.program,
			s.period_start,
			s.period_end,
			s.value,
			'',
			s.unit,
			false,
			s.source_id
		);
	return toCsv(BRIEF_CSV_COLUMNS, rows);
}
