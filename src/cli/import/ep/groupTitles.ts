// Titles for computed major and broad groups, read from an OEWS national file. Candidates are
// the files whose codes cover (within 1%) as many of the vintage's line items as the best one,
// i.e. files on the same SOC edition; of those the one nearest the base year (later on a tie)
// is used. A code that file lacks takes its title from the next candidate, nearest first, and
// then from files covering at least 90% as many codes, best covered first (the May 2019-20
// hybrids lack SOC 2018 groups such as 29-1210 that May 2021 has). Otherwise it has no title.
import type { OewsFile } from '../oews/parseOewsFile';
import type { TitleOf } from './epGroups';
import type { EpVintage } from './parseEpFile';

export type TitleSource = { file: string | null; covered: number; titleOf: TitleOf };

export function groupTitles(v: EpVintage, oews: readonly OewsFile[]): TitleSource {
	const base = Number(v.base);
	const coverage = oews.map((file) => {
		const codes = new Set(file.rows.map((r) => r.code));
		return { file, covered: v.items.filter((i) => codes.has(i.code)).length };
	});
	const most = Math.max(0, ...coverage.map((c) => c.covered));
	const candidates = coverage.filter(
		(c) => c.covered > 0 && c.covered >= most - v.items.length / 100
	);
	const distance = (c: { file: OewsFile }) => Math.abs(c.file.year - base);
	const ranked = candidates.sort((a, b) => distance(a) - distance(b) || b.file.year - a.file.year);
	const fallbacks = coverage
		.filter((c) => !ranked.includes(c) && c.covered >= most * 0.9)
		.sort((a, b) => b.covered - a.covered || distance(a) - distance(b));
	const best = ranked[0];
	if (!best) return { file: null, covered: 0, titleOf: () => null };
	const titles = new Map<string, string>();
	for (const c of [...ranked, ...fallbacks])
		for (const r of c.file.rows) if (!titles.has(r.code)) titles.set(r.code, r.title);
	return {
		file: best.file.file,
		covered: best.covered,
		titleOf: (code) => titles.get(code) ?? null
	};
}
