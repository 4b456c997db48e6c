// One EP "occupationProj" export (../shared/bls-ep/ep-*.csv) to typed line items. Pure: text in,
// line items out. Columns are checked by header wording, since the wording changed between
// vintages but the order of the 14 columns did not.
import { readCsvRecords } from '../csv/readCsvRecords';
import { cleanTitle } from './cleanTitle';

export type EpLineItem = {
	/** 1-based line of the record in the file (header = 1). */
	record: number;
	code: string;
	title: string;
	/** Raw cells, as published (thousands for levels, changes and openings). */
	employment: string;
	projected: string;
	changeNum: string;
	changePct: string;
	openings: string;
	education: string;
	experience: string;
	training: string;
	/** "¿" characters in the kept title and in the dropped example job titles. */
	mangledInTitle: number;
	mangledDropped: number;
};

export type EpVintage = {
	file: string;
	/** "EP 2024-34". */
	label: string;
	/** "2024-34", used in ids. */
	key: string;
	base: string;
	target: string;
	/** Old exports give a 10-year total of growth and replacement needs; later ones an annual average. */
	openingsMeasure: 'annual_openings' | 'openings_decade';
	items: EpLineItem[];
	/** Published summary rows (totals, major, minor and broad groups): only Table 1.7 has them. */
	summaries: EpLineItem[];
	/** "export" for the occupationProj CSV, "table" for a Table 1.7 sheet. */
	layout: 'export' | 'table';
	/** Records that could not be read as a line item, with why. */
	rejected: { record: number; reason: string; cell: string }[];
};

const COLUMNS: [RegExp, string][] = [
	[/title/i, 'occupation title'],
	[/code/i, 'SOC code'],
	[/^(employment )?\d{4}( \(thousands\))?$/i, 'base-year employment'],
	[/^(employment )?\d{4}( \(thousands\))?$/i, 'target-year employment'],
	[/^number|change.*\d{4}.*\d{4}(?!.*percent)/i, 'numeric change'],
	[/percent/i, 'percent change'],
	[/openings/i, 'openings'],
	[/wage/i, 'median wage'],
	[/education/i, 'typical education'],
	[/education code/i, 'education code'],
	[/work experience/i, 'work experience'],
	[/workex code/i, 'work experience code'],
	[/on-the-job training/i, 'training'],
	[/trcode/i, 'training code']
];

const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();

/** The EP code cell is plain (13-2011) or the Excel text guard ="13-2011". */
function cleanCode(raw: string): string {
	return raw
		.trim()
		.replace(/^=/, '')
		.replace(/^"(.*)"$/, '$1')
		.trim();
}

export function parseEpFile(text: string, file: string): EpVintage {
	const [header, ...records] = readCsvRecords(text);
	if (!header || header.length !== COLUMNS.length)
		throw new Error(`${file}: expected ${COLUMNS.length} columns, found ${header?.length ?? 0}`);
	COLUMNS.forEach(([pattern, what], i) => {
		if (!pattern.test(header[i]!.trim()))
			throw new Error(`${file}: column ${i + 1} "${header[i]}" is not the ${what} column`);
	});
	const base = /(\d{4})/.exec(header[2]!)![1]!;
	const target = /(\d{4})/.exec(header[3]!)![1]!;
	const key = `${base}-${target.slice(2)}`;
	const named = /ep-(\d{4})-(\d{2})\.csv$/i.exec(file);
	if (named && `${named[1]}-${named[2]}` !== key)
		throw new Error(`${file}: the header years give ${key}, the file name says otherwise`);
	const openingsHeader = squash(header[6]!);
	const openingsMeasure = openingsHeader.includes('annualaverage')
		? 'annual_openings'
		: openingsHeader.includes('growthandreplacementneeds')
			? 'openings_decade'
			: null;
	if (!openingsMeasure)
		throw new Error(`${file}: cannot tell what the openings column "${header[6]}" measures`);

	const vintage: EpVintage = {
		file,
		label: `EP ${key}`,
		key,
		base,
		target,
		openingsMeasure,
		items: [],
		summaries: [],
		layout: 'export',
		rejected: []
	};
	records.forEach((r, i) => {
		const record = i + 2;
		if (r.length !== COLUMNS.length) {
			vintage.rejected.push({
				record,
				reason: `has ${r.length} fields, expected ${COLUMNS.length}`,
				cell: r.join(',').slice(0, 60)
			});
			return;
		}
		const code = cleanCode(r[1]!);
		if (!/^\d\d-\d{4}$/.test(code)) {
			vintage.rejected.push({ record, reason: 'SOC code is not XX-XXXX', cell: r[1]! });
			return;
		}
		const { title, dropped } = cleanTitle(r[0]!);
		vintage.items.push({
			record,
			code,
			title,
			employment: r[2]!,
			projected: r[3]!,
			changeNum: r[4]!,
			changePct: r[5]!,
			openings: r[6]!,
			education: r[8]!.trim(),
			experience: r[10]!.trim(),
			training: r[12]!.trim(),
			mangledInTitle: (title.match(/¿/g) ?? []).length,
			mangledDropped: (dropped.match(/¿/g) ?? []).length
		});
	});
	return vintage;
}
