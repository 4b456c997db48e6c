// The state map's model, given the topology. A state choropleth for figures published by state. Returns null when there are none, so a
// page renders nothing rather than an empty map. States without a figure are grey and hatched.
import { geoAlbersUsa, geoPath } from 'd3-geo';
import { scaleQuantize } from 'd3-scale';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Figure } from '$lib/core/schema/figure';
import { MEASURE_LABELS } from '$lib/core/schema/vocabulary';
import { formatTick } from '$lib/core/format/number';
import { formatPeriod } from '$lib/core/format/period';
import { INK, SEQUENTIAL_BLUES } from '$lib/core/format/palette';
import { px } from '../shared/axis';
import { claimsOverlay } from '../shared/claimsOverlay';
import { figureTable, sourceMap } from '../shared/figureTable';
import { pickFigure } from '../shared/pickFigure';
import { figureTooltip } from '../shared/tooltip';
import { FIPS_STATE } from './stateCodes';
import type { ChartBase, ChartInput, ClaimLayer, Tooltip } from '../shared/types';
import { DEFAULT_WIDTH } from '../shared/frame';
import { laidOutOrNull } from '../shared/laidOut';

export type StateMapInput = ChartInput & {
	measure: Figure['measure'];
	/** The figures' period_start, e.g. "2024-05". */
	period: string;
	/** Limit to one occupation; all codes when omitted. */
	socCode?: string;
};

export type StateShape = {
	fips: string;
	code: string | null;
	name: string;
	path: string;
	/** Centroid, where the tooltip points. */
	cx: number;
	cy: number;
	fill: string;
	status: 'value' | 'flagged' | 'no_data';
	tooltip: Tooltip;
};

/** A key entry, placed within the legend's group (x, y in px from its top-left). */
export type LegendItem = {
	color: string;
	label: string;
	status: StateShape['status'];
	x: number;
	y: number;
};

/** Room for one key entry: swatch, gap and a label like "$63.2k–$69.7k" at 11px. */
export const LEGEND_ITEM_PX = 110;
const LEGEND_ROW_PX = 18;

export type StateMapModel = ChartBase & {
	kind: 'stateMap';
	measure: Figure['measure'];
	measureLabel: string;
	periodLabel: string;
	states: StateShape[];
	legend: LegendItem[];
	legendY: number;
	/** Highest and lowest states with a value, for the description. */
	extremes: { high: StateShape; low: StateShape } | null;
	noDataCount: number;
};

type StateProps = { name: string };
/** us-atlas's states-10m.json: bundled on the server (stateMap.ts), fetched as JSON in the browser. */
export type StatesTopology = Topology<{
	states: GeometryCollection<StateProps>;
	nation: GeometryCollection;
}>;

export function stateMapWith(topology: StatesTopology, input: StateMapInput): StateMapModel | null {
	const sources = sourceMap(input.sources);
	const own = input.figures.filter(
		(f) =>
			f.geography !== 'US' &&
			f.measure === input.measure &&
			f.period_start === input.period &&
			(input.socCode === undefined || f.soc_code === input.socCode)
	);
	if (own.length === 0) return null;
	const picked = pickFigure(own, sources, (f) => f.geography);
	const width = input.width ?? DEFAULT_WIDTH;
	const mapHeight = Math.round(width * 0.62);
	const legendY = mapHeight + 8;

	const states = feature(topology, topology.objects.states) as FeatureCollection<
		Geometry,
		StateProps
	>;
	const projection = geoAlbersUsa().fitExtent(
		[
			[4, 4],
			[width - 4, mapHeight - 4]
		],
		states
	);
	const path = geoPath(projection).digits(1);

	const values = [...picked.values()]
		.map((p) => p.figure.value)
		.filter((v): v is number => v !== null);
	const unit = own[0]!.unit;
	const lo = values.length ? Math.min(...values) : 0;
	const hi = values.length ? Math.max(...values) : 1;
	const color = scaleQuantize<string>()
		.domain(lo === hi ? [lo, lo + 1] : [lo, hi])
		.range(lo === hi ? [SEQUENTIAL_BLUES[2]] : [...SEQUENTIAL_BLUES]);

	const shapes: StateShape[] = [];
	const centroids = new Map<string, [number, number]>();
	for (const f of states.features as Feature<Geometry, StateProps>[]) {
		const d = path(f);
		if (!d) continue; // outside albersUsa (territories other than PR)
		const fips = String(f.id);
		const code = FIPS_STATE[fips] ?? null;
		const name = f.properties.name;
		const fig = code ? picked.get(code)?.figure : undefined;
		const [cx, cy] = path.centroid(f).map(px) as [number, number];
		if (code) centroids.set(code, [cx, cy]);
		const place = { fips, code, name, path: d, cx, cy };
		if (!fig) {
			const tooltip: Tooltip = {
				label: name,
				value: 'no data',
				unit: '',
				period: formatPeriod(input.period),
				vintage: '',
				source: '',
				notes: []
			};
			shapes.push({ ...place, fill: INK.noData, status: 'no_data', tooltip });
			continue;
		}
		shapes.push({
			...place,
			fill: fig.value === null ? '#ffffff' : color(fig.value),
			status: fig.value === null ? 'flagged' : 'value',
			tooltip: figureTooltip(
				fig,
				sources.get(fig.source_id),
				`${name}: ${MEASURE_LABELS[fig.measure]}`
			)
		});
	}

	const entries: Omit<LegendItem, 'x' | 'y'>[] = color.range().map((c) => {
		const [a, b] = color.invertExtent(c);
		return {
			color: c,
			label:
				lo === hi
					? formatTick(lo, unit)
					: `${formatTick(a ?? lo, unit)}–${formatTick(b ?? hi, unit)}`,
			status: 'value' as const
		};
	});
	if (shapes.some((s) => s.status === 'flagged'))
		entries.push({ color: '#ffffff', label: 'top-coded / n/a', status: 'flagged' });
	if (shapes.some((s) => s.status === 'no_data'))
		entries.push({ color: INK.noData, label: 'no data', status: 'no_data' });
	// As many entries per row as fit the width, so no label runs into the next swatch on a phone.
	const perRow = Math.max(1, Math.min(4, Math.floor((width - 16) / LEGEND_ITEM_PX)));
	const legend: LegendItem[] = entries.map((e, i) => ({
		...e,
		x: (i % perRow) * LEGEND_ITEM_PX,
		y: Math.floor(i / perRow) * LEGEND_ROW_PX
	}));
	const height = legendY + Math.ceil(entries.length / perRow) * LEGEND_ROW_PX + 8;

	const claimLayers: ClaimLayer[] = [...centroids.entries()].map(([code, [cx, cy]]) =>
		claimsOverlay(input.claims ?? [], {
			measures: [input.measure],
			scopeCodes: input.socCode ? [input.socCode] : null,
			geography: code,
			orientation: 'vertical',
			value: () => px(cy),
			place: () => px(cx),
			base: input.base
		})
	);

	const withValue = shapes.filter((s) => s.status === 'value');
	const valueOf = (s: StateShape) => picked.get(s.code ?? '')?.figure.value ?? 0;
	const sorted = [...withValue].sort((a, b) => valueOf(b) - valueOf(a));
	const figures = [...picked.values()]
		.map((p) => p.figure)
		.sort((a, b) => (a.geography < b.geography ? -1 : 1));
	const measureLabel = MEASURE_LABELS[input.measure];
	const periodLabel = formatPeriod(input.period);
	return {
		kind: 'stateMap',
		measure: input.measure,
		measureLabel,
		periodLabel,
		width,
		height,
		states: shapes,
		legend,
		legendY,
		extremes: sorted.length ? { high: sorted[0]!, low: sorted.at(-1)! } : null,
		noDataCount: shapes.filter((s) => s.status === 'no_data').length,
		figures,
		table: figureTable(
			`${measureLabel} by state, ${periodLabel}`,
			figures,
			sources,
			(f) => f.geography,
			'State'
		),
		claims: {
			marks: claimLayers.flatMap((l) => l.marks),
			unplaced: claimLayers.flatMap((l) => l.unplaced)
		}
	};
}

/** "Median annual wage, May 2024: highest in California ($75,000), lowest in Alabama ($48,000); 40 states have no data." */
export function describe(m: StateMapModel): string {
	const noData =
		m.noDataCount > 0
			? `; ${m.noDataCount} ${m.noDataCount === 1 ? 'state has' : 'states have'} no data`
			: '';
	if (!m.extremes)
		return `${m.measureLabel}, ${m.periodLabel}: no state has a published number${noData}.`;
	const { high, low } = m.extremes;
	if (high === low)
		return `${m.measureLabel}, ${m.periodLabel}: ${high.name} ${high.tooltip.value}${noData}.`;
	return `${m.measureLabel}, ${m.periodLabel}: highest in ${high.name} (${high.tooltip.value}), lowest in ${low.name} (${low.tooltip.value})${noData}.`;
}

/** The map laid out with its description, input key and source line; the topology comes with the input. */
export const layOutStateMap = laidOutOrNull(
	(i: StateMapInput & { topology: StatesTopology }) => stateMapWith(i.topology, i),
	describe
);
export type StateMapChart = NonNullable<ReturnType<typeof layOutStateMap>>;
