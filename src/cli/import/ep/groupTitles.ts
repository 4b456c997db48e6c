// Titles for computed major and broad groups, read from an OEWS national file. Candidates are
// the files whose codes cover (within 1%) as many of the vintage's line items as the best one,
// i.e. files on the same SOC edition; of those the one nearest the base year (later on a tie)
// is used. A code that file lacks gets no title here.
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
	const best = candidates.sort((a, b) => distance(a) - distance(b) || b.file.year - a.file.year)[0];
	if (!best) return { file: null, covered: 0, titleOf: () => null };
	const titles = new Map(best.file.rows.map((r) => [r.code, r.title]));
	return {
		file: best.file.file,
		covered: best.covered,
		titleOf: (code) => titles.get(code) ?? null
	};
}
