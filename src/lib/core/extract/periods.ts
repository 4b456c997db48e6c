// Reference periods as a document states them: "from 2023 to 2033", "2022-32", "in May 2024",
// "as of May 2023", "by 2026" (end only), "through 2034" (end only), "in 2024" (a bare year,
// kept as a year), and vague horizons ("over the next decade") that state no period.
import type { Range } from './types';

export type PeriodMatch = Range & {
	text: string;
	period_start: string;
	period_end: string;
	/** range: start and end; point: one moment; end: only an end ("by 2026"); vague: no period. */
	form: 'range' | 'point' | 'end' | 'vague';
	/** A bare year with no preposition ("2024 Median Pay"): weaker evidence. */
	bare?: boolean;
};

const MONTHS: Record<string, string> = {
	jan: '01',
	feb: '02',
	mar: '03',
	apr: '04',
	may: '05',
	jun: '06',
	jul: '07',
	aug: '08',
	sep: '09',
	oct: '10',
	nov: '11',
	dec: '12'
};
const YEAR = '((?:19|20)\\d\\d)';
const MONTH =
	'(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

/** "32" after 2022 -> "2032". */
function fullYear(start: string, end: string): string {
	return end.length === 4 ? end : `${start.slice(0, 2)}${end}`;
}

type Pattern = {
	re: RegExp;
	read: (m: RegExpExecArray) => Omit<PeriodMatch, 'start' | 'end' | 'text'> | null;
};

const PATTERNS: Pattern[] = [
	{
		re: new RegExp(
			`\\b(?:from|between)\\s+(?:${MONTH}\\.?\\s+)?${YEAR}\\s*(?:to|and|through|until|-|–|—)\\s*(?:${MONTH}\\.?\\s+)?((?:19|20)?\\d\\d)\\b`,
			'gi'
		),
		read: (m) => range(m[2]!, m[4]!)
	},
	{
		re: new RegExp(
			`\\b${YEAR}\\s*(?:-|–|—|to|through|thru)\\s*((?:19|20)\\d\\d|\\d\\d)\\b(?!\\s*(?:%|percent|,\\d))`,
			'gi'
		),
		read: (m) => range(m[1]!, m[2]!)
	},
	{
		re: new RegExp(
			`\\b(?:(?:in|as of|for|during|since|of)\\s+)?${MONTH}\\.?\\s+(?:\\d{1,2},?\\s+)?${YEAR}\\b`,
			'gi'
		),
		read: (m) => {
			const p = `${m[2]}-${MONTHS[m[1]!.slice(0, 3).toLowerCase()]}`;
			return { period_start: p, period_end: p, form: 'point' };
		}
	},
	{
		re: new RegExp(
			`\\b(?:by|through|thru|until|till|before)\\s+(?:the\\s+end\\s+of\\s+)?${YEAR}\\b`,
			'gi'
		),
		read: (m) => ({ period_start: '', period_end: m[1]!, form: 'end' })
	},
	{
		re: new RegExp(`\\b(?:in|as of|for|during|of)\\s+(?:the\\s+year\\s+)?${YEAR}\\b`, 'gi'),
		read: (m) => ({ period_start: m[1]!, period_end: m[1]!, form: 'point' })
	},
	{
		re: /\b(?:over|in|during|within|across)\s+the\s+(?:next|coming|following|upcoming)\s+(?:decade|ten\s+years|10\s+years|several\s+years|few\s+years|\w+\s+years)\b|\bthis\s+decade\b/gi,
		read: () => ({ period_start: '', period_end: '', form: 'vague' })
	},
	{
		re: new RegExp(`\\b${YEAR}\\b(?!\\s*(?:%|percent))`, 'g'),
		read: (m) => ({ period_start: m[1]!, period_end: m[1]!, form: 'point', bare: true })
	}
];

function range(a: string, b: string): Omit<PeriodMatch, 'start' | 'end' | 'text'> | null {
	const end = fullYear(a, b);
	if (end <= a) return null;
	return { period_start: a, period_end: end, form: 'range' };
}

/** Every period stated in a text, earlier patterns winning where matches overlap. */
export function findPeriods(text: string): PeriodMatch[] {
	const out: PeriodMatch[] = [];
	for (const { re, read } of PATTERNS) {
		re.lastIndex = 0;
		for (let m = re.exec(text); m; m = re.exec(text)) {
			const start = m.index;
			const end = m.index + m[0].length;
			if (out.some((p) => p.start < end && start < p.end)) continue;
			// A money or comma-grouped number is not a year ("$2,000", "2024,000").
			if (
				text[start - 1] === '$' ||
				text[start - 1] === ',' ||
				/^[,.]\d/.test(text.slice(end, end + 2))
			)
				continue;
			const r = read(m);
			if (r) out.push({ start, end, text: m[0], ...r });
		}
	}
	return out.sort((a, b) => a.start - b.start);
}

/** The years inside period matches, so the number reader can skip them ("2022–32"). */
export function periodMasks(periods: PeriodMatch[]): Range[] {
	return periods.filter((p) => p.form !== 'vague').map((p) => ({ start: p.start, end: p.end }));
}
