// Whom a document credits for a figure: "according to the Bureau of Labor Statistics",
// "as noted by ASCLS", "data from X", "(source: X)", "per X", "X reports / says / projects".
// Variants of the Bureau of Labor Statistics are normalised to "BLS".
import type { Range } from './types';

export type AttributionMatch = Range & { name: string; cue: string };

const BLS_RE =
	/^(?:the\s+)?(?:U\.?\s?S\.?\s+|US\s+|United\s+States\s+)?(?:Bureau\s+of\s+Labor\s+Statistics|BLS|Occupational\s+Outlook\s+Handbook|OOH)(?:'s|’s)?(?:\s*\((?:BLS|OOH)\))?/i;

/** An organisation's name: capitalised words (with "of", "for", "and", "the" inside) or an acronym. */
const ORG =
	"((?:U\\.S\\.\\s+)?[A-Z][\\w&.'’-]*(?:\\s+(?:of|for|and|the|on|in|&|[A-Z][\\w&.'’-]*))*)";

const CUES: { cue: string; re: RegExp }[] = [
	{
		cue: 'according to',
		re: new RegExp(
			`\\b[Aa]ccording\\s+to\\s+(?:the\\s+|a\\s+|an\\s+)?(?:latest\\s+|recent\\s+|new\\s+)?(?:data\\s+from\\s+(?:the\\s+)?)?${ORG}`,
			'g'
		)
	},
	{
		cue: 'as noted by',
		re: new RegExp(
			`\\b[Aa]s\\s+(?:noted|reported|stated|found|projected|estimated)\\s+by\\s+(?:the\\s+)?${ORG}`,
			'g'
		)
	},
	{
		cue: 'data from',
		re: new RegExp(
			`\\b(?:[Dd]ata|[Ff]igures|[Ss]tatistics|[Nn]umbers|[Ee]stimates|[Pp]rojections)\\s+(?:from|by|published\\s+by|released\\s+by)\\s+(?:the\\s+)?${ORG}`,
			'g'
		)
	},
	{ cue: 'source:', re: /\(?\b(?:source|sources|data)\s*:\s*([^)\n;]+)\)?/gi },
	{ cue: 'per', re: new RegExp(`\\b[Pp]er\\s+(?:the\\s+)?${ORG}`, 'g') },
	{
		cue: 'reports',
		re: new RegExp(
			`${ORG}(?:'s|’s)?\\s+(?:also\\s+)?(?:reports?|reported|says|said|projects|projected|predicts|predicted|estimates|estimated|notes|noted|finds|found|forecasts|expects|states|stated|shows|counts|counted)\\b`,
			'g'
		)
	}
];

/** Capitalised words that start sentences but name nobody. */
const NOT_ORGS =
	/^(?:The|This|That|These|Those|It|Its|They|We|Our|You|Your|He|She|A|An|In|On|At|And|But|Also|Data|Source|Sources|Per|Today|Recent|New|Most|Many|Some|Employment|Median|Demand|Growth|Jobs?|Each|Every|Overall|Nationally|Nationwide|Job|Pay|Salary|Salaries|Wages?|Experts?|Analysts?|Researchers?|Report|Reports|Survey|Surveys|Statistics|Projections?)$/;

function cleanName(raw: string, loose = false): string | null {
	let s = raw
		.trim()
		.replace(/[.,:;)\s]+$/, '')
		.replace(/(?:'s|’s)$/, '');
	// Drop trailing connectives captured by the greedy name pattern.
	s = s.replace(/(?:\s+(?:of|for|and|the|on|in|&))+$/, '');
	s = s.replace(/^the\s+/i, '');
	if (BLS_RE.test(s) && BLS_RE.exec(s)![0].length >= s.replace(/\s*\(.*\)$/, '').length - 1)
		return 'BLS';
	if (/^(?:Bureau of Labor Statistics|BLS)\b/i.test(s)) return 'BLS';
	const firstWord = s.split(/\s+/)[0] ?? '';
	if (s === '' || (NOT_ORGS.test(firstWord) && !/\s/.test(s)) || NOT_ORGS.test(s)) return null;
	// One capitalised word that is not an acronym is usually a sentence start, not a name.
	if (!loose && !/\s/.test(s) && !/^[A-Z0-9&.]{2,}$/.test(s) && !/[A-Z].*[A-Z]/.test(s))
		return null;
	return s.length > 200 ? s.slice(0, 200) : s;
}

export function findAttributions(text: string): AttributionMatch[] {
	const out: AttributionMatch[] = [];
	for (const { cue, re } of CUES) {
		re.lastIndex = 0;
		for (let m = re.exec(text); m; m = re.exec(text)) {
			const name = cleanName(m[1]!, cue === 'source:');
			if (name && !out.some((o) => o.start < m!.index + m![0].length && m!.index < o.end))
				out.push({ start: m.index, end: m.index + m[0].length, name, cue });
		}
	}
	// A bare mention of the Bureau of Labor Statistics credits BLS.
	const bare =
		/\b(?:the\s+)?(?:U\.?\s?S\.?\s+)?(?:Bureau\s+of\s+Labor\s+Statistics|BLS|Occupational\s+Outlook\s+Handbook)\b/g;
	for (let m = bare.exec(text); m; m = bare.exec(text)) {
		if (!out.some((o) => (o.start <= m!.index && m!.index < o.end) || o.name === 'BLS'))
			out.push({ start: m.index, end: m.index + m[0].length, name: 'BLS', cue: 'names' });
	}
	return out.sort((a, b) => a.start - b.start);
}
