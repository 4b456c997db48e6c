// Hand-made ledgers for the verdict tables: a few figures, sources and releases each, with codes
// from the real SOC structure. The values are made up for the tests; no row here is from data/.
import type { Claim } from '../../../src/lib/core/schema/claim';
import type { Figure } from '../../../src/lib/core/schema/figure';
import type { Release } from '../../../src/lib/core/schema/release';
import type { Source } from '../../../src/lib/core/schema/source';

export const LAB = {
	soc: '29-2010',
	occupation: 'Clinical laboratory technologists and technicians'
};
export const TECHNICIANS = '29-2012';
export const PRACTITIONERS = '29-0000';

export const source = (
	source_id: string,
	kind: Source['kind'] = 'official',
	published = ''
): Source => ({
	source_id,
	kind,
	publisher: 'p',
	title: 't',
	url: 'https://example.org/',
	published,
	vintage: '',
	original_publisher: '',
	original_title: '',
	original_url: '',
	note: ''
});

export const release = (vintage: string, released: string): Release => ({
	vintage,
	released,
	source_id: 'bls',
	note: ''
});

/** A projection figure for the lab group in EP 2022-32 unless told otherwise. */
export const figure = (id: string, value: number, extra: Partial<Figure> = {}): Figure => ({
	id,
	measure: 'employment_change_pct',
	soc_code: LAB.soc,
	occupation: LAB.occupation,
	geography: 'US',
	period_start: '2022',
	period_end: '2032',
	vintage: 'EP 2022-32',
	value,
	value_flag: '',
	value_bound: null,
	unit: 'percent',
	qualifier: 'exact',
	comparability: 'comparable',
	source_id: 'bls',
	derivation: '',
	note: '',
	...extra
});

/** An OEWS median wage figure for the lab group. */
export const wage = (id: string, value: number, month: string, extra: Partial<Figure> = {}) =>
	figure(id, value, {
		measure: 'median_annual_wage',
		unit: 'USD per year',
		period_start: month,
		period_end: month,
		vintage: `OEWS ${['Jan', 'Feb', 'Mar', 'Apr', 'May'][Number(month.slice(5)) - 1]} ${month.slice(0, 4)}`,
		...extra
	});

/** A claim of the dated article "doc" about the lab group, 2022-2032 growth unless told otherwise. */
export const claim = (value: number | null, extra: Partial<Claim> = {}): Claim => ({
	id: 'c1',
	document_id: 'doc',
	measure: 'employment_change_pct',
	scope_as_stated: 'lab workers',
	scope_code: LAB.soc,
	geography: 'US',
	period_start: '2022',
	period_end: '2032',
	value,
	value_low: null,
	value_high: null,
	unit: 'percent',
	qualifier: 'exact',
	attributed_to: 'not stated',
	note: '',
	...extra
});

export const range = (low: number, high: number, extra: Partial<Claim> = {}): Claim =>
	claim(null, { qualifier: 'range', value_low: low, value_high: high, ...extra });
