// Zod schemas for single CSV cells. Every cell arrives as a string; these turn it into a
// typed value or a precise, human-readable rule violation. An empty cell is never a 0.
import { z } from 'zod';
import { REJECT, withFastPath } from './fastCell';

// eslint-disable-next-line no-control-regex -- control characters are what it rejects
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Free text, shown only as text. Control characters are refused; HTML is kept as literal text. */
export const text = (max = 500) =>
	withFastPath(
		z
			.string()
			.max(max, `must be at most ${max} characters`)
			.refine((s) => !CONTROL_CHARS.test(s), 'must not contain control characters'),
		(s) => (s.length <= max && !CONTROL_CHARS.test(s) ? s : REJECT)
	);

export const requiredText = (max = 500) =>
	withFastPath(text(max).min(1, 'required (the cell is empty)'), (s) =>
		s.length >= 1 && s.length <= max && !CONTROL_CHARS.test(s) ? s : REJECT
	);

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** Describe why a cell is not a plain decimal number, so the user can fix it. */
function numberProblem(raw: string): string | null {
	const s = raw.trim();
	if (s === '') return 'required (the cell is empty)';
	if (/^[-+]?(nan|infinity|inf)$/i.test(s))
		return 'must be a finite number (found NaN or Infinity)';
	if (s.includes('$')) return 'must be a plain number: remove the currency sign';
	if (s.includes('%'))
		return 'must be a plain number: remove the percent sign (the unit column says percent)';
	if (/\d,\d/.test(s)) return 'must be a plain number: remove thousands separators';
	if (!DECIMAL.test(s)) return 'must be a plain decimal number like 60290 or 4.9';
	return null;
}

// numberProblem passes exactly the trimmed strings DECIMAL matches: every earlier test it makes
// fails on a DECIMAL match, and '' fails DECIMAL.

/** The number a cell states, or a located issue worded by numberProblem. */
function toNumber(raw: string, ctx: z.RefinementCtx): number {
	const problem = numberProblem(raw);
	if (!problem) return Number(raw.trim());
	ctx.addIssue({ code: 'custom', message: problem });
	return z.NEVER;
}

/** A required plain decimal number. */
export const plainNumber = withFastPath(z.string().transform(toNumber), (raw) => {
	const s = raw.trim();
	return DECIMAL.test(s) ? Number(s) : REJECT;
});

/** A plain decimal number, or empty (null): empty never becomes 0. */
export const optionalNumber = withFastPath(
	z
		.string()
		.transform((raw, ctx): number | null => (raw.trim() === '' ? null : toNumber(raw, ctx))),
	(raw) => {
		const s = raw.trim();
		return s === '' ? null : DECIMAL.test(s) ? Number(s) : REJECT;
	}
);

/** A string matching a pattern, with the pattern's own test as its fast path. */
const matching = (pattern: RegExp, message: string) =>
	withFastPath(z.string().regex(pattern, message), (s) => (pattern.test(s) ? s : REJECT));

/** YYYY or YYYY-MM. */
export const period = matching(
	/^(19|20)\d\d(-(0[1-9]|1[0-2]))?$/,
	'must be a year (YYYY) or a month (YYYY-MM)'
);
export const optionalPeriod = z.union([z.literal(''), period]);

/** YYYY, YYYY-MM or YYYY-MM-DD: how precisely a publication date is known. */
export const partialDate = matching(
	/^(19|20)\d\d(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
	'must be a date as YYYY, YYYY-MM or YYYY-MM-DD'
);
export const optionalDate = z.union([z.literal(''), partialDate]);

/** Links are only ever made from http(s) URLs. */
export const httpUrl = z
	.string()
	.min(1, 'required (the cell is empty)')
	.max(2000)
	.refine((s) => {
		try {
			const u = new URL(s);
			return (u.protocol === 'http:' || u.protocol === 'https:') && s === s.trim();
		} catch {
			return false;
		}
	}, 'must be an http:// or https:// URL');
export const optionalHttpUrl = z.union([z.literal(''), httpUrl]);

/** A SOC code (XX-XXXX) or HC, the healthcare-wide group (29-0000 + 31-0000). */
export const socCode = matching(/^(\d\d-\d{4}|HC)$/, 'must be a SOC code like 29-2010, or HC');

export const identifier = matching(
	/^[A-Za-z0-9][A-Za-z0-9._:-]{0,119}$/,
	'must be an identifier (letters, digits, . _ : -)'
);

export const geography = matching(/^[A-Z]{2}$/, 'must be US or a two-letter state code');

/** One of a fixed list, with the allowed values in the message. */
export const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
	withFastPath(
		z.string().refine((s): s is T[number] => (values as readonly string[]).includes(s), {
			message: `must be one of: ${values.filter((v) => v !== '').join(', ')}${values.includes('') ? ' (or empty)' : ''}`
		}),
		// The list's own string, so a million rows share one copy of each value.
		(s) => {
			const i = (values as readonly string[]).indexOf(s);
			return i >= 0 ? values[i] : REJECT;
		}
	) as unknown as z.ZodType<T[number], string>;

/** What a row-level rule may report: one located, human-readable problem. */
export type RowRuleContext = {
	addIssue(issue: { code: 'custom'; path: string[]; message: string }): void;
};

/**
 * A row schema whose cross-column rules can also run on their own, so the loader can validate
 * repeated cells once (memoised per column) and still apply exactly these rules to every row.
 */
export function rowSchema<Shape extends z.ZodRawShape, Row>(
	shape: z.ZodObject<Shape>,
	rowRules: (row: Row, ctx: RowRuleContext) => void
) {
	return Object.assign(
		shape.superRefine((row, ctx) => rowRules(row as Row, ctx)),
		{ rowRules: rowRules as (row: unknown, ctx: RowRuleContext) => void }
	);
}
