// The compact JSON shape of the /data/ endpoints: figures as arrays of tuples under one header,
// with every repeated text (measure, vintage, unit, source, notes...) stored once in a string
// table and referenced by index. Small raw, smaller gzipped, and decoded without validation
// cost (the rows were validated at build time).
import type { Figure } from '../core/schema/figure';
import type { Release } from '../core/schema/release';
import type { Source } from '../core/schema/source';

/** Figure columns in the order of each tuple. `soc_code` is stored once per file. */
export const FIGURE_COLUMNS = [
	'id',
	'measure',
	'occupation',
	'geography',
	'period_start',
	'period_end',
	'vintage',
	'value',
	'value_flag',
	'value_bound',
	'unit',
	'qualifier',
	'comparability',
	'source_id',
	'derivation',
	'note'
] as const satisfies readonly (keyof Figure)[];

/** Numbers stay numbers (or null); every text column is an index into `strings`; the id is the
 * indexes of its ':'-separated parts (ids repeat their vintage, code and measure). */
type Cell = number | null | number[];
export type FigureFile = {
	/** The SOC code every figure in the file has ('' for survey populations). */
	soc: string;
	columns: readonly string[];
	strings: string[];
	rows: Cell[][];
};

const NUMERIC = new Set<string>(['value', 'value_bound']);

export function encodeFigures(soc: string, figures: readonly Figure[]): FigureFile {
	const strings: string[] = [];
	const at = new Map<string, number>();
	const ref = (s: string) => {
		let i = at.get(s);
		if (i === undefined) {
			i = strings.length;
			strings.push(s);
			at.set(s, i);
		}
		return i;
	};
	const rows = figures.map((f) =>
		FIGURE_COLUMNS.map((c): Cell =>
			c === 'id'
				? f.id.split(':').map(ref)
				: NUMERIC.has(c)
					? (f[c] as number | null)
					: ref(f[c] as string)
		)
	);
	return { soc, columns: FIGURE_COLUMNS, strings, rows };
}

export class FigureFileError extends Error {}

export function decodeFigures(file: FigureFile): Figure[] {
	if (
		file.columns.length !== FIGURE_COLUMNS.length ||
		file.columns.some((c, i) => c !== FIGURE_COLUMNS[i])
	)
		throw new FigureFileError('the figure file has unexpected columns');
	const s = file.strings;
	const id = (v: Cell): string => (Array.isArray(v) ? v.map(text).join(':') : text(v));
	const num = (v: Cell): number | null => (typeof v === 'number' ? v : null);
	const text = (v: Cell): string => {
		const t = typeof v === 'number' ? s[v] : undefined;
		if (t === undefined) throw new FigureFileError('the figure file refers to a missing string');
		return t;
	};
	return file.rows.map(
		(r) =>
			({
				id: id(r[0]!),
				measure: text(r[1]!),
				soc_code: file.soc,
				occupation: text(r[2]!),
				geography: text(r[3]!),
				period_start: text(r[4]!),
				period_end: text(r[5]!),
				vintage: text(r[6]!),
				value: num(r[7]!),
				value_flag: text(r[8]!),
				value_bound: num(r[9]!),
				unit: text(r[10]!),
				qualifier: text(r[11]!),
				comparability: text(r[12]!),
				source_id: text(r[13]!),
				derivation: text(r[14]!),
				note: text(r[15]!)
			}) as Figure
	);
}

/** /data/index.json: what a checker needs before it fetches any figures. */
export type DataIndex = {
	/** Every code with a figure file, with its title, sorted by code. */
	codes: [code: string, title: string][];
	sources: Source[];
	releases: Release[];
};

/** The file name of a code's figures: codes are XX-XXXX or HC, both safe in a path. */
export const figurePath = (soc: string) => `figures/${soc}.json`;
export const SURVEYS_PATH = 'surveys.json';
export const INDEX_PATH = 'index.json';
