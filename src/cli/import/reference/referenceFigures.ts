// official.csv and surveys.csv rows as figures. Official rows go to projections, openings or
// wages by measure; survey rows to retirement.csv. A row is left out only when the EP/OEWS
// import already holds the same figure read from the same GitHub copy.
import { figureRow } from '../figureRow';
import type { ReportBuilder } from '../report/ReportBuilder';
import type { FigureRow } from '../rowTypes';
import { parseDecimal } from '../values/parseDecimal';
import type { ExistingFigures } from './existingFigureIndex';
import type { ReferenceRecord } from './readReferenceTable';

export type ReferenceDatasets = Record<
	'projections.csv' | 'openings.csv' | 'wages.csv' | 'retirement.csv',
	FigureRow[]
>;

const PROJECTIONS = [
	'employment',
	'employment_projected',
	'employment_change_pct',
	'employment_change_num',
	'new_jobs'
];
const OPENINGS = ['annual_openings', 'openings_decade'];
/** Vintages whose figures the EP and OEWS imports produce. */
const IMPORTED_VINTAGE = /^(EP \d{4}-\d{2}|OEWS May \d{4})$/;
/** OEWS-family releases: their employment is the OEWS count, which lives with the wages. */
const OEWS_VINTAGE = /\b(OEWS|OES)\b/;

function datasetOf(measure: string, vintage: string, file: string): keyof ReferenceDatasets {
	if (file === 'surveys.csv') return 'retirement.csv';
	if (measure === 'employment' && OEWS_VINTAGE.test(vintage)) return 'wages.csv';
	if (PROJECTIONS.includes(measure)) return 'projections.csv';
	if (OPENINGS.includes(measure)) return 'openings.csv';
	return 'wages.csv';
}

export function referenceFigures(
	inputs: readonly { file: 'official.csv' | 'surveys.csv'; row: ReferenceRecord }[],
	sourceIdOf: ReadonlyMap<string, string>,
	existing: ExistingFigures,
	report: ReportBuilder
): ReferenceDatasets {
	const out: ReferenceDatasets = {
		'projections.csv': [],
		'openings.csv': [],
		'wages.csv': [],
		'retirement.csv': []
	};
	for (const { file, row } of inputs) {
		const get = row.get;
		const id = get('id');
		const sourceId = sourceIdOf.get(get('source_url'));
		if (!sourceId) continue; // its source was refused (reported there)
		if (get('value_low') !== '' || get('value_high') !== '') {
			report.skip(`${file}: value_low/value_high are not used by figures`, id);
			continue;
		}
		const value = parseDecimal(get('value'));
		if (value === null) {
			report.skip(`${file}: value is not a plain number`, `${id}: "${get('value')}"`);
			continue;
		}
		const key = {
			measure: get('measure'),
			soc_code: get('soc_code'),
			geography: get('geography'),
			period_start: get('period_start'),
			period_end: get('period_end'),
			vintage: get('vintage')
		};
		if (IMPORTED_VINTAGE.test(key.vintage)) {
			const same = existing.find(key, value, get('source_url'));
			if (same) {
				report.skip(
					'same figure from the same GitHub copy is already imported (by bls-ep/bls-oews)',
					`${id} = ${same}`
				);
				continue;
			}
		}
		report.kept();
		out[datasetOf(key.measure, key.vintage, file)].push(
			figureRow({
				...key,
				id: `ref:${id}`,
				occupation: get('occupation'),
				value,
				unit: get('unit'),
				qualifier: get('qualifier'),
				comparability: key.measure === 'openings_decade' ? 'not_comparable' : 'comparable',
				source_id: sourceId,
				note:
					key.measure === 'openings_decade'
						? 'Old-method 10-year total of growth and replacement needs; not comparable with the annual average openings published from EP 2016-26 on.'
						: ''
			})
		);
	}
	return out;
}
