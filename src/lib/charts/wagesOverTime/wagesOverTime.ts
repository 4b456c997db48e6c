// Median annual wage by OEWS May release, with 10th–90th and 25th–75th percentile bands where
// published. A missing year or a top-coded cell breaks the line: nothing is interpolated across it.
import { scaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import { extent } from 'd3-array';
import type { Figure } from '$lib/core/schema/figure';
import type { ClaimSummary } from '$lib/core/ledger/types';
import { formatTick, formatValue } from '$lib/core/format/number';
import { formatPeriod, periodPosition } from '$lib/core/format/period';
import { MEASURE_LABELS } from '$lib/core/schema/vocabulary';
import { px, tickCount } from '../shared/axis';
import { claimValues, claimsOverlay, matchingClaims } from '../shared/claimsOverlay';
import { figureTable, sourceMap } from '../shared/figureTable';
import { aspectHeight, frame, sized, upScale, valueTicks } from '../shared/frame';
import { byPeriodThen, ownFigures } from '../shared/ownFigures';
import { pickFigure } from '../shared/pickFigure';
import { figureTooltip, figureValueText } from '../shared/tooltip';
import type { ChartBase, CodeChartInput, Margin, Tick, Tooltip } from '../shared/types';
import { laidOut } from '../shared/laidOut';
import { runs, yearSlots, type Slot } from './yearSlots';

export type WagesInput = CodeChartInput & { geography?: string };

export type WagePoint = {
	figureId: string;
	period: string;
	vintage: string;
	value: number;
	x: number;
	y: number;
	tooltip: Tooltip;
};

/** A published cell without a number: drawn at the axis edge with its flag, never at a made-up value. */
export type WageFlag = {
	figureId: string;
	measure: Figure['measure'];
	kind: 'top_coded' | 'not_available';
	period: string;
	x: number;
	y: number;
	label: string;
	tooltip: Tooltip;
};

export type WagesModel = ChartBase & {
	kind: 'wagesOverTime';
	socCode: string;
	occupation: string;
	margin: Margin;
	xTicks: Tick[];
	yTicks: Tick[];
	/** Median line, one path per run of consecutive years. */
	medianPaths: string[];
	points: WagePoint[];
	/** p10–p90 and p25–p75 band paths (areas, or a narrow bar for a single year). */
	outerBands: string[];
	innerBands: string[];
	flags: WageFlag[];
};

const MEDIAN = 'median_annual_wage';
const P = {
	p10: 'wage_p10_annual',
	p25: 'wage_p25_annual',
	p75: 'wage_p75_annual',
	p90: 'wage_p90_annual'
} as const;
const MEASURES = [MEDIAN, P.p10, P.p25, P.p75, P.p90] as const;

const byMeasure = (a: Figure, b: Figure) =>
	MEASURES.indexOf(a.measure as (typeof MEASURES)[number]) -
	MEASURES.indexOf(b.measure as (typeof MEASURES)[number]);

export function wagesOverTime(input: WagesInput): WagesModel {
	const f0 = frame(input.width, (narrow) => ({
		top: 26,
		right: narrow ? 14 : 20,
		bottom: 30,
		left: narrow ? 46 : 56
	}));
	const fr = sized(f0, aspectHeight(f0.width, 0.58, 260, 420));
	const geography = input.geography ?? 'US';
	const sources = sourceMap(input.sources);
	const own = ownFigures(input.figures, {
		socCode: input.socCode,
		geography,
		vintagePrefix: 'OEWS',
		measures: MEASURES
	});
	const figures = [...pickFigure(own, sources, (f) => `${f.period_start}|${f.measure}`).values()]
		.map((p) => p.figure)
		.sort(byPeriodThen(byMeasure));
	const claimChecks = matchingClaims(input.claims ?? [], {
		measures: [MEDIAN],
		scopeCodes: [input.socCode],
		geography
	});
	const claimPeriod = (c: ClaimSummary['claim']) => c.period_start || c.period_end;

	const numeric = figures.filter((f) => f.value !== null).map((f) => f.value as number);
	const [v0 = 0, v1 = 100000] = extent([
		...numeric,
		...claimChecks.flatMap((c) => claimValues(c.claim))
	]);
	const positions = [
		...figures.map((f) => periodPosition(f.period_start)),
		...claimChecks
			.map((c) => claimPeriod(c.claim))
			.filter((p) => p !== '')
			.map(periodPosition)
	];
	const [p0 = 2020, p1 = 2024] = extent(positions);
	const x = scaleLinear()
		.domain(p0 === p1 ? [p0 - 1, p1 + 1] : [p0 - 0.3, p1 + 0.3])
		.range([fr.left, fr.right]);
	const y = upScale(fr, [v0 * 0.92, v1 * 1.04]);

	const slots = yearSlots(figures, x);
	const num = (s: Slot, m: string) => {
		const v = s.cells.get(m)?.value;
		return typeof v === 'number' ? v : null;
	};

	const medianLine = line<Slot>(
		(s) => px(s.x),
		(s) => px(y(num(s, MEDIAN)!))
	);
	const medianPaths = runs(slots, (s) => num(s, MEDIAN) !== null)
		.filter((r) => r.length > 1)
		.map((r) => medianLine(r) ?? '');

	const band = (lo: string, hi: string) =>
		runs(slots, (s) => num(s, lo) !== null && num(s, hi) !== null).map((r) => {
			if (r.length === 1) {
				const s = r[0]!;
				return `M${px(s.x - 5)},${px(y(num(s, hi)!))}H${px(s.x + 5)}V${px(y(num(s, lo)!))}H${px(s.x - 5)}Z`;
			}
			return (
				area<Slot>()
					.x((s) => px(s.x))
					.y0((s) => px(y(num(s, lo)!)))
					.y1((s) => px(y(num(s, hi)!)))(r) ?? ''
			);
		});

	const points: WagePoint[] = [];
	const flags: WageFlag[] = [];
	for (const s of slots) {
		const med = s.cells.get(MEDIAN);
		const range = (lo: string, hi: string, name: string) => {
			const a = s.cells.get(lo);
			const b = s.cells.get(hi);
			return a && b ? [`${name}: ${figureValueText(a)} to ${figureValueText(b)}`] : [];
		};
		const notes = [
			...range(P.p10, P.p90, '10th–90th percentile'),
			...range(P.p25, P.p75, '25th–75th percentile')
		];
		if (med && med.value !== null) {
			points.push({
				figureId: med.id,
				period: formatPeriod(med.period_start),
				vintage: med.vintage,
				value: med.value,
				x: px(s.x),
				y: px(y(med.value)),
				tooltip: figureTooltip(med, sources.get(med.source_id), MEASURE_LABELS[MEDIAN], notes)
			});
		}
		for (const f of s.cells.values()) {
			if (f.value_flag === '') continue;
			const top = f.value_flag === 'top_coded';
			flags.push({
				figureId: f.id,
				measure: f.measure,
				kind: top ? 'top_coded' : 'not_available',
				period: formatPeriod(f.period_start),
				x: px(s.x),
				y: top ? fr.top : fr.bottom,
				label: top
					? f.value_bound !== null
						? `≥ ${formatTick(f.value_bound, f.unit)}`
						: '≥ top code'
					: 'n/a',
				tooltip: figureTooltip(
					f,
					sources.get(f.source_id),
					MEASURE_LABELS[f.measure],
					f.measure === MEDIAN ? notes : []
				)
			});
		}
	}

	const claims = claimsOverlay(input.claims ?? [], {
		measures: [MEDIAN],
		scopeCodes: [input.socCode],
		geography,
		orientation: 'vertical',
		value: y,
		place: (c) =>
			claimPeriod(c) === '' ? 'the claim states no period' : px(x(periodPosition(claimPeriod(c)))),
		base: input.base
	});

	// Ticks at published periods only, thinned to fit; labels come from each figure's own period.
	const tickSlots = slots.filter((s) => s.cells.size > 0);
	const every = Math.max(
		1,
		Math.ceil(tickSlots.length / tickCount(fr.innerWidth, fr.narrow ? 48 : 76))
	);
	const xTicks = tickSlots
		.filter((_, i) => (tickSlots.length - 1 - i) % every === 0)
		.map((s) => {
			const period = [...s.cells.values()][0]!.period_start;
			return {
				value: s.year,
				label: fr.narrow ? period.slice(0, 4) : formatPeriod(period),
				pos: px(s.x)
			};
		});
	const occupation = figures.at(-1)?.occupation ?? input.socCode;
	return {
		kind: 'wagesOverTime',
		socCode: input.socCode,
		occupation,
		width: fr.width,
		height: fr.height,
		margin: fr.margin,
		xTicks,
		yTicks: valueTicks(y, fr.innerHeight, 50, 'USD per year'),
		medianPaths,
		points,
		outerBands: band(P.p10, P.p90),
		innerBands: band(P.p25, P.p75),
		flags,
		figures,
		table: figureTable(
			`Annual wages by OEWS release: ${occupation} (${input.socCode})`,
			figures,
			sources,
			(f) => f.vintage,
			'Release'
		),
		claims
	};
}

/** "The median annual wage was $61,890 in May 2024, up from $57,380 in May 2022; 10th–90th percentile: $38,020 to $97,990." */
export function describe(m: WagesModel): string {
	const last = m.points.at(-1);
	const first = m.points[0];
	const flagged = m.flags.filter((f) => f.measure === MEDIAN);
	if (!last || !first) {
		if (flagged.length > 0)
			return `The median annual wage for ${m.occupation} is not published as a number (${flagged.map((f) => `${f.period}: ${f.tooltip.value}`).join('; ')}).`;
		return `No wage figures are available for ${m.occupation} (${m.socCode}).`;
	}
	const change =
		first === last
			? ''
			: `, ${last.value >= first.value ? 'up' : 'down'} from ${formatValue(first.value, 'USD per year')} in ${first.period}`;
	const spread = last.tooltip.notes.find((n) => n.startsWith('10th–90th'));
	const tail = [
		spread ? `${spread} in ${last.period}` : '',
		flagged.length > 0
			? `the median is top-coded or unavailable in ${flagged.map((f) => f.period).join(', ')}`
			: ''
	].filter((s) => s !== '');
	return `The median annual wage for ${m.occupation} was ${formatValue(last.value, 'USD per year')} in ${last.period}${change}${tail.length ? `; ${tail.join('; ')}` : ''}.`;
}

/** The model with its description, input key and source line, as pages receive it. */
export const layOutWagesOverTime = laidOut((i: WagesInput) => wagesOverTime(i), describe);
export type WagesOverTimeChart = ReturnType<typeof layOutWagesOverTime>;
