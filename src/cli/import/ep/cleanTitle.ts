// EP export titles carry their example job titles: "Actors    * Actor Understudy* …", and in
// 2012-22 also tabs and the literal "Show/hide Example Job Titles". The title is everything
// before the first run of two or more whitespace characters. Mangled "¿" characters are kept.

export type CleanTitle = { title: string; dropped: string };

export function cleanTitle(raw: string): CleanTitle {
	const m = /\s{2,}|\t/.exec(raw);
	const title = (m ? raw.slice(0, m.index) : raw).trim();
	const dropped = m ? raw.slice(m.index).trim() : '';
	return { title, dropped };
}
