// Finds occupation / group phrases (SCOPE_PHRASES) and US state names (STATE_PHRASES) in a
// text. Longest phrase wins where matches overlap. Comparisons such as "faster than the
// average for all occupations" name a benchmark, not the figure's scope, and are skipped.
import { SCOPE_PHRASES } from './scopePhrases';
import { STATE_PHRASES } from './statePhrases';
import type { Range } from './types';

export type PhraseMatch = Range & { text: string; code: string };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Compiled = { re: RegExp; code: string };

/** "medical lab technicians" also matches "Medical Lab Technician" and "medical  lab technicians". */
function compile(
	phrases: readonly { phrase: string; code: string }[],
	opts: { plural: boolean; caseSensitiveAcronyms: boolean }
): Compiled[] {
	return phrases.map(({ phrase, code }) => {
		const words = phrase.split(/\s+/).map(escape);
		const acronym = /^[A-Z]{2,}s?$/.test(phrase);
		let last = words.pop()!;
		if (opts.plural && /s$/i.test(last) && !acronym) last = `${last.slice(0, -1)}(?:s|es)?`;
		else if (opts.plural && acronym) last = `${last.replace(/s$/, '')}s?`;
		const body = [...words, last].join('[\\s-]+');
		const flags = acronym && opts.caseSensitiveAcronyms ? 'g' : 'gi';
		return { re: new RegExp(`(?<![\\w-])${body}(?![\\w-])`, flags), code };
	});
}

const SCOPES = compile(SCOPE_PHRASES, { plural: true, caseSensitiveAcronyms: true });
const STATES = compile(STATE_PHRASES, { plural: false, caseSensitiveAcronyms: true }).map((c) => ({
	...c,
	re: new RegExp(c.re.source, 'g')
}));

const COMPARISON =
	/\b(?:(?:much\s+|a\s+little\s+|slightly\s+|about\s+|roughly\s+)?(?:faster|slower|more\s+(?:slowly|quickly|rapidly)|as\s+fast|as\s+quickly|higher|lower)\s+(?:than|as)|compared\s+(?:to|with)\s+(?:the\s+)?average\s+(?:growth\s+)?for)\s+(?:the\s+)?(?:national\s+)?average(?:\s+for\s+all\s+(?:occupations|jobs|workers))?|\bthe\s+average\s+for\s+all\s+occupations\b(?=[^.]*\b(?:faster|slower)\b)/gi;

function matchAll(text: string, compiled: Compiled[], skip: Range[] = []): PhraseMatch[] {
	const all: PhraseMatch[] = [];
	for (const { re, code } of compiled) {
		re.lastIndex = 0;
		for (let m = re.exec(text); m; m = re.exec(text)) {
			const r = { start: m.index, end: m.index + m[0].length };
			if (skip.some((s) => s.start <= r.start && r.end <= s.end)) continue;
			all.push({ ...r, text: m[0], code });
		}
	}
	// Longest wins; then earliest.
	all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
	const kept: PhraseMatch[] = [];
	for (const m of all) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
	return kept.sort((a, b) => a.start - b.start);
}

export function comparisonRanges(text: string): Range[] {
	const out: Range[] = [];
	COMPARISON.lastIndex = 0;
	for (let m = COMPARISON.exec(text); m; m = COMPARISON.exec(text))
		out.push({ start: m.index, end: m.index + m[0].length });
	return out;
}

/** Occupation and group phrases, leaving out benchmark comparisons. */
export function findScopes(text: string): PhraseMatch[] {
	return matchAll(text, SCOPES, comparisonRanges(text));
}

export function findStates(text: string): PhraseMatch[] {
	return matchAll(text, STATES);
}
