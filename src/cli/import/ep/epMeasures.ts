// The five EP measures an export line item carries, with their units, periods and conversion
// from the published cell. Shared by the line-item figures and the computed group totals.
import { parseDecimal } from '../values/parseDecimal';
import { parseMarker, type Marker } from '../values/parseMarker';
import { thousandsToPersons } from '../values/thousandsToPersons';
import type { EpLineItem, EpVintage } from './parseEpFile';

export type EpMeasure = {
	measure: string;
	unit: string;
	file: 'projections.csv' | 'openings.csv';
	cell: (item: EpLineItem) => string;
	/** Whether the published cell is in thousands (converted to persons) or a percent. */
	inThousands: boolean;
	period: (v: EpVintage) => [string, string];
	comparability: 'comparable' | 'not_comparable';
	note: string;
};

export type CellValue = { value: string } | Marker | { error: string };

const OLD_OPENINGS_NOTE =
	'Old-method 10-year total of openings due to growth and replacement needs; not comparable with the annual average openings (separations method) that EP publishes from 2016-26 on.';

export function epMeasures(v: EpVintage): EpMeasure[] {
	const decade = v.openingsMeasure === 'openings_decade';
	return [
		{
			measure: 'employment',
			unit: 'persons',
			file: 'projections.csv',
			cell: (i) => i.employment,
			inThousands: true,
			period: (x) => [x.base, x.base],
			comparability: 'comparable',
			note: ''
		},
		{
			measure: 'employment_projected',
			unit: 'persons',
			file: 'projections.csv',
			cell: (i) => i.projected,
			inThousands: true,
			period: (x) => [x.target, x.target],
			comparability: 'comparable',
			note: ''
		},
		{
			measure: 'employment_change_num',
			unit: 'persons',
			file: 'projections.csv',
			cell: (i) => i.changeNum,
			inThousands: true,
			period: (x) => [x.base, x.target],
			comparability: 'comparable',
			note: ''
		},
		{
			measure: 'employment_change_pct',
			unit: 'percent',
			file: 'projections.csv',
			cell: (i) => i.changePct,
			inThousands: false,
			period: (x) => [x.base, x.target],
			comparability: 'comparable',
			note: ''
		},
		{
			measure: v.openingsMeasure,
			unit: decade ? 'openings (decade total)' : 'openings per year',
			file: 'openings.csv',
			cell: (i) => i.openings,
			inThousands: true,
			period: (x) => [x.base, x.target],
			comparability: decade ? 'not_comparable' : 'comparable',
			note: decade ? OLD_OPENINGS_NOTE : ''
		}
	];
}

/** A published EP cell as a value in the ledger's unit, a marker, or why it cannot be read. */
export function epCellValue(m: EpMeasure, raw: string): CellValue {
	const decimal = parseDecimal(raw);
	if (decimal === null)
		return parseMarker(raw) ?? { error: `not a number or a known marker: "${raw}"` };
	try {
		return { value: m.inThousands ? thousandsToPersons(decimal) : decimal };
	} catch (e) {
		return { error: (e as Error).message };
	}
}
