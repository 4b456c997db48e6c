// Survey shares (e.g. expected to retire within 5 years) as a dot plot: one row per survey
// vintage and department, x = percent. Claims get rows of their own below, at the value they state.
import type { Figure } from '$lib/core/schema/figure';
import { MEASURE_LABELS } from '$lib/core/schema/vocabulary';
import { formatValue } from '$lib/core/format/number';
import { SURVEY_SERIES, type SeriesStyle } from '$lib/core/format/palette';
import { px } from '../shared/axis';
import { claimValues, claimsOverlay, matchingClaims } from '../shared/claimsOverlay';
import { figureTable, sourceMap } from '../shared/figureTable';
import { frame, niceScale, sized, valueTicks } from '../shared/frame';
import { byPeriodThen } from '../shared/ownFigures';
import { alternativeNotes, pickFigure } from '../shared/pickFigure';
import { figureTooltip } from '../shared/tooltip';
import type { ChartBase, ChartInput, Margin, Tick, Tooltip } from '../shared/types';
import { laidOut } from '../shared/laidOut';

export const RETIREMENT_MEASURES = [
	'share_retiring_within_2y',
	'share_retiring_within_5y',
	'share_retiring_within_10y'
] as const;

export type RetirementInput = ChartInput & {
	/** Survey measures to show, each with its own colour and shape. */
	measures?: readonly Figure['measure'][];
};

export type SurveyDot = {
	figureId: string;
	measure: Figure['measure'];
	x: number;
	y: number;
	value: number;
	style: SeriesStyle;
	tooltip: Tooltip;
};
export type SurveyRow = {
	key: string;
	label: string;
	sublabel: string;
	/** label and sublabel as they fit the chart's width (SVG text does not wrap); the full text stays in label/sublabel. */
	shown: { label: string; sublabel: string };
	y: number;
	dotY: number;
	dots: SurveyDot[];
	claimRow: boolean;
};

/** Average width of an 11px system-ui character, for fitting labels without measuring text. */
const CHAR_PX = 6.2;

/** Drops the sublabel first, then shortens the label with an ellipsis, to fit maxChars. */
export function fitRowLabel(
	label: string,
	sublabel: string,
	maxChars: number
): { label: string; sublabel: string } {
	if (label.length + 3 + sublabel.length <= maxChars) return { label, sublabel };
	if (label.length <= maxChars) return { label, sublabel: '' };
	return { label: `${label.slice(0, Math.max(1, maxChars - 1)).trimEnd()}…`, sublabel: '' };
}
export type SurveyLegend = { measure: Figure['measure']; label: string; style: SeriesStyle };

export type RetirementModel = ChartBase & {
	kind: 'retirementSurveys';
	margin: Margin;
	xTicks: Tick[];
	rows: SurveyRow[];
	legend: SurveyLegend[];
};

const ROW = 34;
const byPeriodThenGroup = byPeriodThen((a, b) => a.occupation.localeCompare(b.occupation));

export function retirementSurveys(input: RetirementInput): RetirementModel {
	const measures = input.measures ?? RETIREMENT_MEASURES;
	const sources = sourceMap(input.sources);
	const own = input.figures.filter((f) => measures.includes(f.measure) && f.unit === 'percent');
	const picked = [
		...pickFigure(own, sources, (f) => `${f.vintage}|${f.occupation}|${f.measure}`).values()
	];
	const shown = measures.filter((m) => picked.some((p) => p.figure.measure === m));
	const styleOf = (m: Figure['measure']) =>
		SURVEY_SERIES[Math.max(0, shown.indexOf(m)) % SURVEY_SERIES.length]!;
	const checks = matchingClaims(input.claims ?? [], {
		measures,
		scopeCodes: null,
		geography: null
	});

	// The legend sits above the plot: one row of two keys each, one key a row on a phone.
	const fr = frame(input.width, (narrow) => ({
		top: 12 + 18 * Math.ceil(shown.length / (narrow ? 1 : 2)) + 22,
		right: 16,
		bottom: 8,
		left: 8
	}));
	const values = [
		0,
		...picked.flatMap((p) => (p.figure.value === null ? [] : [p.figure.value])),
		...checks.flatMap((c) => claimValues(c.claim))
	];
	const x = niceScale([0, Math.min(100, Math.max(...values))], [fr.left + 6, fr.right]);

	const rowKeys = new Map<string, typeof picked>();
	for (const p of [...picked].sort((a, b) => byPeriodThenGroup(a.figure, b.figure))) {
		const k = `${p.figure.vintage}|${p.figure.occupation}`;
		rowKeys.set(k, [...(rowKeys.get(k) ?? []), p]);
	}
	const fits = Math.floor(fr.innerWidth / CHAR_PX);
	const rows: SurveyRow[] = [...rowKeys.entries()].map(([key, group], i) => {
		const y = fr.top + i * ROW;
		const dotY = px(y + 20);
		const f0 = group[0]!.figure;
		return {
			key,
			label: f0.occupation,
			sublabel: f0.vintage,
			shown: fitRowLabel(f0.occupation, f0.vintage, fits),
			y: px(y),
			dotY,
			claimRow: false,
			dots: group
				.filter((p) => p.figure.value !== null)
				.map((p) => ({
					figureId: p.figure.id,
					measure: p.figure.measure,
					x: px(x(p.figure.value as number)),
					y: dotY,
					value: p.figure.value as number,
					style: styleOf(p.figure.measure),
					tooltip: figureTooltip(
						p.figure,
						sources.get(p.figure.source_id),
						`${MEASURE_LABELS[p.figure.measure]}: ${p.figure.occupation}`,
						alternativeNotes(p, sources, (a) =>
							a.value === null ? 'no value' : formatValue(a.value, a.unit)
						)
					)
				}))
		};
	});
	// One extra row per claim, labelled in the document's own words.
	checks.forEach((c) => {
		const y = fr.top + rows.length * ROW + 8;
		const label = `Claim: ${c.claim.scope_as_stated}`;
		const sublabel = c.document ? c.document.title : c.claim.document_id;
		rows.push({
			key: `claim|${c.claim.id}`,
			label,
			sublabel,
			shown: fitRowLabel(label, sublabel, fits),
			y: px(y),
			dotY: px(y + 20),
			dots: [],
			claimRow: true
		});
	});
	const claimRowY = new Map(rows.filter((r) => r.claimRow).map((r) => [r.key.slice(6), r.dotY]));
	const claims = claimsOverlay(checks, {
		measures,
		scopeCodes: null,
		geography: null,
		orientation: 'horizontal',
		value: x,
		place: (c) => claimRowY.get(c.id) ?? 'no row',
		base: input.base
	});

	const figures = picked.map((p) => p.figure).sort(byPeriodThenGroup);
	const whole = sized(fr, fr.top + rows.length * ROW + (checks.length ? 8 : 0) + fr.margin.bottom);
	return {
		kind: 'retirementSurveys',
		width: whole.width,
		height: whole.height,
		margin: whole.margin,
		xTicks: valueTicks(x, fr.innerWidth, 64, 'percent'),
		rows,
		legend: shown.map((m) => ({ measure: m, label: MEASURE_LABELS[m], style: styleOf(m) })),
		figures,
		table: figureTable(
			'Survey figures by vintage and department',
			figures,
			sources,
			(f) => `${f.vintage}: ${f.occupation}`,
			'Survey and group'
		),
		claims
	};
}

/** "ASCP Vacancy Survey 2022: share expected to retire within 5 years ranges from 9.1% (Cytology) to 20.0% (Histology) across 6 groups; 1 claim is drawn against these figures." */
export function describe(m: RetirementModel): string {
	const dots = m.rows.flatMap((r) => r.dots.map((d) => ({ ...d, row: r })));
	const main = m.legend.find((l) => l.measure === 'share_retiring_within_5y') ?? m.legend[0];
	const claimCount = m.claims.marks.length;
	const claimText = claimCount
		? `; ${claimCount} ${claimCount === 1 ? 'claim is' : 'claims are'} drawn against these figures`
		: '';
	if (!main) return `No survey figures are available${claimText}.`;
	const latestVintage = dots.filter((d) => d.measure === main.measure).at(-1)!.row.sublabel;
	const set = dots
		.filter((d) => d.measure === main.measure && d.row.sublabel === latestVintage)
		.sort((a, b) => a.value - b.value);
	const lo = set[0]!;
	const hi = set.at(-1)!;
	const what = main.label.charAt(0).toLowerCase() + main.label.slice(1);
	if (set.length === 1)
		return `${latestVintage}: ${what} is ${formatValue(lo.value, 'percent')} (${lo.row.label})${claimText}.`;
	return `${latestVintage}: ${what} ranges from ${formatValue(lo.value, 'percent')} (${lo.row.label}) to ${formatValue(hi.value, 'percent')} (${hi.row.label}) across ${set.length} groups${claimText}.`;
}

/** The model with its description, input key and source line, as pages receive it. */
export const layOutRetirementSurveys = laidOut(
	(i: RetirementInput) => retirementSurveys(i),
	describe
);
export type RetirementSurveysChart = ReturnType<typeof layOutRetirementSurveys>;
