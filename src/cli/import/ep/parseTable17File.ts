// One EP Table 1.7 sheet as CSV (../shared/bls-ep/table-1.7-YYYY-YY.csv) to typed rows. Pure.
// Unlike the occupationProj export, the sheet has a title row, a header that may span two rows
// (merged cells), published summary rows, and footnotes ending in a "Source:" line. Columns are
// found by their header words, since the two known layouts order them differently.
import { readCsvRows, type CsvRow } from '../csv/readCsvRows';
import { cleanTitle } from './cleanTitle';
import type { EpLineItem, EpVintage } from './parseEpFile';

const KINDS = new Set(['Line item', 'Summary']);

/** Header names with merged cells filled from the left and the second header row appended. */
function headerNames(top: string[], sub: string[] | null): string[] {
	let last = '';
	return top.map((cell, i) => {
		if (cell.trim()) last = cell;
		const own = cell.trim() ? cell : last;
		return `${own} ${sub?.[i] ?? ''}`.replace(/\s+/g, ' ').trim();
	});
}

function find(names: string[], file: string, what: string, test: (n: string) => boolean): number {
	const i = names.findIndex(test);
	if (i < 0) throw new Error(`${file}: no ${what} column (header: ${names.join(' | ')})`);
	return i;
}

export function parseTable17File(text: string, file: string): EpVintage {
	const rows = readCsvRows(text, file);
	const at = rows.findIndex((r) => r.cells.some((c) => /occupation\s*type/i.test(c)));
	if (at < 0) throw new Error(`${file}: no header row with an "Occupation type" column`);
	const next = rows[at + 1];
	const hasSub =
		!!next && next.cells[0]!.trim() === '' && next.cells.some((c) => /^\d{4}$/.test(c.trim()));
	const names = headerNames(rows[at]!.cells, hasSub ? next.cells : null);
	const type = find(names, file, 'occupation type', (n) => /occupation type/i.test(n));
	const code = type - 1;
	if (!/title/i.test(names[0]!) || !/code/i.test(names[code]!))
		throw new Error(`${file}: expected the title and code columns before "${names[type]}"`);
	const levels = names.flatMap((n, i) => (/^employment,? \d{4}$/i.test(n) ? [i] : []));
	if (levels.length !== 2) throw new Error(`${file}: expected two employment level columns`);
	const year = (i: number) => /(\d{4})$/.exec(names[i]!)![1]!;
	const [base, target] = [year(levels[0]!), year(levels[1]!)];
	const key = `${base}-${target.slice(2)}`;
	const named = /table-1\.7-(\d{4})-(\d{2})\.csv$/i.exec(file);
	if (named && `${named[1]}-${named[2]}` !== key)
		throw new Error(`${file}: the header years give ${key}, the file name says otherwise`);
	const col = {
		changeNum: find(names, file, 'numeric change', (n) => /change.*(number|numeric)/i.test(n)),
		changePct: find(names, file, 'percent change', (n) => /change.*percent/i.test(n)),
		openings: find(names, file, 'openings', (n) => /openings/i.test(n)),
		education: find(names, file, 'education', (n) => /education/i.test(n)),
		experience: find(names, file, 'work experience', (n) => /work experience/i.test(n)),
		training: find(names, file, 'training', (n) => /on-the-job training/i.test(n))
	};
	const openingsName = names[col.openings]!;
	const openingsMeasure = /annual average/i.test(openingsName)
		? 'annual_openings'
		: /growth and replacement/i.test(openingsName)
			? 'openings_decade'
			: null;
	if (!openingsMeasure)
		throw new Error(`${file}: cannot tell what the openings column "${openingsName}" measures`);

	const v: EpVintage = {
		file,
		label: `EP ${key}`,
		key,
		base,
		target,
		openingsMeasure,
		items: [],
		summaries: [],
		layout: 'table',
		rejected: []
	};
	const isNote = (r: CsvRow) => r.cells.slice(1).every((c) => c.trim() === '' || c.trim() === "'");
	// Title rows above the header and footnotes below the table are reported, not read.
	for (const r of rows.slice(0, at))
		v.rejected.push({
			record: r.line,
			reason: 'table title row, not an occupation',
			cell: r.cells[0]!.slice(0, 60)
		});
	const body = rows.slice(at + (hasSub ? 2 : 1));
	const last = body[body.length - 1];
	if (!last || !isNote(last) || !/^Source:/i.test(last.cells[0]!.trim()))
		throw new Error(
			`${file}: line ${last?.line ?? rows.length}: the table does not end with its "Source:" footnote, so the file is truncated`
		);
	for (const r of body) {
		const kind = r.cells[type]?.trim() ?? '';
		if (!KINDS.has(kind)) {
			if (!isNote(r))
				throw new Error(
					`${file}: line ${r.line}: neither an occupation row nor a footnote ("${r.cells.join(',').slice(0, 60)}")`
				);
			v.rejected.push({
				record: r.line,
				reason: 'footnote row, not an occupation',
				cell: r.cells[0]!.slice(0, 60)
			});
			continue;
		}
		if (r.cells.length !== names.length)
			throw new Error(
				`${file}: line ${r.line}: has ${r.cells.length} fields, expected ${names.length} (truncated or malformed record)`
			);
		const soc = r.cells[code]!.trim().replace(/^'/, '');
		if (!/^\d\d-\d{4}$/.test(soc))
			throw new Error(`${file}: line ${r.line}: SOC code "${r.cells[code]}" is not XX-XXXX`);
		const { title } = cleanTitle(r.cells[0]!.trim());
		const item: EpLineItem = {
			record: r.line,
			code: soc,
			title,
			employment: r.cells[levels[0]!]!,
			projected: r.cells[levels[1]!]!,
			changeNum: r.cells[col.changeNum]!,
			changePct: r.cells[col.changePct]!,
			openings: r.cells[col.openings]!,
			education: r.cells[col.education]!.trim(),
			experience: r.cells[col.experience]!.trim(),
			training: r.cells[col.training]!.trim(),
			mangledInTitle: (title.match(/¿/g) ?? []).length,
			mangledDropped: 0
		};
		(kind === 'Summary' ? v.summaries : v.items).push(item);
	}
	return v;
}
