// A delimited input file to located records, or an error naming file, line and reason. Unlike
// readCsvRecords (which tolerates ragged rows), any record with the wrong number of cells, an
// unterminated quote or an unexpected header stops the import before anything is written.
import Papa from 'papaparse';

export type LocatedRecord = { line: number; cells: string[] };

export type StrictOptions = {
	/** The header cells expected, compared after trimming. */
	header: readonly string[];
	/** "," for RFC 4180 CSV (quotes honoured); "\t" for O*NET's tab text (no quoting at all). */
	delimiter: ',' | '\t';
};

/** Records after the header, each with the 1-based line it starts on; blank lines are skipped. */
export function strictRecords(text: string, file: string, options: StrictOptions): LocatedRecord[] {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const records = options.delimiter === '\t' ? tabRecords(body) : csvRecords(body, file);
	const [head, ...data] = records;
	const found = head?.cells.map((c) => c.trim()) ?? [];
	if (found.join('|') !== options.header.join('|'))
		throw new Error(
			`${file}:${head?.line ?? 1}: header is "${found.join(options.delimiter)}", expected "${options.header.join(options.delimiter)}"`
		);
	for (const r of data)
		if (r.cells.length !== options.header.length)
			throw new Error(
				`${file}:${r.line}: ${r.cells.length} cells instead of ${options.header.length} (truncated or malformed row)`
			);
	return data;
}

function tabRecords(text: string): LocatedRecord[] {
	const out: LocatedRecord[] = [];
	text.split('\n').forEach((raw, i) => {
		const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
		if (line !== '') out.push({ line: i + 1, cells: line.split('\t') });
	});
	return out;
}

function csvRecords(text: string, file: string): LocatedRecord[] {
	const lf = text.replace(/\r\n/g, '\n');
	const out: LocatedRecord[] = [];
	let offset = 0;
	let line = 1;
	// Line numbers come from the parser's cursor, so quoted line breaks are counted correctly.
	Papa.parse<string[]>(lf, {
		header: false,
		dynamicTyping: false,
		skipEmptyLines: false,
		newline: '\n',
		step: (row) => {
			const err = row.errors.find((e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes');
			if (err) throw new Error(`${file}:${line}: malformed CSV (${err.message})`);
			if (!(row.data.length === 1 && row.data[0] === '')) out.push({ line, cells: row.data });
			// The cursor stops before the record's line break; count the breaks up to and over it.
			const end = Math.min(row.meta.cursor + 1, lf.length);
			for (let i = offset; i < end; i++) if (lf.charCodeAt(i) === 10) line++;
			offset = end;
		}
	});
	return out;
}
