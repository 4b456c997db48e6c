// Finds the figures in one segment: percentages, money, counts and ranges of them. Numbers
// that are not labor-market figures (years, phone numbers, ages, durations, steps, zip codes,
// page numbers, ranks, percentile labels like "top 10%") are masked first and never returned.
import type { Range } from './types';

export type NumberKind = 'percent' | 'money' | 'count';

export type FigureMatch = Range & {
	text: string;
	kind: NumberKind;
	/** Money stated per hour ("$29.75 per hour", "$29.75/hour"). */
	hourly: boolean;
	/** The figure is followed by "per year", "annually", "each year"... */
	perYear: boolean;
	value: number | null;
	low: number | null;
	high: number | null;
	isRange: boolean;
};

type Atom = Range & {
	kind: NumberKind | 'plain';
	digits: string;
	exp: number;
	hasMultiplier: boolean;
	year: boolean;
};

const MULTIPLIERS: Record<string, number> = {
	k: 3,
	thousand: 3,
	m: 6,
	mm: 6,
	million: 6,
	mil: 6,
	b: 9,
	bn: 9,
	billion: 9
};

const ATOM_RE =
	/(\$\s?)?(\d{1,3}(?:,\d{3})+(?!\d)|\d+)(\.\d+)?(?:([KkMB]|bn|mil)(?![A-Za-z])|\s+(thousand|million|billion)\b)?(\s*(?:%|percent\b|per\s?cent\b))?/g;

/** Spans whose numbers are never figures. Each pattern's whole match is masked. */
const MASKS: RegExp[] = [
	// phone numbers
	/(?:\+?1[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b/g,
	/\b1-8\d\d-[A-Z0-9-]{7,}/g,
	// zip codes after a state abbreviation, or labelled
	/\b[A-Z]{2},?\s+\d{5}(?:-\d{4})?\b/g,
	/\bzip(?:\s*code)?:?\s*\d{5}(?:-\d{4})?/gi,
	// clock times
	/\b\d{1,2}:\d{2}\b(?:\s*[ap]\.?m\.?)?/gi,
	/\b\d{1,2}\s*[ap]\.m\.|\b\d{1,2}\s*[ap]m\b/gi,
	// ages
	/\b(?:ages?|aged|age of)\s+\d{1,3}(?:\s*(?:-|–|to|and)\s*\d{1,3})?/gi,
	/\b\d{1,3}(?:\s*(?:-|–|to)\s*\d{1,3})?[\s-]+years?[\s-]+(?:old|of age)\b/gi,
	/\b\d{1,3}\s+(?:and|or)\s+(?:older|over|up|younger)\b/gi,
	// durations, course sizes and other non-labor counts directly after a number
	/\b\d[\d,.]*(?:\s*(?:-|–|to)\s*\d[\d,.]*)?[\s-]*(?:weeks?|months?|years?|yrs?|days?|hours?|hrs?|minutes?|mins?|seconds?|semesters?|quarters?|terms?|credits?|credit[\s-]hours?|clock[\s-]hours?|units?|pages?|slides?|sessions?|modules?|courses?|classes?|lessons?|students?|graduates?|grads|campus(?:es)?|locations?|miles?|questions?|steps?|times?|beds?|stars?|reviews?|rooms?)\b/gi,
	// "Step 3", "page 12", "No. 5", "#1", "Suite 100", "Class of 2025", "Form 1040"...
	/\b(?:step|chapter|page|pp?\.|no\.|room|suite|unit|module|level|grade|section|form|part|phase|tier|version|lesson|week|day|class of|cohort|exhibit|table|figure|fig\.|item|question|rank(?:ed)?|ranking|number)\s*#?\d+\b/gi,
	/#\s?\d+/g,
	// ordinals ("1st", "10th percentile") and ranks ("top 20 careers")
	/\b\d+(?:st|nd|rd|th)\b/gi,
	/\b(?:top|best|first|last)\s+\d+\b(?!\s*(?:%|percent|per\s?cent))/gi,
	// percentile labels: the figure they describe is the wage next to them
	/\b(?:top|highest|upper|bottom|lowest|lower|best[\s-]paid|highest[\s-]paid|lowest[\s-]paid)\s+\d{1,2}\s*(?:%|percent|per\s?cent)/gi,
	// street addresses
	/\b\d{1,6}\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Lane|Ln\.?|Way|Parkway|Pkwy\.?|Court|Ct\.?|Place|Pl\.?|Highway|Hwy\.?)/g,
	// versions, ratios, fractions, codes like "24/7", "3:1", "401(k)", SOC codes
	/\b\d+\/\d+\b/g,
	/\b\d+\(\w\)/g,
	/\b\d\d-\d{4}(?:\.\d\d)?\b/g
];

export function maskRanges(text: string): Range[] {
	const out: Range[] = [];
	for (const re of MASKS) {
		re.lastIndex = 0;
		for (let m = re.exec(text); m; m = re.exec(text)) {
			if (m[0].length === 0) {
				re.lastIndex++;
				continue;
			}
			out.push({ start: m.index, end: m.index + m[0].length });
		}
	}
	return out;
}

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

/** "1.9" with exponent 6 -> 1900000, without floating-point noise. */
function scaled(digits: string, exp: number): number {
	return Number(`${digits}e${exp}`);
}

function readAtoms(text: string, masked: Range[]): Atom[] {
	const atoms: Atom[] = [];
	ATOM_RE.lastIndex = 0;
	for (let m = ATOM_RE.exec(text); m; m = ATOM_RE.exec(text)) {
		const start = m.index;
		const numStart = start + (m[1]?.length ?? 0);
		const prev = text[start - 1] ?? ' ';
		const prev2 = text[start - 2] ?? ' ';
		// Part of a word, code or decimal: "COVID-19", "H1N1", "v2.5", "W-2".
		if (/[A-Za-z0-9_.,/]/.test(prev) || (/[-–]/.test(prev) && /[A-Za-z]/.test(prev2))) continue;
		const end = start + m[0].length;
		if (/^[A-Za-z]/.test(text.slice(end, end + 1)) && !m[6]) continue;
		const range = { start, end };
		if (masked.some((r) => overlaps(r, { start: numStart, end: numStart + m![2]!.length })))
			continue;
		const mult = (m[4] ?? m[5] ?? '').toLowerCase();
		const digits = m[2]!.replace(/,/g, '') + (m[3] ?? '');
		const kind: Atom['kind'] = m[1] ? 'money' : m[6] ? 'percent' : 'plain';
		const year =
			kind === 'plain' && !mult && !m[3] && !m[2]!.includes(',') && /^(19|20)\d\d$/.test(m[2]!);
		atoms.push({
			...range,
			kind,
			digits,
			exp: MULTIPLIERS[mult] ?? 0,
			hasMultiplier: mult !== '',
			year
		});
	}
	return atoms;
}

const HOURLY_AFTER =
	/^\s*(?:\/\s*(?:hour|hr|h)\b|per\s+hour\b|an\s+hour\b|a\s+hour\b|hourly\b|p\/h\b)/i;
const YEARLY_AFTER =
	/^\s*(?:\/\s*(?:year|yr|annum)\b|per\s+(?:year|annum)\b|a\s+year\b|annually\b|each\s+year\b|every\s+year\b|yearly\b|annual(?:ly)?\b)/i;
/** Words between a count and its "each year": "1.9 million openings each year". */
const YEARLY_NEAR =
	/^[^.;|]{0,40}?\b(?:per\s+year|a\s+year|annually|each\s+year|every\s+year|yearly|per\s+annum)\b/i;
const CONNECTOR = /^\s*(?:to|through|–|—|-|and)\s*$/i;

function plainKind(a: Atom): NumberKind {
	return a.kind === 'plain' ? 'count' : a.kind;
}

export function findFigures(text: string, extraMasks: Range[] = []): FigureMatch[] {
	const masked = [...maskRanges(text), ...extraMasks];
	const atoms = readAtoms(text, masked).filter((a) => !a.year);
	const out: FigureMatch[] = [];
	for (let k = 0; k < atoms.length; k++) {
		const a = atoms[k]!;
		const b = atoms[k + 1];
		let low = a;
		let high: Atom | null = null;
		if (b) {
			const gap = text.slice(a.end, b.start);
			const before = text.slice(Math.max(0, a.start - 12), a.start);
			const connector = CONNECTOR.test(gap) && (!/and/i.test(gap) || /between\s+$/i.test(before));
			const compatible =
				a.kind === b.kind ||
				(a.kind === 'plain' && b.kind === 'percent') ||
				(a.kind === 'money' && b.kind === 'plain') ||
				(a.kind === 'percent' && b.kind === 'plain');
			if (connector && compatible) high = b;
		}
		let kind: NumberKind = plainKind(a);
		if (high) {
			kind = a.kind === 'plain' ? plainKind(high) : plainKind(a);
			low = a;
		}
		const end = high ? high.end : a.end;
		const after = text.slice(end);
		const hourly = kind === 'money' && HOURLY_AFTER.test(after);
		const perYear = YEARLY_AFTER.test(after) || (kind === 'count' && YEARLY_NEAR.test(after));
		const suffix =
			kind === 'money'
				? (HOURLY_AFTER.exec(after) ??
					(YEARLY_AFTER.exec(after) && /^\s*(?:\/|per\b|a\s+year)/i.test(after)
						? YEARLY_AFTER.exec(after)
						: null))
				: null;
		const figEnd = end + (suffix ? suffix[0].length : 0);
		if (high) {
			// "1.5 to 2 million", "$45-60K": the low end shares the high end's multiplier.
			const lowExp =
				!low.hasMultiplier && high.hasMultiplier && Number(low.digits) < Number(high.digits)
					? high.exp
					: low.exp;
			const lo = scaled(low.digits, lowExp);
			const hi = scaled(high.digits, high.exp);
			if (lo <= hi) {
				out.push({
					start: a.start,
					end: figEnd,
					text: text.slice(a.start, figEnd),
					kind,
					hourly,
					perYear,
					value: null,
					low: lo,
					high: hi,
					isRange: true
				});
				k++;
				continue;
			}
		}
		out.push({
			start: a.start,
			end: a.end + (suffix && !high ? suffix[0].length : 0),
			text: text.slice(a.start, a.end + (suffix && !high ? suffix[0].length : 0)),
			kind: plainKind(a),
			hourly,
			perYear,
			value: scaled(a.digits, a.exp),
			low: null,
			high: null,
			isRange: false
		});
	}
	return out;
}
