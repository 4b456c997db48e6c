// Reads the provenance table in a shared folder's README.md: which GitHub repository, commit
// and path each input file is a byte-for-byte copy of. Rows may say "same repo" (repository
// and commit of the row above) or abbreviate a commit ("ac82a0cb…") that a fuller row of the
// same repository spells out. A row saying "conversion of sheet X" describes a CSV made from
// the workbook of the nearest GitHub row above it in the same table: it gets that row's
// repository, commit and path, plus the sheet it converts.

export type Provenance = {
	file: string;
	owner: string;
	repo: string;
	commit: string;
	path: string;
	/** Any remark after the path, e.g. "(identified by content)". */
	remark: string;
	/** Set when the file is a CSV conversion of the workbook at `path`, not a copy of it. */
	conversion?: { workbook: string; sheet: string };
};

const CONVERSION = /^(?:a )?conversion\b/i;
const SHEET = /sheet [`"]([^`"]+)[`"]/;

// A commit may be followed by a parenthetical before the path ("@ 4ec6f03a… (added 2bfd7f31…) : `x`").
const CELL =
	/^(?:([\w.-]+)\/([\w.-]+) @ ([0-9a-f]{7,40})(…|\.\.\.)?(?: \([^)]*\))?|same repo) : `([^`]+)`\s*(.*)$/;

function cells(line: string): string[] {
	return line
		.trim()
		.replace(/^\|/, '')
		.replace(/\|$/, '')
		.split('|')
		.map((c) => c.trim());
}

/** Every provenance row of the README's table whose header has a "source repo" column. */
export function parseProvenance(readme: string): Map<string, Provenance> {
	const lines = readme.split(/\r?\n/);
	const raw: {
		file: string;
		owner?: string;
		repo?: string;
		commit?: string;
		abbreviated: boolean;
		path: string;
		remark: string;
		conversion?: { workbook: string; sheet: string };
	}[] = [];
	for (let i = 0; i < lines.length; i++) {
		const head = cells(lines[i]!);
		if (!lines[i]!.trim().startsWith('|')) continue;
		const sourceCol = head.findIndex((c) => /^source( repo|$)/i.test(c));
		const fileCol = head.findIndex((c) => /^file$/i.test(c));
		if (sourceCol < 0 || fileCol < 0) continue;
		let workbook: (typeof raw)[number] | null = null;
		for (i += 2; i < lines.length && lines[i]!.trim().startsWith('|'); i++) {
			const row = cells(lines[i]!);
			const source = row[sourceCol] ?? '';
			if (CONVERSION.test(source) && workbook) {
				raw.push({
					...workbook,
					file: row[fileCol]!,
					conversion: { workbook: workbook.file, sheet: SHEET.exec(source)?.[1] ?? '' }
				});
				continue;
			}
			const m = CELL.exec(source);
			if (!m) continue; // e.g. a table row describing something that is not a GitHub copy
			raw.push(
				(workbook = {
					file: row[fileCol]!,
					owner: m[1],
					repo: m[2],
					commit: m[3],
					abbreviated: !!m[4],
					path: m[5]!,
					remark: m[6]!
				})
			);
		}
	}
	const out = new Map<string, Provenance>();
	let prev: Provenance | null = null;
	for (const r of raw) {
		if (r.conversion) continue;
		let owner = r.owner,
			repo = r.repo,
			commit = r.commit;
		if (owner === undefined) {
			if (!prev)
				throw new Error(`README row for ${r.file} says "same repo" but has no row above it`);
			({ owner, repo, commit } = prev);
		} else if (r.abbreviated || commit!.length < 40) {
			const full = raw.find(
				(o) =>
					o.owner === owner &&
					o.repo === repo &&
					o.commit?.length === 40 &&
					o.commit.startsWith(commit!)
			);
			if (!full)
				throw new Error(
					`README row for ${r.file}: commit ${commit} is abbreviated and no row gives it in full`
				);
			commit = full.commit!;
		}
		prev = {
			file: r.file,
			owner: owner!,
			repo: repo!,
			commit: commit!,
			path: r.path,
			remark: r.remark
		};
		out.set(r.file, prev);
	}
	for (const r of raw) {
		const of = r.conversion && out.get(r.conversion.workbook);
		if (of) out.set(r.file, { ...of, file: r.file, conversion: r.conversion });
	}
	return out;
}
