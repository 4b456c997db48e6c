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

export type ImportReport = {
	kind: string;
	filesRead: string[];
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

	constructor(kind: string) {
		this.report = {
			kind,
			filesRead: [],
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
	}

	kept(n = 1): void {
		this.report.rowsKept += n;
	}

	flag(flag: string, marker: string): void {
		const f = this.report.flagged;
		f.total++;
		f.byFlag[flag] = (f.byFlag[flag] ?? 0) + 1;
		f.byMarker[marker] = (f.byMarker[marker] ?? 0) + 1;
	}

	skip(reason: string, example: string): void {
		let entry = this.report.skipped.find((s) => s.reason === reason);
		if (!entry) this.report.skipped.push((entry = { reason, count: 0, examples: [] }));
		entry.count++;
		if (entry.examples.length < MAX_EXAMPLES) entry.examples.push(example);
	}

	produce(file: string, n: number): void {
		this.report.produced[file] = (this.report.produced[file] ?? 0) + n;
	}

	note(text: string): void {
		this.report.notes.push(text);
	}
}
