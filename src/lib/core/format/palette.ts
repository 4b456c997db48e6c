// Okabe–Ito colours (safe for the common colour-vision deficiencies). Every series also gets a
// second cue — a dash pattern, marker shape or fill pattern — so colour is never the only difference.

export const OKABE_ITO = {
	black: '#000000',
	orange: '#E69F00',
	skyBlue: '#56B4E9',
	green: '#009E73',
	yellow: '#F0E442',
	blue: '#0072B2',
	vermillion: '#D55E00',
	purple: '#CC79A7'
} as const;

/** Text, axes and grid: greys with enough contrast on white. */
export const INK = {
	text: '#1a1a1a',
	muted: '#555555',
	grid: '#dddddd',
	axis: '#767676',
	noData: '#e3e3e3'
} as const;

export type SeriesStyle = {
	color: string;
	dash: string;
	shape: MarkerShape;
	fill: 'solid' | 'hollow' | 'hatched';
};
export type MarkerShape =
	'circle' | 'square' | 'diamond' | 'triangle' | 'triangleDown' | 'cross' | 'star' | 'wye';

export const SERIES = {
	actual: { color: OKABE_ITO.black, dash: '', shape: 'circle', fill: 'solid' },
	projection: { color: OKABE_ITO.blue, dash: '6 4', shape: 'circle', fill: 'hollow' },
	occupation: { color: OKABE_ITO.blue, dash: '', shape: 'square', fill: 'solid' },
	allOccupations: { color: OKABE_ITO.orange, dash: '', shape: 'square', fill: 'hatched' },
	median: { color: OKABE_ITO.blue, dash: '', shape: 'circle', fill: 'solid' },
	notComparable: { color: OKABE_ITO.vermillion, dash: '2 3', shape: 'diamond', fill: 'hatched' }
} as const satisfies Record<string, SeriesStyle>;

/** Survey measures on the dot plot: one colour and one shape each. */
export const SURVEY_SERIES: readonly SeriesStyle[] = [
	{ color: OKABE_ITO.blue, dash: '', shape: 'circle', fill: 'solid' },
	{ color: OKABE_ITO.vermillion, dash: '', shape: 'square', fill: 'solid' },
	{ color: OKABE_ITO.green, dash: '', shape: 'diamond', fill: 'solid' },
	{ color: OKABE_ITO.purple, dash: '', shape: 'triangle', fill: 'solid' },
	{ color: OKABE_ITO.orange, dash: '', shape: 'star', fill: 'solid' },
	{ color: OKABE_ITO.black, dash: '', shape: 'wye', fill: 'solid' }
];

/** Sequential single-hue ramp (ColorBrewer Blues), light to dark; the lightest class stays visible against white. */
export const SEQUENTIAL_BLUES = ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;
