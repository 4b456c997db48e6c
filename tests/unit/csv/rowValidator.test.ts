// The row validator (fast paths, per-column caches, one row shape) must give exactly what the
// zod row schema gives: the same accepted values, or the same problems in the same order.
import { describe, expect, it } from 'vitest';
import {
	rowValidator,
	type RowIssue,
	type RowSchema
} from '../../../src/lib/core/csv/rowValidator';
import { FigureSchema } from '../../../src/lib/core/schema/figure';
import { ClaimSchema } from '../../../src/lib/core/schema/claim';
import { SourceSchema } from '../../../src/lib/core/schema/source';
import { CLAIM_MEASURES, FIGURE_MEASURES, UNITS } from '../../../src/lib/core/schema/vocabulary';

/** Candidate cells per column: the first two are valid, the rest often broken the way files are. */
const POOL: Record<string, string[]> = {
	id: ['a1', 'a2', 'gen:f1', 'x.y_z-1', '', ' a', 'a b', '_x', 'x'.repeat(121)],
	document_id: ['doc1', 'doc1', 'doc1', 'doc2', '', 'doc 3'],
	source_id: ['src', 'src', 'bls', '', '-x'],
	measure: [...FIGURE_MEASURES, ...CLAIM_MEASURES, 'avg_salary', '', 'Employment'],
	soc_code: ['29-2010', '29-2011', 'HC', '', '00-0000', '29-201', 'hc', 'NAICS 62'],
	scope_code: ['29-2010', '29-2011', 'HC', '', 'NAICS 62', 'NAICS 6', '29-201'],
	occupation: ['Clinical laboratory technologists', 'Nurses', '', 'a\u0001b', 'x'.repeat(301)],
	scope_as_stated: ['lab techs', '', 'x'.repeat(301), 'tab\tok'],
	geography: ['US', 'US', 'CA', '', 'us', 'USA'],
	period_start: ['2022', '2024-05', '', '2024-13', '1899', '05/2024'],
	period_end: ['2032', '2024-05', '', '2021', '2024-00'],
	vintage: ['EP 2022-32', 'OEWS May 2024', '', 'x'.repeat(121)],
	value: ['5.3', '61890', '', '-4', '60,290', '$5', '4.9%', 'NaN', ' 7 ', '1e3', '007', '0.50'],
	value_low: ['', '', '45000', '1,000', '5'],
	value_high: ['', '', '60000', '4', 'x'],
	value_flag: ['', '', 'top_coded', 'not_available', 'other'],
	value_bound: ['', '', '115', 'abc'],
	unit: [...UNITS, 'dollars', ''],
	qualifier: ['exact', 'about', 'rounded', 'range', 'up_to', 'at_least', '', 'Exact'],
	comparability: ['comparable', 'not_comparable', ''],
	attributed_to: ['BLS', 'not stated', '', 'x'.repeat(201)],
	derivation: ['', '', 'sum of 29-2011 and 29-2012'],
	note: ['', '', 'a note', 'bad\u0007note'],
	kind: ['official', 'reproduction', 'survey', 'article', 'marketing', 'blog'],
	publisher: ['BLS', 'NCES', ''],
	title: ['Employment Projections', 'OOH', ''],
	url: [
		'https://www.bls.gov/emp/',
		'http://x.org',
		'',
		'ftp://x',
		' https://x.org',
		'javascript:alert(1)'
	],
	published: ['', '2024', '2024-05', '2024-05-31', '2024-02-32'],
	original_publisher: ['', 'BLS'],
	original_title: ['', 'Table 1.2'],
	original_url: ['', 'https://x.org', 'nope']
};

function rows(columns: string[], count: number, seed: number): string[][] {
	// mulberry32: the low bits of a plain LCG are far from random.
	let s = seed >>> 0;
	const next = () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = Math.imul(s ^ (s >>> 15), s | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return (t ^ (t >>> 14)) >>> 0;
	};
	const pick = (list: string[]) =>
		list[next() % 10 < 9 ? next() % Math.min(2, list.length) : next() % list.length]!;
	return Array.from({ length: count }, () => columns.map((c) => pick(POOL[c] ?? [''])));
}

/**
 * What zod says about the row, in the validator's terms. The loader's one rule of its own: the
 * cross-column rules judge only a row whose cells are all valid (zod would also run them on the
 * cells it could read), so a row with a bad cell reports its cell problems alone.
 */
function viaZod(
	schema: RowSchema,
	columns: string[],
	record: string[]
): { ok: true; value: unknown } | { ok: false; issues: RowIssue[] } {
	const raw = Object.fromEntries(columns.map((c, i) => [c, record[i]!]));
	const r = schema.safeParse(raw);
	if (r.success) return { ok: true, value: r.data };
	const cellIssues = columns.flatMap((c) => {
		const cell = schema.shape[c]!.safeParse(raw[c]);
		return cell.success ? [] : cell.error.issues.map((i) => ({ column: c, message: i.message }));
	});
	return {
		ok: false,
		issues:
			cellIssues.length > 0
				? cellIssues
				: r.error.issues.map((i) => ({ column: String(i.path[0] ?? ''), message: i.message }))
	};
}

describe('rowValidator', () => {
	it.each([
		['datasets', FigureSchema as RowSchema],
		['claims', ClaimSchema as RowSchema],
		['sources', SourceSchema as RowSchema]
	])(
		'gives zod’s verdict on every %s row, value for value and problem for problem',
		(_name, schema) => {
			const columns = Object.keys(schema.shape);
			const index = columns.map((_, i) => i);
			const validate = rowValidator(schema, columns);
			let accepted = 0;
			const all = rows(columns, 20_000, 7);
			for (const record of all) {
				const got = validate(record, index);
				const expected = viaZod(schema, columns, record);
				expect(got).toEqual(expected);
				if (got.ok) {
					accepted++;
					expect(Object.keys(got.value as object)).toEqual(
						Object.keys(expected.ok ? (expected.value as object) : {})
					);
				}
			}
			// Enough rows of both kinds to mean something.
			expect(accepted).toBeGreaterThan(500);
			expect(all.length - accepted).toBeGreaterThan(500);
		}
	);

	it('reads a column missing from the file as empty', () => {
		const columns = Object.keys(FigureSchema.shape);
		const validate = rowValidator(FigureSchema as RowSchema, columns);
		const record = [
			'f1',
			'employment',
			'29-2010',
			'Lab',
			'US',
			'2024',
			'2024',
			'EP 2024-34',
			'5',
			'',
			'',
			'persons',
			'exact',
			'comparable',
			'src',
			'',
			'dropped'
		];
		const index = columns.map((c, i) => (c === 'note' ? -1 : i));
		expect(validate(record, index)).toEqual(
			viaZod(FigureSchema as RowSchema, columns, [...record.slice(0, -1), ''])
		);
	});
});
