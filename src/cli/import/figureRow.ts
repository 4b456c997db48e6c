// A figure row with the defaults every import shares; callers state only what differs.
import type { FigureRow } from './rowTypes';

type Required = Pick<
	FigureRow,
	| 'id'
	| 'measure'
	| 'soc_code'
	| 'occupation'
	| 'period_start'
	| 'period_end'
	| 'vintage'
	| 'unit'
	| 'source_id'
>;

export function figureRow(fields: Required & Partial<FigureRow>): FigureRow {
	return {
		id: fields.id,
		measure: fields.measure,
		soc_code: fields.soc_code,
		occupation: fields.occupation,
		geography: fields.geography ?? 'US',
		period_start: fields.period_start,
		period_end: fields.period_end,
		vintage: fields.vintage,
		value: fields.value ?? '',
		value_flag: fields.value_flag ?? '',
		value_bound: fields.value_bound ?? '',
		unit: fields.unit,
		qualifier: fields.qualifier ?? 'exact',
		comparability: fields.comparability ?? 'comparable',
		source_id: fields.source_id,
		derivation: fields.derivation ?? '',
		note: fields.note ?? ''
	};
}
