// A reference CSV (../shared/reference/*.csv) to records keyed by its header. The columns a
// caller needs must all be present; the evidence column is read by nobody.
import { readCsvRecords } from '../csv/readCsvRecords';

export type ReferenceRecord = { line: number; get: (column: string) => string };

export function readReferenceTable(
	text: string,
	file: string,
	required: readonly string[]
): ReferenceRecord[] {
	const [header, ...records] = readCsvRecords(text);
	const names = (header ?? []).map((h) => h.trim());
	const missing = required.filter((c) => !names.includes(c));
	if (missing.length > 0) throw new Error(`${file}: missing column(s) ${missing.join(', ')}`);
	return records.map((r, i) => {
		if (r.length !== names.length)
			throw new Error(
				`${file}: record on line ${i + 2} has ${r.length} fields, the header has ${names.length}`
			);
		return {
			line: i + 2,
			get: (column: string) => {
				const at = names.indexOf(column);
				if (at < 0) throw new Error(`${file}: no column ${column}`);
				return r[at]!.trim();
			}
		};
	});
}
