// The ledger as downloadable files.
//
// CSV: one row per (claim, matched figure), with a `figure_role` column (match / nearest / newer /
// context). A claim with no matched figure gets one row with the figure columns empty. Claim and
// document columns repeat on each of a claim's rows so every row carries its full provenance.
// Cells go through toCsv, which neutralises spreadsheet formulas (=, +, -, @, tab, CR).
//
// JSON: the array of public check records (checkToRecord), exactly what `ledger check --json` prints.
import { toCsv, type CsvCell } from '$lib/export/toCsv';
import { safeHref } from '$lib/core/format/safeHref';
import type { CheckRecord } from '$lib/core/ledger/checkToRecord';
import type { LedgerEntry } from './types';
import { documentDateText, documentOf, statedBounds, type MatchedFigureRecord } from './describe';

export const LEDGER_CSV_COLUMNS = [
	'claim_id',
	'headline_verdict',
	'verdicts',
	'measure',
	'scope_as_stated',
	'scope_code',
	'geography',
	'period_start',
	'period_end',
	'qualifier',
	'value',
	'value_low',
	'value_high',
	'unit',
	'attributed_to',
	'claim_note',
	'document_id',
	'document_kind',
	'document_publisher',
	'document_title',
	'document_url',
	'document_published',
	'document_date',
	'explanation',
	'differences',
	'figure_role',
	'figure_end',
	'figure_id',
	'figure_measure',
	'figure_occupation_code',
	'figure_occupation',
	'figure_geography',
	'figure_period_start',
	'figure_period_end',
	'figure_vintage',
	'figure_value',
	'figure_unit',
	'figure_qualifier',
	'figure_computed',
	'figure_difference',
	'figure_source_id',
	'figure_source_kind',
	'figure_source_publisher',
	'figure_source_title',
	'figure_source_url',
	'figure_source_original'
] as const;

function claimCells(e: LedgerEntry): CsvCell[] {
	const r = e.record;
	const d = documentOf(r);
	const isRange = r.qualifier === 'range';
	const { low, high } = statedBounds(r);
	return [
		r.id,
		r.verdicts[0] ?? '',
		r.verdicts.join('; '),
		r.measure,
		r.scope.as_stated,
		r.scope.code ?? '',
		r.geography,
		r.period.start ?? '',
		r.period.end ?? '',
		r.qualifier,
		isRange ? null : low,
		isRange ? low : null,
		isRange ? high : null,
		r.unit,
		r.attributed_to,
		e.note,
		d.id,
		e.documentKind,
		d.publisher,
		d.title,
		safeHref(d.url) ?? '',
		d.published ?? '',
		documentDateText(r.document_date),
		r.explanation,
		r.differences.map((x) => `${x.kind}: ${x.text}`).join('; ')
	];
}

function figureCells(f: MatchedFigureRecord | null): CsvCell[] {
	if (!f)
		return LEDGER_CSV_COLUMNS.slice(LEDGER_CSV_COLUMNS.indexOf('figure_role')).map(() => null);
	const s = f.source;
	return [
		f.role,
		f.end,
		f.id,
		f.measure,
		f.occupation_code ?? '',
		f.occupation,
		f.geography,
		f.period.start,
		f.period.end,
		f.vintage,
		f.value,
		f.unit,
		f.qualifier,
		f.computed ?? '',
		f.difference,
		s?.id ?? '',
		s?.kind ?? '',
		s?.publisher ?? '',
		s?.title ?? '',
		safeHref(s?.url) ?? '',
		s?.original ?? ''
	];
}

export function ledgerCsvRows(entries: readonly LedgerEntry[]): CsvCell[][] {
	return entries.flatMap((e) => {
		const claim = claimCells(e);
		const figures = e.record.matched_figures;
		return figures.length === 0
			? [[...claim, ...figureCells(null)]]
			: figures.map((f) => [...claim, ...figureCells(f)]);
	});
}

export function ledgerCsv(entries: readonly LedgerEntry[]): string {
	return toCsv(LEDGER_CSV_COLUMNS, ledgerCsvRows(entries));
}

export function ledgerRecords(entries: readonly LedgerEntry[]): CheckRecord[] {
	return entries.map((e) => e.record);
}

export function ledgerJson(entries: readonly LedgerEntry[]): string {
	return `${JSON.stringify(ledgerRecords(entries), null, 2)}\n`;
}
