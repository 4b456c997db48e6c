// When an O*NET Short Title is a real abbreviation of its long form, and so worth matching on
// its own. It is when one of its words is not a word of the long form and is either
//  - an acronym: two or more capitals or digits ("RN", "OB/GYN", "3D", "IIoT", "K9"), or
//  - a contraction: its letters appear in order in the long form, from the start of one of its
//    words on ("Tech" < Technician, "Ops" < Operations, "Asst" < Assistant, "Hazmat" < Hazardous Materials).
// Variants that are not abbreviations ("Crime Analyst" for Criminal Analyst, "Phone Operator"
// for Telephone Operator) fail both tests.
import { titleNormal } from '../../../lib/core/schema/titleNormal';

function isSubsequence(word: string, text: string): boolean {
	let i = 0;
	for (const ch of text) if (ch === word[i]) i++;
	return i === word.length;
}

export function isAbbreviation(short: string, long: string): boolean {
	const longWords = titleNormal(long).split(' ');
	const inLong = new Set(longWords);
	for (const token of short.split(/\s+/)) {
		const words = titleNormal(token)
			.split(' ')
			.filter((w) => w !== '' && !inLong.has(w));
		if (words.length === 0) continue;
		if ((token.match(/[A-Z0-9]/g) ?? []).length >= 2) return true;
		for (const w of words)
			for (let i = 0; i < longWords.length; i++)
				if (longWords[i]![0] === w[0] && isSubsequence(w, longWords.slice(i).join(''))) return true;
	}
	return false;
}
