// One OEWS national file (../shared/bls-oews/oews-national-*.csv) to typed rows. Pure. The
// header wording changed over the years (occ_titl, a_wpct10, lower case, GROUP / OCC_GROUP /
// O_GROUP); it is normalised here so the rest of the import sees one layout.
import { readCsvRows } from '../csv/readCsvRows';

export const OEWS_FIELDS = [
	'tot_emp',
	'h_mean',
	'a_mean',
	'h_median',
	'a_median',
	'a_pct10',
	'a_pct25',
	'a_pct75',
	'a_pct90'
] as const;
export type OewsField = (typeof OEWS_FIELDS)[number];

export type OewsRow = {
	record: number;
	code: string;
	title: string;
	/** total, major, minor, broad, detailed, or empty (older files leave detailed rows blank). */
	group: string;
	cells: Record<OewsField, string>;
	/** ANNUAL = TRUE: only annual wages are published. HOURLY = TRUE: only hourly wages. */
	annualOnly: boolean;
	hourlyOnly: boolean;
};

export type OewsFile = {
	file: string;
	/** "OEWS May 2024" or "OEWS Nov 2002". */
	label: string;
	/** "2024" for May files, "2002-11" otherwise; used in ids. */
	key: string;
	/** The reference month, YYYY-MM. */
	period: string;
	year: number;
	month: 'May' | 'Nov';
	rows: OewsRow[];
	rejected: { record: number; reason: string; cell: string }[];
	/** Records that end before their empty ANNUAL/HOURLY cells (the workbook conversions). */
	short: number;
};

// The only cells a record may leave out: trailing ANNUAL/HOURLY flags, which a workbook
// conversion drops when they are empty. Any other short or long record is malformed.
const OPTIONAL_TAIL = new Set(['annual', 'hourly']);

function normalise(name: string): string {
	const h = name.trim().toLowerCase();
	if (h === 'occ_titl') return 'occ_title';
	if (h === 'occ_group' || h === 'o_group') return 'group';
	return h.replace(/^([ha])_wpct(\d+)$/, '$1_pct$2');
}

export function parseOewsFile(text: string, file: string): OewsFile {
	const named = /oews-national-(may|nov)(\d{4})\.csv$/i.exec(file);
	if (!named)
		throw new Error(
			`${file}: cannot read the survey month from the file name (expected oews-national-mayYYYY.csv or -novYYYY.csv)`
		);
	const month = named[1]!.toLowerCase() === 'may' ? 'May' : 'Nov';
	const year = Number(named[2]);
	const mm = month === 'May' ? '05' : '11';
	const [head, ...records] = readCsvRows(text, file);
	const header = head?.cells;
	const names = (header ?? []).map(normalise);
	const at = (name: string) => names.indexOf(name);
	for (const required of ['occ_code', 'occ_title', ...OEWS_FIELDS])
		if (at(required) < 0)
			throw new Error(`${file}: no ${required} column (header: ${header?.join(',')})`);
	const out: OewsFile = {
		file,
		label: `OEWS ${month} ${year}`,
		key: month === 'May' ? String(year) : `${year}-${mm}`,
		period: `${year}-${mm}`,
		year,
		month,
		rows: [],
		rejected: [],
		short: 0
	};
	for (const { line: record, cells } of records) {
		const missing = names.slice(cells.length);
		if (cells.length > names.length || !missing.every((n) => OPTIONAL_TAIL.has(n)))
			throw new Error(
				`${file}: line ${record}: has ${cells.length} fields, expected ${names.length} (truncated or malformed record: "${cells.join(',').slice(0, 60)}")`
			);
		if (missing.length > 0) out.short++;
		const r = [...cells, ...missing.map(() => '')];
		const code = r[at('occ_code')]!.trim();
		if (!/^\d\d-\d{4}$/.test(code)) {
			out.rejected.push({ record, reason: 'OCC_CODE is not XX-XXXX', cell: code });
			continue;
		}
		const flag = (name: string) => at(name) >= 0 && r[at(name)]!.trim().toUpperCase() === 'TRUE';
		out.rows.push({
			record,
			code,
			title: r[at('occ_title')]!.trim(),
			group: at('group') >= 0 ? r[at('group')]!.trim().toLowerCase() : '',
			cells: Object.fromEntries(OEWS_FIELDS.map((f) => [f, r[at(f)]!])) as Record<
				OewsField,
				string
			>,
			annualOnly: flag('annual'),
			hourlyOnly: flag('hourly')
		});
	}
	return out;
}
