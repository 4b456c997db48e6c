// `import bls-ep <dir>`: the EP exports to projections.csv, openings.csv, occupations.csv and
// their sources. Reads every ep-*.csv directly in dir (not alternates/), and a Table 1.7 sheet
// (table-1.7-YYYY-YY.csv) for a vintage no export holds; every other CSV there is named in the
// report with why it was not read.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FigureSchema } from '../../../lib/core/schema/figure';
import { OccupationSchema } from '../../../lib/core/schema/occupation';
import { SourceSchema } from '../../../lib/core/schema/source';
import { readTextFile } from '../csv/readTextFile';
import { readOewsDir } from '../oews/readOewsDir';
import { validateRows } from '../output/validateRows';
import { writeOutput } from '../output/writeOutput';
import { githubSource, type ManualSource } from '../provenance/githubSource';
import { parseProvenance } from '../provenance/parseProvenance';
import { ReportBuilder, type ImportReport } from '../report/ReportBuilder';
import {
	FIGURE_COLUMNS,
	OCCUPATION_COLUMNS,
	SOURCE_COLUMNS,
	type FigureRow,
	type SourceRow
} from '../rowTypes';
import { epGroupFigures } from './epGroupFigures';
import { epLineItemFigures } from './epLineItemFigures';
import { epOccupations } from './epOccupations';
import { groupTitles } from './groupTitles';
import { parseEpFile, type EpVintage } from './parseEpFile';
import { parseTable17File } from './parseTable17File';

export type EpOptions = { outDir: string; oewsDir?: string | null; manual?: ManualSource };

const ORIGINAL_URL =
	'https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm';

export function importBlsEp(dir: string, options: EpOptions): ImportReport {
	const report = new ReportBuilder('bls-ep');
	const csvs = readdirSync(dir)
		.filter((f) => /\.csv$/i.test(f))
		.sort();
	const exports = csvs.filter((f) => /^ep-.*\.csv$/i.test(f));
	if (exports.length === 0) throw new Error(`${dir}: no ep-*.csv files`);
	const exported = new Set(exports.map((f) => /ep-(\d{4}-\d{2})/i.exec(f)?.[1]));
	const tables: string[] = [];
	for (const f of csvs.filter((x) => !exports.includes(x))) {
		const table = /^table-1\.7-(\d{4}-\d{2})\.csv$/i.exec(f);
		if (table && !exported.has(table[1])) tables.push(f);
		else
			report.note(
				`${f} not read: ${
					table
						? `EP ${table[1]} comes from its occupationProj export`
						: /^table-1\.7-/i.test(f)
							? 'another layout of a Table 1.7 sheet that is read'
							: 'not a table this import reads'
				}`
			);
	}
	const files = [...exports, ...tables];
	const readme = join(dir, 'README.md');
	const provenance = existsSync(readme) ? parseProvenance(readTextFile(readme)) : new Map();
	const unlisted = files.filter((f) => !provenance.has(f));
	if (unlisted.length > 1 && options.manual?.sourceUrl)
		throw new Error(
			`${unlisted.length} files have no README provenance row (${unlisted.join(', ')}); one --source-url cannot describe them all`
		);

	const vintages: EpVintage[] = files.map((f) => {
		const text = readTextFile(join(dir, f));
		const v = tables.includes(f) ? parseTable17File(text, f) : parseEpFile(text, f);
		report.read(f, v.items.length + v.summaries.length + v.rejected.length);
		report.kept(v.items.length + v.summaries.length);
		for (const r of v.rejected) report.skip(`${f}: ${r.reason}`, `line ${r.record}: ${r.cell}`);
		return v;
	});
	const labels = vintages.map((v) => v.label);
	const dup = labels.find((l, i) => labels.indexOf(l) !== i);
	if (dup) throw new Error(`two files hold ${dup}`);

	const oewsDir = options.oewsDir === undefined ? join(dir, '..', 'bls-oews') : options.oewsDir;
	const oews = oewsDir && existsSync(oewsDir) ? readOewsDir(oewsDir) : [];
	if (oews.length === 0)
		report.note(
			'no OEWS files found for group titles; computed groups are titled "SOC group XX-XXXX (computed)"'
		);

	const projections: FigureRow[] = [];
	const openings: FigureRow[] = [];
	const sources: SourceRow[] = [];
	let mangledTitle = 0;
	let mangledDropped = 0;
	for (const v of vintages) {
		report.focus(v.file);
		const titles = groupTitles(v, oews);
		const items = epLineItemFigures(v, v.items, report);
		const summaries = epLineItemFigures(v, v.summaries, report);
		const published = new Set(v.summaries.map((s) => s.code));
		const groups = epGroupFigures(v, titles.titleOf, report, published);
		for (const f of ['projections.csv', 'openings.csv'] as const) {
			(f === 'projections.csv' ? projections : openings).push(
				...items[f],
				...summaries[f],
				...groups[f]
			);
		}
		const untitled = groups['projections.csv'].filter(
			(f) => f.measure === 'employment' && f.occupation.startsWith('SOC group ')
		).length;
		const computed = groups['projections.csv'].filter((f) => f.measure === 'employment').length;
		report.note(
			`${v.label} (${v.file}): ${v.items.length} line items, ${v.summaries.length} published summary rows, ${computed} computed groups; group titles from ${titles.file ?? 'no OEWS file'} (${titles.covered}/${v.items.length} line-item codes found there)${untitled ? `, ${untitled} groups without a title there` : ''}`
		);
		for (const i of v.items) {
			mangledTitle += i.mangledInTitle;
			mangledDropped += i.mangledDropped;
		}
		sources.push(
			githubSource(v.file, provenance.get(v.file), options.manual ?? {}, {
				source_id: `ep:${v.key}`,
				vintage: v.label,
				original: {
					publisher: 'U.S. Bureau of Labor Statistics',
					title: `Employment Projections ${v.key}: occupational projections and worker characteristics (Table 1.7; ${v.layout === 'table' ? 'occupation.xlsx workbook' : 'occupationProj export'})`,
					url: ORIGINAL_URL
				},
				note: `${v.layout === 'table' ? 'BLS Table 1.7 with its summary rows' : 'BLS occupationProj CSV export'}. Levels, changes and openings are published in thousands and were converted to persons; the wage column is not imported.`
			})
		);
	}
	report.note(
		`"¿" (mangled characters in the BLS export): ${mangledTitle} in kept titles, ${mangledDropped} in stripped example job titles; kept as published`
	);

	const occupations = epOccupations(vintages);
	report.report.occupations = occupations.length;
	report.report.vintages = [...labels].sort();

	const out = options.outDir;
	const figures = (file: string, rows: FigureRow[]) =>
		validateRows(rows, FigureSchema, file, 'id', report);
	const p = figures('projections.csv', projections);
	const o = figures('openings.csv', openings);
	const occ = validateRows(occupations, OccupationSchema, 'occupations.csv', 'soc_code', report);
	const src = validateRows(sources, SourceSchema, 'sources.csv', 'source_id', report);
	report.produce('projections.csv', p.length);
	report.produce('openings.csv', o.length);
	report.produce('occupations.csv', occ.length);
	report.produce('sources.csv', src.length);
	writeOutput(
		out,
		{ file: 'projections.csv', columns: FIGURE_COLUMNS, key: 'id', prefix: 'ep:', rows: p },
		report
	);
	writeOutput(
		out,
		{ file: 'openings.csv', columns: FIGURE_COLUMNS, key: 'id', prefix: 'ep:', rows: o },
		report
	);
	writeOutput(
		out,
		{
			file: 'occupations.csv',
			columns: OCCUPATION_COLUMNS,
			key: 'soc_code',
			prefix: 'ep:',
			rows: occ,
			owns: (r) => r.source_id.startsWith('ep:')
		},
		report
	);
	writeOutput(
		out,
		{ file: 'sources.csv', columns: SOURCE_COLUMNS, key: 'source_id', prefix: 'ep:', rows: src },
		report
	);
	return report.report;
}
