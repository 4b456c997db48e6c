// Input CSV text to raw records. No type guessing: every cell stays a string.
import Papa from 'papaparse';

/** Split CSV text (BOM, CRLF or LF, with or without a final newline) into records. */
export function readCsvRecords(text: string): string[][] {
	const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const parsed = Papa.parse<string[]>(source, {
		header: false,
		dynamicTyping: false,
		skipEmptyLines: true
	});
	const fatal = parsed.errors.filter(
		(e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes'
	);
	if (fatal.length > 0)
		throw new Error(`malformed CSV: ${fatal[0]!.message} (record ${fatal[0]!.row})`);
	return parsed.data;
}
