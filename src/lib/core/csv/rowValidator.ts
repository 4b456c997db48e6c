// Validates one CSV record against a row schema. When the schema exposes its cross-column rules
// (schema/cells.ts rowSchema), each cell is checked on its own — by its fast path (schema/fastCell.ts)
// or zod, and only once per distinct raw value while a column keeps repeating (measure, unit,
// vintage...) — and the row rules then run on the assembled row: exactly the rules of
// schema.safeParse. zod runs only for cells without a fast path and to word problems. Row rules
// judge only rows whose cells are all valid.
import type { z } from 'zod';
import type { RowRuleContext } from '../schema/cells';
import { fastCell, REJECT } from '../schema/fastCell';
import { cellCache } from './cellCache';

export type RowSchema = z.ZodType<unknown, Record<string, string>> & {
	shape: Record<string, z.ZodType>;
	rowRules?: (row: unknown, ctx: RowRuleContext) => void;
};

export type RowIssue = { column: string; message: string };
export type RowCheck = { ok: true; value: unknown } | { ok: false; issues: RowIssue[] };

/** The cell for schema column i, or '' when the file lacks that (optional) column. */
export function cellAt(record: string[], index: number[], i: number): string {
	const at = index[i]!;
	return at >= 0 ? record[at]! : '';
}

export function rowValidator(
	schema: RowSchema,
	columns: string[]
): (record: string[], index: number[]) => RowCheck {
	const rowRules = schema.rowRules;
	if (!rowRules) {
		return (record, index) => {
			// Keys come from the schema, never from the file's header, so a plain object is safe.
			const raw: Record<string, string> = {};
			for (let i = 0; i < columns.length; i++) raw[columns[i]!] = cellAt(record, index, i);
			const parsed = schema.safeParse(raw);
			return parsed.success
				? { ok: true, value: parsed.data }
				: {
						ok: false,
						issues: parsed.error.issues.map((i) => ({
							column: String(i.path[0] ?? ''),
							message: i.message
						}))
					};
		};
	}
	const cells = columns.map((column) => {
		const cellSchema = schema.shape[column]!;
		const fast = fastCell(cellSchema);
		return {
			column,
			schema: cellSchema,
			fast,
			// Accepted values by raw text: repeated cells skip validation and share one value.
			cache: cellCache(),
			// The previous row's cell: files often repeat a value down a column (a document's claims).
			lastText: '',
			lastValue: undefined as unknown,
			lookups: 0,
			hits: 0,
			// Columns of mostly distinct values (ids, numbers) stop consulting the cache.
			memoise: true
		};
	});
	// Every row is a copy of this: one shape, keys in schema order, no per-key growth. JSON.parse
	// makes an object with every property in-object, so each copy is one allocation, not two.
	const template = JSON.parse(
		JSON.stringify(Object.fromEntries(columns.map((c) => [c, null])))
	) as Record<string, unknown>;
	let issues: RowIssue[] = [];
	const ctx: RowRuleContext = {
		addIssue: (issue) => issues.push({ column: issue.path[0] ?? '', message: issue.message })
	};
	return (record, index) => {
		const row: Record<string, unknown> = { ...template };
		if (issues.length > 0) issues = [];
		for (let i = 0; i < cells.length; i++) {
			const cell = cells[i]!;
			const text = cellAt(record, index, i);
			let value: unknown = REJECT;
			if (cell.memoise) {
				cell.lookups++;
				if (text === cell.lastText && cell.lastValue !== undefined) {
					cell.hits++;
					row[cell.column] = cell.lastValue;
					continue;
				}
				value = cell.cache.get(text);
				if (value !== undefined) {
					cell.hits++;
					cell.lastText = text;
					cell.lastValue = value;
					row[cell.column] = value;
					continue;
				}
				value = REJECT;
				if (cell.lookups > 2_000 && cell.hits * 4 < cell.lookups) cell.memoise = false;
			}
			if (cell.fast !== null) value = cell.fast(text);
			if (value === REJECT) {
				// zod words the problem (and, should the fast path ever disagree, zod decides).
				const parsed = cell.schema.safeParse(text);
				if (!parsed.success) {
					for (const issue of parsed.error.issues)
						issues.push({ column: cell.column, message: issue.message });
					continue;
				}
				value = parsed.data;
			}
			if (cell.memoise && value !== undefined) {
				cell.cache.set(text, value);
				cell.lastText = text;
				cell.lastValue = value;
			}
			row[cell.column] = value;
		}
		if (issues.length === 0) rowRules(row, ctx);
		return issues.length > 0 ? { ok: false, issues } : { ok: true, value: row };
	};
}
