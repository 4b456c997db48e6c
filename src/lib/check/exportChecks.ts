// Checked claims as CSV (formula-safe, through toCsv) and JSON (checkToRecord, the CLI's shape).
import { toCsv } from '../export/toCsv';
import { checkToRecord } from '../core/ledger/checkToRecord';
import type { CheckedClaim } from './checkClaims';

const HEADER = [
	'id',
	'measure',
	'stated_value',
	'stated_low',
	'stated_high',
	'unit',
	'qualifier',
	'period_start',
	'period_end',
	'scope_as_stated',
	'scope_code',
	'geography',
	'attributed_to',
	'verdicts',
	'matched_figures',
	'explanation',
	'verdicts_vs_your_upload',
	'explanation_vs_your_upload'
] as const;

const figureList = (c: CheckedClaim['official']) =>
	c.figures
		.filter((m) => m.role === 'match' || m.role === 'nearest')
		.map(
			(m) =>
				`${m.role}: ${m.figure.id} = ${m.figure.value ?? m.figure.value_flag} ${m.figure.unit} (${m.figure.vintage}; source ${m.figure.source_id})`
		)
		.join('; ');

export function checksToCsv(checks: readonly CheckedClaim[]): string {
	return toCsv(
		HEADER,
		checks.map(({ official, upload }) => {
			const c = official.claim;
			return [
				c.id,
				c.measure,
				c.value,
				c.value_low,
				c.value_high,
				c.unit,
				c.qualifier,
				c.period_start,
				c.period_end,
				c.scope_as_stated,
				c.scope_code,
				c.geography,
				c.attributed_to,
				official.verdicts.join(' '),
				figureList(official),
				official.explanation,
				upload ? upload.verdicts.join(' ') : '',
				upload ? upload.explanation : ''
			];
		})
	);
}

export function checksToJson(checks: readonly CheckedClaim[]): string {
	return `${JSON.stringify(
		checks.map(({ official, upload }) => ({
			...checkToRecord(official),
			against_your_upload: upload ? checkToRecord(upload) : null
		})),
		null,
		2
	)}\n`;
}

export type ExportFormat = 'csv' | 'json';

/** The checks as a file to download: formula-safe CSV, or JSON in the CLI's record shape. */
export function checksFile(checks: readonly CheckedClaim[], format: ExportFormat): Blob {
	return format === 'csv'
		? new Blob([checksToCsv(checks)], { type: 'text/csv;charset=utf-8' })
		: new Blob([checksToJson(checks)], { type: 'application/json' });
}
