// How a document hedges a figure: the words right before it ("up to", "about", "more than")
// or right after it ("or more"). A range is always "range".

export type Qualifier = 'exact' | 'about' | 'up_to' | 'at_least' | 'range';

const BEFORE: { qualifier: Exclude<Qualifier, 'exact' | 'range'>; re: RegExp }[] = [
	{
		qualifier: 'up_to',
		re: /\b(up\s+to|as\s+(?:much|many|high)\s+as|less\s+than|fewer\s+than|under|below|no\s+more\s+than|at\s+most|a\s+maximum\s+of)\s*$/i
	},
	{
		qualifier: 'at_least',
		re: /\b(more\s+than|over|at\s+least|above|exceeding|exceeds?|upwards\s+of|in\s+excess\s+of|greater\s+than|higher\s+than|north\s+of|a\s+minimum\s+of)\s*$/i
	},
	{
		qualifier: 'about',
		re: /(?:\b(about|approximately|approx\.|roughly|around|nearly|almost|close\s+to|an\s+estimated|estimated|some|circa)|(~))\s*$/i
	}
];
const AFTER: { qualifier: 'at_least' | 'up_to'; re: RegExp }[] = [
	{ qualifier: 'at_least', re: /^(\+|\s*or\s+(?:more|higher|above|greater)\b)/i },
	{ qualifier: 'up_to', re: /^\s*or\s+(?:less|fewer|lower|below)\b/i }
];

export type QualifierFinding = { qualifier: Qualifier; words: string | null };

/** `before`: the text before the figure (its own window); `after`: the text after it. */
export function findQualifier(before: string, after: string, isRange: boolean): QualifierFinding {
	if (isRange) return { qualifier: 'range', words: null };
	for (const { qualifier, re } of BEFORE) {
		const m = re.exec(before);
		if (m) return { qualifier, words: (m[1] ?? m[2] ?? m[0]).trim().replace(/\s+/g, ' ') };
	}
	for (const { qualifier, re } of AFTER) {
		const m = re.exec(after);
		if (m) return { qualifier, words: m[1]!.trim() };
	}
	return { qualifier: 'exact', words: null };
}
