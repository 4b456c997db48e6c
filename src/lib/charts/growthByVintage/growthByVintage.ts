// Projected growth per EP vintage beside the all-occupations rate of the same vintage, with our
// stated faster/about/slower label. Horizontal rows so long vintage labels fit at 390 px.
import type { Figure } from '$lib/core/schema/figure';
import { formatPoints, formatValue } from '$lib/core/format/number';
import { formatSpan } from '$lib/core/format/period';
import { px } from '../shared/axis';
import { bar } from '../shared/bar';
import { claimValues, claimsOverlay, matchingClaims } from '../shared/claimsOverlay';
import { figureTable, sourceMap } from '../shared/figureTable';
import { barScale, frame, sized, valueTicks } from '../shared/frame';
import { alternativeNotes, pickFigure } from '../shared/pickFigure';
import { figureTooltip } from '../shared/tooltip';
import { growthDifference, growthLabel, GROWTH_RULE_TEXT, type GrowthLabel } from './growthRule';
import type { Bar, ChartBase, CodeChartInput, Margin, Tick } from '../shared/types';
import { laidOut } from '../shared/laidOut';

export { GROWTH_RULE_TEXT };

export type GrowthInput = CodeChartInput & {
	/** The comparison group; 00-0000 (all occupations) by default. */
	allCode?: string;
};

export type { Bar };

export type GrowthRow = {
	vintage: string;
	/** Projection span from the figure itself, e.g. "2024–34". */
	span: string;
	y: number;
	occupation: Bar | null;
	all: Bar | null;
	difference: number | null;
	label: GrowthLabel | null;
};

export type GrowthModel = ChartBase & {
	kind: 'growthByVintage';
	socCode: string;
	occupationName: string;
	margin: Margin;
	xTicks: Tick[];
	zeroX: number;
	rows: GrowthRow[];
	rule: string;
};

const ROW = 60;
const BAR = 13;
const MEASURE = 'employment_change_pct';

export function growthByVintage(input: GrowthInput): GrowthModel {
	const allCode = input.allCode ?? '00-0000';
	const sources = sourceMap(input.sources);
	const relevant = input.figures.filter(
		(f) =>
			f.measure === MEASURE &&
			f.geography === 'US' &&
			f.value !== null &&
			(f.soc_code === input.socCode || f.soc_code === allCode)
	);
	// One row per projection span: an OOH copy of EP 2016-26 is an alternative, not a second row.
	const span = (f: Figure) => `${f.period_start}|${f.period_end}`;
	const picked = pickFigure(relevant, sources, (f) => `${f.soc_code}|${span(f)}`);
	const occ = [...picked.values()]
		.filter((p) => p.figure.soc_code === input.socCode)
		.sort((a, b) => (a.figure.period_start < b.figure.period_start ? -1 : 1));
	const allOf = (f: Figure) => picked.get(`${allCode}|${span(f)}`);
	const claimChecks = matchingClaims(input.claims ?? [], {
		measures: [MEASURE],
		scopeCodes: [input.socCode]
	});

	const values = [
		0,
		...occ.flatMap((p) => [p.figure.value as number, allOf(p.figure)?.figure.value ?? 0]),
		...claimChecks.flatMap((c) => claimValues(c.claim))
	];
	const f0 = frame(input.width, { top: 26, right: 44, bottom: 8, left: 8 });
	const fr = sized(f0, f0.margin.top + f0.margin.bottom + Math.max(1, occ.length) * ROW);
	const x = barScale(fr, values);
	const zeroX = px(x(0));
	const barAt = (f: Figure, y: number, label: string, extra: string[]): Bar =>
		bar(x, f, {
			y,
			height: BAR,
			valueLabel: formatValue(f.value as number, 'percent'),
			tooltip: figureTooltip(f, sources.get(f.source_id), label, extra)
		});

	const rows: GrowthRow[] = occ.map((p, i) => {
		const f = p.figure;
		const all = allOf(f);
		const y = fr.top + i * ROW;
		const diff = all ? growthDifference(f.value as number, all.figure.value as number) : null;
		const label = all ? growthLabel(f.value as number, all.figure.value as number) : null;
		const altText = (a: Figure) => (a.value === null ? 'no value' : formatValue(a.value, a.unit));
		const occNotes = [
			...(label && diff !== null ? [`${label} (${formatPoints(diff)} vs all occupations)`] : []),
			...alternativeNotes(p, sources, altText)
		];
		return {
			vintage: f.vintage,
			span: formatSpan(f.period_start, f.period_end),
			y: px(y),
			occupation: barAt(f, px(y + 18), `Projected growth, ${f.occupation}`, occNotes),
			all: all
				? barAt(
						all.figure,
						px(y + 18 + BAR + 2),
						`Projected growth, ${all.figure.occupation}`,
						alternativeNotes(all, sources, altText)
					)
				: null,
			difference: diff,
			label
		};
	});

	const claims = claimsOverlay(input.claims ?? [], {
		measures: [MEASURE],
		scopeCodes: [input.socCode],
		orientation: 'horizontal',
		value: x,
		place: (c) => {
			const row = rows.find((r) => {
				const f = occ.find((p) => p.figure.vintage === r.vintage)!.figure;
				return f.period_start === c.period_start && f.period_end === c.period_end;
			});
			return row?.occupation
				? row.occupation.y + BAR / 2
				: `no EP vintage here covers ${formatSpan(c.period_start, c.period_end) || 'an unstated period'}`;
		},
		base: input.base
	});

	const figures = occ.flatMap((p) => [
		p.figure,
		...(allOf(p.figure) ? [allOf(p.figure)!.figure] : [])
	]);
	const occupationName = occ.at(-1)?.figure.occupation ?? input.socCode;
	return {
		kind: 'growthByVintage',
		socCode: input.socCode,
		occupationName,
		width: fr.width,
		height: fr.height,
		margin: fr.margin,
		xTicks: valueTicks(x, fr.innerWidth, 70, 'percent'),
		zeroX,
		rows,
		rule: GROWTH_RULE_TEXT,
		figures,
		table: figureTable(
			`Projected growth by EP vintage: ${occupationName} and all occupations`,
			figures,
			sources,
			(f) => `${f.vintage}: ${f.occupation}`
		),
		claims
	};
}

/** "EP 2024-34 projects 1.7% growth for 2024–34, 1.4 points below the all-occupations rate of 3.1% (slower than average by our rule)." */
export function describe(m: GrowthModel): string {
	const last = m.rows.at(-1);
	if (!last || !last.occupation)
		return `No projected growth figures are available for ${m.occupationName} (${m.socCode}).`;
	const head = `${last.vintage} projects ${last.occupation.valueLabel} growth for ${last.span}`;
	if (!last.all || last.difference === null || !last.label)
		return `${head}; no all-occupations rate is available for that vintage.`;
	const d = Math.abs(last.difference).toFixed(1);
	const rel =
		last.difference === 0
			? 'the same as'
			: `${d} ${d === '1.0' ? 'point' : 'points'} ${last.difference > 0 ? 'above' : 'below'}`;
	const faster = m.rows.filter((r) => r.label === 'faster than average').length;
	const history =
		m.rows.length > 1
			? `; ${faster} of ${m.rows.length} vintages shown were faster than average`
			: '';
	return `${head}, ${rel} the all-occupations rate of ${last.all.valueLabel} (${last.label} by our rule)${history}.`;
}

/** The model with its description, input key and source line, as pages receive it. */
export const layOutGrowthByVintage = laidOut((i: GrowthInput) => growthByVintage(i), describe);
export type GrowthByVintageChart = ReturnType<typeof layOutGrowthByVintage>;
