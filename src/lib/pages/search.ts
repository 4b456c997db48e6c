// Occupation search shared by the home page box and the /occupations text filter.
import type { OccupationSummary } from './types';

const norm = (s: string) =>
	s
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.trim();

/** True when every word of the query appears in the title or the code. */
export function matchesQuery(o: OccupationSummary, query: string): boolean {
	const words = norm(query).split(/\s+/).filter(Boolean);
	if (words.length === 0) return true;
	const hay = `${norm(o.title)} ${o.soc}`;
	return words.every((w) => hay.includes(w));
}

/** Best matches first: exact code, code prefix, title start, then the rest in code order. */
export function searchOccupations(
	list: readonly OccupationSummary[],
	query: string,
	limit = 10
): OccupationSummary[] {
	const q = norm(query);
	const rank = (o: OccupationSummary) =>
		o.soc === q ? 0 : o.soc.startsWith(q) ? 1 : norm(o.title).startsWith(q) ? 2 : 3;
	return list
		.filter((o) => matchesQuery(o, query))
		.sort((a, b) => rank(a) - rank(b) || (a.soc < b.soc ? -1 : 1))
		.slice(0, limit);
}
