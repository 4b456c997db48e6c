// The signature chart: what each EP vintage said employment was (its base year, solid line)
// and what it projected (dashed, to its target year), so past projections meet what happened.
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { extent } from 'd3-array';
import type { Figure } from '$lib/core/schema/figure';
import type { ClaimSummary } from '$lib/core/ledger/types';
import { formatValue } from '$lib/core/format/number';
import { formatPeriod, periodPosition } from '$lib/core/format/period';
import { px, tickCount, yearTicks } from '../shared/axis';
import { claimValues, claimsOverlay, matchingClaims } from '../shared/claimsOverlay';
import { figureTable, sourceMap } from '../shared/figureTable';
import { aspectHeight, frame, sized, upScale, valueTicks } from '../shared/frame';
import { ownFigures } from '../shared/ownFigures';
import { alternativeNotes, pickFigure } from '../shared/pickFigure';
import { figureTooltip } from '../shared/tooltip';
import type { ChartBase, CodeChartInput, Margin, Tick, Tooltip } from '../shared/types';
import { laidOut } from '../shared/laidOut';
import { placeLabels } from './projectionLabels';

export { LABEL_COLUMN_PX, LABEL_PX } from './projectionLabels';

export type TrackRecordInput = CodeChartInput & { geography?: string };

export type TrackPoint = {
	figureId: string;
	vintage: string;
	/** The figure's own period label, e.g. "2024". */
	period: string;
	value: number;
	x: number;
	y: number;
	computed: boolean;
	tooltip: Tooltip;
};

export type Projection = {
	vintage: string;
	/** Exactly the vintage, e.g. "EP 2019-29". */
	label: string;
	path: string;
	start: TrackPoint;
	end: TrackPoint;
	labelX: number;
	labelY: number;
	/** True when the label sits in the right-hand column, joined to its end point by a leader line. */
	leader: boolean;
	computed: boolean;
};

export type TrackRecordModel = ChartBase & {
	kind: 'trackRecord';
	socCode: string;
	occupation: string;
	margin: Margin;
	xTicks: Tick[];
	yTicks: Tick[];
	/** Solid line segments through base years; broken where a year has no vintage. */
	actualPaths: string[];
	actualPoints: TrackPoint[];
	projections: Projection[];
};

const MEASURES = ['employment', 'employment_projected'] as const;

export function trackRecord(input: TrackRecordInput): TrackRecordModel {
	const f0 = frame(input.width, (narrow) => ({
		top: 16,
		right: narrow ? 70 : 84,
		bottom: 28,
		left: narrow ? 44 : 56
	}));
	const fr = sized(f0, aspectHeight(f0.width, 0.62, 280, 440));
	const geography = input.geography ?? 'US';
	const sources = sourceMap(input.sources);

	const own = ownFigures(input.figures, {
		socCode: input.socCode,
		geography,
		vintagePrefix: 'EP ',
		measures: MEASURES
	});
	const picked = pickFigure(own, sources, (f) => `${f.vintage}|${f.measure}`);
	const byVintage = new Map<string, { base?: Figure; target?: Figure; alts: string[] }>();
	for (const p of picked.values()) {
		const f = p.figure;
		const entry = byVintage.get(f.vintage) ?? { alts: [] };
		if (f.measure === 'employment') entry.base = f;
		else entry.target = f;
		entry.alts.push(
			...alternativeNotes(p, sources, (a) =>
				a.value === null ? 'no value' : formatValue(a.value, a.unit)
			)
		);
		byVintage.set(f.vintage, entry);
	}
	const drawn = [...picked.values()].map((p) => p.figure).filter((f) => f.value !== null);
	const claimChecks = matchingClaims(input.claims ?? [], {
		measures: MEASURES,
		scopeCodes: [input.socCode],
		geography
	});

	const claimYear = (c: ClaimSummary['claim']) => {
		const period =
			c.measure === 'employment_projected'
				? c.period_end || c.period_start
				: c.period_start || c.period_end;
		return period === '' ? null : periodPosition(period);
	};
	const xs = [
		...drawn.map((f) => periodPosition(f.period_end)),
		...claimChecks.map((c) => claimYear(c.claim)).filter((v): v is number => v !== null)
	];
	const ys = [
		...drawn.map((f) => f.value as number),
		...claimChecks.flatMap((c) => claimValues(c.claim))
	];
	const [x0 = 2012, x1 = 2034] = extent(xs);
	const [y0 = 0, y1 = 1] = extent(ys);
	const pad = (y1 - y0) * 0.08 || Math.abs(y1) * 0.05 || 1;

	const x = scaleLinear()
		.domain([x0, x1 === x0 ? x0 + 1 : x1])
		.range([fr.left, fr.right]);
	const y = upScale(fr, [y0 - pad, y1 + pad]);

	const point = (f: Figure, label: string, extra: string[] = []): TrackPoint => ({
		figureId: f.id,
		vintage: f.vintage,
		period: formatPeriod(f.period_end),
		value: f.value as number,
		x: px(x(periodPosition(f.period_end))),
		y: px(y(f.value as number)),
		computed: f.derivation !== '',
		tooltip: figureTooltip(f, sources.get(f.source_id), label, extra)
	});

	const actualPoints = [...byVintage.values()]
		.flatMap((e) =>
			e.base && e.base.value !== null
				? [point(e.base, `Employment in base year (${e.base.vintage})`, e.alts)]
				: []
		)
		.sort((a, b) => a.x - b.x);
	const baseFigures = new Map(
		[...byVintage.values()].flatMap((e) => (e.base ? [[e.base.id, e.base] as const] : []))
	);

	// Join consecutive base years only: a year with no vintage, or a not-comparable figure, breaks the line.
	const segments: TrackPoint[][] = [];
	for (const p of actualPoints) {
		const prev = segments.at(-1)?.at(-1);
		const f = baseFigures.get(p.figureId);
		const pf = prev ? baseFigures.get(prev.figureId) : undefined;
		const joins =
			prev &&
			f &&
			pf &&
			periodPosition(f.period_end) - periodPosition(pf.period_end) <= 1 &&
			f.comparability === 'comparable' &&
			pf.comparability === 'comparable';
		if (joins) segments.at(-1)!.push(p);
		else segments.push([p]);
	}
	const path = line<TrackPoint>(
		(p) => p.x,
		(p) => p.y
	);
	const actualPaths = segments.filter((s) => s.length > 1).map((s) => path(s) ?? '');

	const projections: Projection[] = [];
	for (const e of byVintage.values()) {
		if (!e.base || !e.target || e.base.value === null || e.target.value === null) continue;
		const start = actualPoints.find((p) => p.figureId === e.base!.id)!;
		const change = e.target.value - e.base.value;
		const end = point(e.target, `Projected employment (${e.target.vintage})`, [
			`Projected from ${formatValue(e.base.value, e.base.unit)} in ${formatPeriod(e.base.period_end)} (change ${change >= 0 ? '+' : '−'}${formatValue(Math.abs(change), 'persons')})`
		]);
		projections.push({
			vintage: e.target.vintage,
			label: e.target.vintage,
			path: `M${start.x},${start.y}L${end.x},${end.y}`,
			start,
			end,
			labelX: end.x + 6,
			labelY: end.y,
			leader: false,
			computed: start.computed || end.computed
		});
	}
	projections.sort((a, b) => a.start.x - b.start.x);
	placeLabels(projections, fr, x(x0 + 1) - x(x0));

	const claims = claimsOverlay(input.claims ?? [], {
		measures: MEASURES,
		scopeCodes: [input.socCode],
		geography,
		orientation: 'vertical',
		value: y,
		place: (c) => {
			const yr = claimYear(c);
			return yr === null ? 'the claim states no year' : x(yr);
		},
		base: input.base
	});

	const occupation =
		own.find((f) => f.vintage === [...byVintage.keys()].at(-1))?.occupation ??
		own[0]?.occupation ??
		input.socCode;
	const tableFigures = [...picked.values()]
		.map((p) => p.figure)
		.sort((a, b) =>
			a.vintage < b.vintage ? -1 : a.vintage > b.vintage ? 1 : a.measure < b.measure ? -1 : 1
		);
	return {
		kind: 'trackRecord',
		socCode: input.socCode,
		occupation,
		width: fr.width,
		height: fr.height,
		margin: fr.margin,
		xTicks: yearTicks(x, tickCount(fr.innerWidth, fr.narrow ? 64 : 72)),
		yTicks: valueTicks(y, fr.innerHeight, 48, 'persons'),
		actualPaths,
		actualPoints,
		projections,
		figures: tableFigures,
		table: figureTable(
			`Employment and projections by EP vintage, ${occupation} (${input.socCode})`,
			tableFigures,
			sources,
			(f) => f.vintage,
			'Vintage'
		),
		claims
	};
}

/** One sentence from the actual numbers: how a past projection compares, or how employment moved. */
export function describe(m: TrackRecordModel): string {
	if (m.actualPoints.length === 0 && m.projections.length === 0)
		return `No employment figures are available for ${m.occupation} (${m.socCode}).`;
	// A projection whose target year later got its own base-year estimate can be checked.
	for (const p of m.projections) {
		const actual = m.actualPoints.find((a) => a.period === p.end.period && a.vintage !== p.vintage);
		if (!actual) continue;
		const diff = ((actual.value - p.end.value) / p.end.value) * 100;
		const rel =
			Math.abs(diff) < 0.05
				? 'matching the projection'
				: `${Math.abs(diff).toFixed(1)}% ${diff > 0 ? 'above' : 'below'} the projection`;
		return `${p.vintage} projected ${formatValue(p.end.value, 'persons')} jobs for ${p.end.period}; ${actual.vintage} later put ${actual.period} employment at ${formatValue(actual.value, 'persons')}, ${rel}.`;
	}
	const first = m.actualPoints[0];
	const last = m.actualPoints.at(-1);
	const targets = m.projections.map((p) => p.end.period).sort();
	const pending =
		m.projections.length > 0
			? `; none of the ${m.projections.length} projections shown (target years ${targets[0]}${targets.length > 1 ? `–${targets.at(-1)}` : ''}) can be checked against an estimate yet`
			: '';
	if (first && last && first !== last) {
		const verb = last.value > first.value ? 'rose' : last.value < first.value ? 'fell' : 'stayed';
		return `Base-year employment ${verb} from ${formatValue(first.value, 'persons')} in ${first.period} (${first.vintage}) to ${formatValue(last.value, 'persons')} in ${last.period} (${last.vintage})${pending}.`;
	}
	const p = m.projections[0];
	if (p)
		return `${p.vintage} projected employment to go from ${formatValue(p.start.value, 'persons')} in ${p.start.period} to ${formatValue(p.end.value, 'persons')} in ${p.end.period}.`;
	return `Employment was ${formatValue(first!.value, 'persons')} in ${first!.period} (${first!.vintage}).`;
}

/** The model with its description, input key and source line, as pages receive it. */
export const layOutTrackRecord = laidOut((i: TrackRecordInput) => trackRecord(i), describe);
export type TrackRecordChart = ReturnType<typeof layOutTrackRecord>;
