// Explaining: the English explanation and difference notes of a judged claim, written from its
// findings only (judgeClaim decides; this only puts its decisions into words). One case a finding.
import type { Claim } from '../schema/claim';
import type { Figure } from '../schema/figure';
import { MEASURE_LABELS, type FigureMeasure } from '../schema/vocabulary';
import { describeDifference, describeValue } from './describeValue';
import type { DocumentDating, Finding, Judgement } from './judgement';
import { describeClaimPeriod, describeFigurePeriod, periodStated } from './periods';
import type { Difference, DocumentDate } from './types';

export type Explained = {
	explanation: string;
	differences: Difference[];
	documentDate: DocumentDate;
};

type Told = { sentences: string[]; differences?: Difference[] };
type About = { claim: Claim; documentDate: DocumentDate; measure: string; scope: string };
type Tellers = { [K in Finding['kind']]: (f: Extract<Finding, { kind: K }>, about: About) => Told };

const labelOf = (measure: string) => MEASURE_LABELS[measure as FigureMeasure].toLowerCase();
const value = (f: Figure) => describeValue(f.value!, f.unit);

const TELL: Tellers = {
	unsourced: (_, { claim, measure }) => ({
		sentences: [
			`No official or survey series in the ledger measures ${measure}${claim.geography !== 'US' ? ` for ${claim.geography}` : ''}, so the figure cannot be traced to a published source.`
		]
	}),
	contextRange: ({ low, high }) => ({
		sentences: [
			`The nearest published figures: ${labelOf(low.measure)} ranges from ${value(low)} (${low.occupation}, ${low.vintage}) to ${value(high)} (${high.occupation}, ${high.vintage}).`
		]
	}),
	mixedVintages: ({ low, high }) => ({
		sentences: [
			`The two ends come from different releases: ${describeValue(low.value, low.figure.unit)} matches ${low.figure.vintage} (${value(low.figure)}), while ${describeValue(high.value, high.figure.unit)} matches ${high.figure.vintage} (${value(high.figure)}). No single vintage gives this range.`
		],
		differences: [
			{
				kind: 'vintage',
				text: `low end from ${low.figure.vintage}, high end from ${high.figure.vintage}`
			}
		]
	}),
	periodFitting: ({ figure }, { claim }) => ({
		sentences: [`For ${describeClaimPeriod(claim)}, ${figure.vintage} gives ${value(figure)}.`]
	}),
	wrongPeriod: ({ stated: { value: v, figure: f }, right }, { claim }) => ({
		sentences: [
			`${describeValue(v, f.unit)} is the ${describeFigurePeriod(f)} figure (${f.vintage}), not the ${describeClaimPeriod(claim)} one${right ? `; ${right.vintage} gives ${value(right)}` : ''}.`
		],
		differences: [
			{
				kind: 'period',
				text: `stated for ${describeClaimPeriod(claim)}; the value is from ${describeFigurePeriod(f)}`
			}
		]
	}),
	wrongScope: ({ figure: f, widerGroupOnly }, { claim, measure, scope }) => {
		const where =
			f.geography !== claim.geography ? ` in ${f.geography}, not ${claim.geography}` : '';
		return {
			sentences: [
				`That figure is for ${f.occupation} (${f.soc_code || 'survey population'})${where}, not ${scope}${claim.scope_code ? ` (${claim.scope_code})` : ''}.`,
				...(widerGroupOnly
					? [
							`No ${measure} series for ${claim.scope_code} covers ${describeClaimPeriod(claim)}; the publisher reports only the wider group.`
						]
					: [])
			],
			differences: [
				{
					kind: 'scope',
					text: `stated as ${scope}; the figure is for ${f.occupation} (${f.soc_code})${where}`
				}
			]
		};
	},
	outdated: ({ matched: f, newer }, { documentDate: d }) => {
		const when =
			d.kind === 'stated'
				? `when the document was dated (${d.date})`
				: d.kind === 'inferred'
					? `when the document appeared (${d.text})`
					: 'by then';
		return {
			sentences: [
				`It matches ${f.vintage} (${value(f)} for ${f.occupation}), but ${newer.vintage} was already out ${when}: it gives ${value(newer)}.`
			],
			differences: [{ kind: 'vintage', text: `uses ${f.vintage}; ${newer.vintage} was available` }]
		};
	},
	matches: ({ figure: f }, { claim }) => ({
		sentences: [
			`Matches ${f.vintage}: ${value(f)} for ${f.occupation}${periodStated(claim) ? '' : ` (${describeFigurePeriod(f)}; the document states no period)`}.`
		]
	}),
	rounding: ({ stated: { value: v, figure: f } }) => ({
		sentences: [],
		differences: [
			{
				kind: 'rounding',
				text: `${describeValue(v, f.unit)} stated; ${value(f)} published (${f.qualifier})`
			}
		]
	}),
	groupShare: ({ total, part }) => ({
		sentences: [
			`This is a figure for ${total.occupation}, not for the occupation the document is about: ${part.occupation} (${part.soc_code}) accounts for ${value(part)} in ${part.vintage}, about ${((part.value! / total.value!) * 100).toFixed(1)}% of the total.`
		]
	}),
	oneEndOnly: ({ end, stated: { value: v, figure: f } }) => ({
		sentences: [
			`The ${end} end (${describeValue(v, f.unit)}) matches ${f.vintage} for ${f.occupation}, but the other end matches nothing.`
		]
	}),
	nearest: ({ end, stated: { value: v, figure: n } }) => {
		const label =
			end === 'value' ? describeValue(v, n.unit) : `the ${end} end (${describeValue(v, n.unit)})`;
		return {
			sentences: [
				`No published figure matches ${label}. Nearest: ${value(n)} (${labelOf(n.measure)}, ${n.occupation}, ${n.vintage}), a difference of ${describeDifference(v - n.value!, n.unit)}.`
			]
		};
	},
	wrongMeasure: ({ figure: r }, { measure }) => {
		const what = labelOf(r.measure);
		return {
			sentences: [
				`The value equals the ${what} in ${r.vintage} (${value(r)}): the document names the wrong measure.`
			],
			differences: [{ kind: 'measure', text: `stated as ${measure}; the value is the ${what}` }]
		};
	}
};

export function explain(judgement: Judgement): Explained {
	const { claim } = judgement;
	const about: About = {
		claim,
		documentDate: describeDating(judgement.dating),
		measure: labelOf(claim.measure),
		scope: claim.scope_as_stated || claim.scope_code || 'the stated scope'
	};
	const sentences: string[] = [];
	const differences: Difference[] = [];
	for (const finding of judgement.findings) {
		const tell = TELL[finding.kind] as (f: Finding, a: About) => Told;
		const told = tell(finding, about);
		sentences.push(...told.sentences);
		differences.push(...(told.differences ?? []));
	}
	return { explanation: sentences.join(' '), differences, documentDate: about.documentDate };
}

/** The document's date as a reader is told it: an inferred date says what it was inferred from. */
function describeDating(dating: DocumentDating): DocumentDate {
	if (dating.kind !== 'inferred') return dating;
	const { after, vintage } = dating;
	return {
		...dating,
		text: after
			? `undated; it cites ${vintage}, released ${after}, so it appeared after that`
			: `undated; it cites ${vintage}, so it appeared after that release (release date not sourced)`
	};
}
