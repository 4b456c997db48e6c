// Validates one CSV record against a row schema. When the schema exposes its cross-column rules
// (schema/cells.ts rowSchema), each column's cell schema runs once per distinct raw value — most
// columns repeat (measure, unit, vintage...) — and the row rules then run on the assembled row:
// exactly the rules of schema.safeParse, with far fewer calls on large files.
import type { z } from 'zod';
import type { RowRuleContext } from '../schema/cells';

export type RowSchema = z.ZodType<unknown, Record<string, string>> & {
	shape: Record<string, z.ZodType>;
	rowRules?: (row: unknown, ctx: RowRuleContext) => void;
};

export type RowIssue = { column: string; message: string };
export type RowCheck = { ok: true; value: unknown } | { ok: false; issues: RowIssue[] };

/** Memoised cell results stop growing here per column, so memory stays bounded on huge files. */
const CELL_CACHE_LIMIT = 20_000;

/** The cell for schema column i, or '' when the file lacks that (optional) column. */
export function cellAt(record: string[], index: number[], i: number): string {
	const at = index[i]!;
	return at >= 0 ? record[at]! : '';
}

export function rowValidator(schema: RowSchema, columns: string[]): (record: string[], index: number[]) => RowCheck {
	const rowRules = schema.rowRules;
	if (!rowRules) {
		return (record, index) => {
			// Keys come from the schema, never from the file's header, so a plain object is safe.
			const raw: Record<string, string> = {};
			for (let i = 0; i < columns.length; i++) raw[columns[i]!] = cellAt(record, index, i);
			const parsed = schema.safeParse(raw);
			return parsed.success
				? { ok: true, value: parsed.data }
				: { ok: false, issues: parsed.error.issues.map((i) => ({ column: String(i.path[0] ?? ''), message: i.message })) };
		};
	}
	const cells = columns.map((column) => ({
		column,
		schema: schema.shape[column]!,
		cache: new Map<string, z.ZodSafeParseResult<unknown>>(),
		lookups: 0,
		hits: 0,
		// Columns of mostly distinct values (ids, numbers) stop consulting the cache.
		memoise: true
	}));
	let issues: RowIssue[] = [];
	const ctx: RowRuleContext = { addIssue: (issue) => issues.push({ column: issue.path[0] ?? '', message: issue.message }) };
	return (record, index) => {
		const row: Record<string, unknown> = {};
		issues = [];
		for (let i = 0; i < cells.length; i++) {
			const cell = cells[i]!;
			const text = cellAt(record, index, i);
			let parsed: z.ZodSafeParseResult<unknown> | undefined;
			if (cell.memoise) {
				parsed = cell.cache.get(text);
				cell.lookups++;
				if (parsed !== undefined) cell.hits++;
				else if (cell.lookups > 2_000 && cell.hits * 4 < cell.lookups) {
					cell.memoise = false;
					cell.cache.clear();
				}
			}
			if (parsed === undefined) {
				parsed = cell.schema.safeParse(text);
				if (cell.memoise && cell.cache.size < CELL_CACHE_LIMIT) cell.cache.set(text, parsed);
			}
			if (parsed.success) row[cell.column] = parsed.data;
			else for (const issue of parsed.error.issues) issues.push({ column: cell.column, message: issue.message });
		}
		if (issues.length === 0) rowRules(row, ctx);
		return issues.length > 0 ? { ok: false, issues } : { ok: true, value: row };
	};
}
