// What each import read, kept, flagged and skipped: printed by the CLI, returned for tests.

export type SkipEntry = { reason: string; count: number; examples: string[] };

export type OutputEntry = {
	file: string;
	/** Rows this import wrote. */
	written: number;
	/** Rows of other importers or entered by hand, kept untouched. */
	keptOthers: number;
	/** This importer's rows from the previous run, replaced. */
	replaced: number;
};

/** What one input file gave: records read and kept, cells flagged, records or cells skipped. */
export type FileEntry = {
	file: string;
	read: number;
	kept: number;
	flagged: number;
	skipped: number;
};

export type ImportReport = {
	kind: string;
	filesRead: string[];
	/** The same counts per input file (flags and skips count against the file being processed). */
	files: FileEntry[];
	rowsRead: number;
	rowsKept: number;
	/** Figures whose cell held a marker instead of a number: by flag and by marker. */
	flagged: { total: number; byFlag: Record<string, number>; byMarker: Record<string, number> };
	skipped: SkipEntry[];
	occupations: number;
	vintages: string[];
	/** Rows produced, by output file, before merging. */
	produced: Record<string, number>;
	outputs: OutputEntry[];
	notes: string[];
};

const MAX_EXAMPLES = 5;

export class ReportBuilder {
	readonly report: ImportReport;
	private current: FileEntry | null = null;

	constructor(kind: string) {
		this.report = {
			kind,
			filesRead: [],
			files: [],
			rowsRead: 0,
			rowsKept: 0,
			flagged: { total: 0, byFlag: {}, byMarker: {} },
			skipped: [],
			occupations: 0,
			vintages: [],
			produced: {},
			outputs: [],
			notes: []
		};
	}

	read(file: string, rows: number): void {
		this.report.filesRead.push(file);
		this.report.rowsRead += rows;
		this.current = { file, read: rows, kept: 0, flagged: 0, skipped: 0 };
		this.report.files.push(this.current);
	}

	/** Count the flags and skips that follow against a file read earlier. */
	focus(file: string): void {
		this.current = this.report.files.find((f) => f.file === file) ?? null;
	}

	kept(n = 1): void {
		this.report.rowsKept += n;
		if (this.current) this.current.kept += n;
	}

	flag(flag: string, marker: string): void {
		const f = this.report.flagged;
		f.total++;
		f.byFlag[flag] = (f.byFlag[flag] ?? 0) + 1;
		f.byMarker[marker] = (f.byMarker[marker] ?? 0) + 1;
		if (this.current) this.current.flagged++;
	}

	skip(reason: string, example: string): void {
		let entry = this.report.skipped.find((s) => s.reason === reason);
		if (!entry) this.report.skipped.push((entry = { reason, count: 0, examples: [] }));
		entry.count++;
		if (this.current) this.current.skipped++;
		if (entry.examples.length < MAX_EXAMPLES) entry.examples.push(example);
	}

	produce(file: string, n: number): void {
		this.report.produced[file] = (this.report.produced[file] ?? 0) + n;
	}

	note(text: string): void {
		this.report.notes.push(text);
	}
}
