// Input CSV text to records with the line each starts on, so an error can name the line even
// when a quoted cell spans several lines (the Table 1.7 title and header cells do).
import Papa from 'papaparse';

export type CsvRow = { line: number; cells: string[] };

/** Split CSV text (BOM, CRLF or LF, with or without a final newline) into located records. */
export function readCsvRows(text: string, file: string): CsvRow[] {
	const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const rows: CsvRow[] = [];
	let cursor = 0;
	let line = 1;
	const advance = (to: number) => {
		for (; cursor < to; cursor++) if (source.charCodeAt(cursor) === 10) line++;
	};
	Papa.parse<string[]>(source, {
		header: false,
		dynamicTyping: false,
		skipEmptyLines: true,
		step: (result) => {
			let start = cursor;
			while (start < source.length && (source[start] === '\n' || source[start] === '\r')) start++;
			advance(start);
			const fatal = result.errors.find(
				(e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes'
			);
			if (fatal) throw new Error(`${file}: line ${line}: malformed CSV (${fatal.message})`);
			rows.push({ line, cells: result.data });
			advance(result.meta.cursor);
		}
	});
	return rows;
}
