// Annual openings per EP vintage. Figures the publisher marks not comparable (the old decade
// totals of EP 2012-22) get their own panel and scale, never the same axis as annual openings.
import type { Figure } from '$lib/core/schema/figure';
import { formatValue } from '$lib/core/format/number';
import { formatSpan } from '$lib/core/format/period';
import { MEASURE_LABELS } from '$lib/core/schema/vocabulary';
import { px } from '../shared/axis';
import { bar } from '../shared/bar';
import { claimValues, claimsOverlay, matchingClaims } from '../shared/claimsOverlay';
import { figureTable, sourceMap } from '../shared/figureTable';
import { barScale, frame, sized, valueTicks } from '../shared/frame';
import { alternativeNotes, pickFigure } from '../shared/pickFigure';
import { figureTooltip } from '../shared/tooltip';
import { wrapText } from '../shared/wrapText';
import type { Bar, ChartBase, ClaimLayer, CodeChartInput, Margin, Tick } from '../shared/types';
import { laidOut } from '../shared/laidOut';

export type OpeningsInput = CodeChartInput;

export type OpeningsBar = Bar & {
	vintage: string;
	span: string;
	measure: Figure['measure'];
	rowY: number;
};

export type OpeningsPanel = {
	key: 'annual' | 'notComparable';
	title: string;
	/** Why the panel stands apart, wrapped into lines; empty for the main panel. */
	noteLines: string[];
	top: number;
	height: number;
	/** Where the x axis ticks sit and the bars start. */
	axisY: number;
	zeroX: number;
	xTicks: Tick[];
	bars: OpeningsBar[];
};

export type OpeningsModel = ChartBase & {
	kind: 'openingsByVintage';
	socCode: string;
	occupation: string;
	margin: Margin;
	panels: OpeningsPanel[];
};

const MEASURES = ['annual_openings', 'openings_decade'] as const;
const ROW = 40;
const BAR = 14;
export const NOT_COMPARABLE_NOTE =
	'Drawn apart on its own scale: these figures were published with an older method (openings over the whole decade) and are not comparable with the annual openings above.';

export function openingsByVintage(input: OpeningsInput): OpeningsModel {
	const fr = frame(input.width, { top: 8, right: 56, bottom: 8, left: 8 });
	const sources = sourceMap(input.sources);
	const own = input.figures.filter(
		(f) =>
			f.soc_code === input.socCode &&
			f.geography === 'US' &&
			(MEASURES as readonly string[]).includes(f.measure) &&
			f.value !== null
	);
	const picked = [
		...pickFigure(own, sources, (f) => `${f.measure}|${f.period_start}|${f.period_end}`).values()
	].sort((a, b) => (a.figure.period_start < b.figure.period_start ? -1 : 1));
	// Comparable annual openings share one axis; anything flagged not comparable (or a decade total) goes apart.
	const isMain = (f: Figure) => f.measure === 'annual_openings' && f.comparability === 'comparable';
	const groups = {
		annual: picked.filter((p) => isMain(p.figure)),
		notComparable: picked.filter((p) => !isMain(p.figure))
	};
	const checks = matchingClaims(input.claims ?? [], {
		measures: MEASURES,
		scopeCodes: [input.socCode]
	});
	const charsPerLine = Math.max(30, Math.floor(fr.innerWidth / 6.6));

	const panels: OpeningsPanel[] = [];
	const layers: ClaimLayer[] = [];
	let top = fr.top;
	for (const key of ['annual', 'notComparable'] as const) {
		const group = groups[key];
		if (group.length === 0) continue;
		const noteLines =
			key === 'notComparable'
				? wrapText(
						group.find((p) => p.figure.note !== '')?.figure.note || NOT_COMPARABLE_NOTE,
						charsPerLine
					)
				: [];
		const title =
			key === 'annual'
				? 'Annual openings (openings per year)'
				: `${[...new Set(group.map((p) => MEASURE_LABELS[p.figure.measure]))].join(', ')} — not comparable`;
		const panelClaims = checks.filter((c) =>
			key === 'annual'
				? c.claim.measure === 'annual_openings'
				: c.claim.measure === 'openings_decade'
		);
		const values = [
			0,
			...group.map((p) => p.figure.value as number),
			...panelClaims.flatMap((c) => claimValues(c.claim))
		];
		const x = barScale(fr, values);
		const zeroX = px(x(0));
		const axisY = top + 18 + noteLines.length * 14 + 14;
		const bars: OpeningsBar[] = group.map((p, i) => {
			const f = p.figure;
			const rowY = axisY + 6 + i * ROW;
			const { figureId, ...b } = bar(x, f, {
				y: px(rowY + 16),
				height: BAR,
				valueLabel: formatValue(f.value as number, f.unit),
				tooltip: figureTooltip(
					f,
					sources.get(f.source_id),
					MEASURE_LABELS[f.measure],
					alternativeNotes(p, sources, (a) =>
						a.value === null ? 'no value' : formatValue(a.value, a.unit)
					)
				)
			});
			// Key order as before the shared bar, so the payload stays byte-identical.
			return {
				figureId,
				vintage: f.vintage,
				span: formatSpan(f.period_start, f.period_end),
				measure: f.measure,
				rowY: px(rowY),
				...b
			};
		});
		const height = axisY - top + 6 + group.length * ROW;
		panels.push({
			key,
			title,
			noteLines,
			top,
			height,
			axisY: px(axisY),
			zeroX,
			xTicks: valueTicks(x, fr.innerWidth, 80, 'persons'),
			bars
		});
		layers.push(
			claimsOverlay(panelClaims, {
				measures: MEASURES,
				scopeCodes: [input.socCode],
				orientation: 'horizontal',
				value: x,
				place: (c) => {
					const b = bars.find((bar) => {
						const f = group.find((p) => p.figure.id === bar.figureId)!.figure;
						return f.period_start === c.period_start && f.period_end === c.period_end;
					});
					return b
						? b.y + BAR / 2
						: `no EP vintage here covers ${formatSpan(c.period_start, c.period_end) || 'an unstated period'}`;
				},
				base: input.base
			})
		);
		top += height + 24;
	}
	const figures = picked.map((p) => p.figure);
	const occupation = figures.at(-1)?.occupation ?? input.socCode;
	const whole = sized(fr, Math.max(60, top - 24 + fr.margin.bottom));
	return {
		kind: 'openingsByVintage',
		socCode: input.socCode,
		occupation,
		width: whole.width,
		height: whole.height,
		margin: whole.margin,
		panels,
		figures,
		table: figureTable(
			`Openings by EP vintage: ${occupation} (${input.socCode})`,
			figures,
			sources,
			(f) => f.vintage,
			'Vintage'
		),
		claims: { marks: layers.flatMap((l) => l.marks), unplaced: layers.flatMap((l) => l.unplaced) }
	};
}

/** "EP 2024-34 projects 24,200 openings per year for 2024–34; EP 2012-22's 119,300 openings (decade total) used an older method and is shown apart." */
export function describe(m: OpeningsModel): string {
	const annual = m.panels.find((p) => p.key === 'annual');
	const apart = m.panels.find((p) => p.key === 'notComparable');
	const last = annual?.bars.at(-1);
	const parts: string[] = [];
	if (last)
		parts.push(`${last.vintage} projects ${last.valueLabel} openings per year for ${last.span}`);
	if (apart)
		parts.push(
			apart.bars
				.map(
					(b) =>
						`${b.vintage}'s ${b.measure === 'openings_decade' ? `decade total of ${b.valueLabel} openings` : `${MEASURE_LABELS[b.measure].toLowerCase()} of ${b.valueLabel}`} used an older method and is shown apart, not on the same scale`
				)
				.join('; ')
		);
	if (parts.length === 0)
		return `No openings figures are available for ${m.occupation} (${m.socCode}).`;
	return `${parts.join('; ')}.`;
}

/** The model with its description, input key and source line, as pages receive it. */
export const layOutOpeningsByVintage = laidOut(
	(i: OpeningsInput) => openingsByVintage(i),
	describe
);
export type OpeningsByVintageChart = ReturnType<typeof layOutOpeningsByVintage>;
