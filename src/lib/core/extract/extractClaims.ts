// Finds the labor-market figures in an article and turns each into a claims-CSV row.
// Pipeline per segment (sentence, list item, table row): numbers -> measure -> period ->
// scope -> geography -> attribution -> qualifier -> assemble. Runs in the browser and the CLI.
import { segment, headline, type Segment } from './segment';
import { findFigures, type FigureMatch } from './numbers';
import { findPeriods, periodMasks, type PeriodMatch } from './periods';
import { findScopes, findStates, type PhraseMatch } from './scope';
import { findAttributions, type AttributionMatch } from './attributions';
import { findMeasure, retirementHorizon, MEASURE_RULES, type MeasureFinding } from './measure';
import { findQualifier } from './qualifiers';
import { assembleRow, confidenceOf } from './assemble';
import type { ClaimMeasure } from '../schema/vocabulary';
import type { ExtractedClaim, ExtractOptions, Range } from './types';

const EMPLOYMENT_RULE = MEASURE_RULES.find((r) => r.id === 'employment level')!;

export type { ExtractedClaim, ExtractOptions, ClaimRow, Confidence } from './types';

/** The text a segment's figures are read in. A table cell's view is "header label: cell". */
type View = {
	seg: Segment;
	text: string;
	figures: FigureMatch[];
	toInput: (pos: number) => number;
};

const PROJECTION_MEASURES = new Set<ClaimMeasure>([
	'employment_change_pct',
	'employment_change_num',
	'annual_openings',
	'openings_decade',
	'new_jobs',
	'new_jobs_per_year',
	'employment_projected'
]);
const SHARE_MEASURES = new Set<ClaimMeasure>([
	'share_eligible_to_retire',
	'share_retiring_within_2y',
	'share_retiring_within_5y',
	'share_retiring_within_10y',
	'vacancy_rate',
	'share_decisions_influenced_by_lab'
]);
/** Parallel figures: "$93,600 ..., compared with $49,500 for all workers". */
const PARALLEL = /\b(?:compared\s+(?:with|to)|versus|vs\.?|against|relative\s+to)\b/i;
const PER_YEAR =
	/\b(?:annual|annually|each\s+year|per\s+year|a\s+year|every\s+year|yearly|per\s+annum)\b/i;
const DECADE =
	/\b(?:decade|ten\s+years|10\s+years|10-year|ten-year|over\s+the\s+(?:projection\s+)?period|in\s+total|total\s+of)\b/i;
const ANAPHORA = /\b(?:there|the\s+state|statewide|state's|state’s|in[\s-]state)\b/i;

function viewsOf(seg: Segment, segs: Segment[]): View[] {
	if (seg.kind === 'table_row' && seg.cells && seg.cells.length > 1) {
		const header = seg.headerRow !== undefined ? segs[seg.headerRow] : undefined;
		const cellText = (s: Segment | undefined, c: number) => {
			const cell = s?.cells?.[c];
			return s && cell ? s.text.slice(cell.start, cell.end) : '';
		};
		const views: View[] = [];
		seg.cells.forEach((cell, c) => {
			const own = seg.text.slice(cell.start, cell.end);
			if (!/\d/.test(own)) return;
			const label = c > 0 ? cellText(seg, 0) : '';
			const prefixParts = [cellText(header, c), label].filter((t) => t !== '');
			const prefix = prefixParts.length ? `${prefixParts.join(' ')}: ` : '';
			const shift = prefix.length;
			const figures = findFigures(own, periodMasks(findPeriods(own))).map((f) => ({
				...f,
				start: f.start + shift,
				end: f.end + shift
			}));
			views.push({
				seg,
				text: prefix + own,
				figures,
				toInput: (p) => seg.start + cell.start + Math.max(0, p - shift)
			});
		});
		return views;
	}
	const figures = findFigures(seg.text, periodMasks(findPeriods(seg.text)));
	return [{ seg, text: seg.text, figures, toInput: (p) => seg.start + p }];
}

/** Distance from a match to a figure; matches after the figure count a little farther. */
function distance(r: Range, fig: Range): number {
	if (r.end <= fig.start) return fig.start - r.end;
	if (r.start >= fig.end) return (r.start - fig.end) * 1.5 + 1;
	return 0;
}

function nearest<T extends Range>(items: T[], fig: Range, within?: Range): T | null {
	let best: T | null = null;
	let bestD = Infinity;
	for (const it of items) {
		if (within && (it.start < within.start || it.end > within.end)) continue;
		const d = distance(it, fig);
		if (d < bestD) {
			best = it;
			bestD = d;
		}
	}
	return best;
}

type Found<T> = { item: T; where: string; weak: boolean } | null;

export function extractClaims(text: string, options: ExtractOptions = {}): ExtractedClaim[] {
	const documentId = options.documentId ?? 'doc:pasted-article';
	const prefix = options.idPrefix ?? 'x';
	const segs = segment(text);
	const head = headline(segs);
	const out: ExtractedClaim[] = [];

	const cache = new Map<
		number,
		{
			periods: PeriodMatch[];
			scopes: PhraseMatch[];
			states: PhraseMatch[];
			attributions: AttributionMatch[];
		}
	>();
	const analyse = (s: Segment) => {
		let a = cache.get(s.index);
		if (!a) {
			a = {
				periods: findPeriods(s.text),
				scopes: findScopes(s.text),
				states: findStates(s.text),
				attributions: findAttributions(s.text)
			};
			cache.set(s.index, a);
		}
		return a;
	};
	/** Segments to fall back on, nearest first. A list's lead-in or a table's caption is its own context, so not weak. */
	const fallbacks = (seg: Segment): { seg: Segment; where: string; weak: boolean }[] => {
		const list: { seg: Segment; where: string; weak: boolean }[] = [];
		for (const c of seg.context)
			list.push({
				seg: segs[c]!,
				where: seg.kind === 'table_row' ? "the table's caption or header" : "the list's lead-in",
				weak: false
			});
		// Up to three earlier segments, stopping at a heading.
		const seen = new Set(seg.context);
		for (let k = 1; k <= 3; k++) {
			const prev = segs[seg.index - k];
			if (!prev || prev.kind === 'heading') break;
			if (!seen.has(prev.index))
				list.push({
					seg: prev,
					where: k === 1 ? 'the previous sentence' : 'an earlier sentence',
					weak: true
				});
			seen.add(prev.index);
		}
		if (seg.heading !== null && seg.heading !== seg.index && !seen.has(seg.heading)) {
			list.push({
				seg: segs[seg.heading]!,
				where: seg.heading === head?.index ? 'the headline' : 'the section heading',
				weak: true
			});
			seen.add(seg.heading);
		}
		if (head && head.index !== seg.index && !seen.has(head.index))
			list.push({ seg: head, where: 'the headline', weak: true });
		return list;
	};

	for (const seg of segs) {
		for (const view of viewsOf(seg, segs)) {
			const periods = findPeriods(view.text);
			const scopes = findScopes(view.text);
			const states = findStates(view.text);
			const attributions = findAttributions(view.text);
			const measured = new Map<FigureMatch, MeasureFinding>();
			view.figures.forEach((fig, i) => {
				const window: Range = {
					start: i > 0 ? view.figures[i - 1]!.end : 0,
					end: i + 1 < view.figures.length ? view.figures[i + 1]!.start : view.text.length
				};
				const reasons: string[] = [];
				const notes: string[] = [];
				let weak = 0;
				let found = findMeasure(view.text, fig, window);
				const prevFig = view.figures[i - 1];
				const prevFound = measured.get(prevFig as FigureMatch);
				if (found) reasons.push(`measure ${found.measure} from '${found.cue.text}'`);
				else if (
					prevFig &&
					prevFound &&
					prevFig.kind === fig.kind &&
					prevFig.hourly === fig.hourly &&
					PARALLEL.test(view.text.slice(prevFig.end, fig.start))
				) {
					// "compared with $49,500": the same measure as the figure it is compared with.
					found = prevFound;
					reasons.push(
						`measure ${found.measure} carried over from '${prevFig.text}' ('${PARALLEL.exec(view.text.slice(prevFig.end, fig.start))![0]}')`
					);
				} else if (fig.kind === 'count') {
					// "4,800 clinical laboratory technologists ..." : a count of an occupation is its employment.
					const sc = scopes.find((s) => s.start >= fig.end && s.start - fig.end <= 3);
					if (sc) {
						found = {
							measure: 'employment',
							rule: EMPLOYMENT_RULE,
							cue: { start: sc.start, end: sc.end, text: sc.text },
							negative: false
						};
						reasons.push(`measure employment from a count of '${sc.text}'`);
					}
				}
				if (!found) return;
				measured.set(fig, found);
				let measure = found.measure;
				if (found.rule.assumed) {
					weak++;
					notes.push(found.rule.assumed);
					reasons.push(found.rule.assumed);
				}
				if (found.rule.tier === 2 && !found.rule.assumed) {
					weak++;
					reasons.push(`'${found.cue.text}' is a general word: the figure is read as ${measure}`);
				}
				const windowText = view.text.slice(window.start, window.end);
				if (found.rule.id === 'retire') {
					const h = retirementHorizon(windowText) ?? retirementHorizon(view.text);
					if (h) {
						measure = h.measure;
						reasons.push(`retirement horizon from '${h.words}'`);
					} else {
						weak++;
						notes.push('retirement horizon not stated; read as within 5 years');
						reasons.push('no retirement horizon stated: read as within 5 years');
					}
				}
				if (measure === 'annual_openings') {
					if (fig.perYear || PER_YEAR.test(windowText)) reasons.push('openings stated per year');
					else if (DECADE.test(windowText)) {
						measure = 'openings_decade';
						reasons.push('openings stated as a decade total');
					} else {
						weak++;
						notes.push('openings not stated per year; read as annual');
						reasons.push('openings not stated per year or per decade: read as annual');
					}
				}
				if (measure === 'employment_change_num' && fig.perYear) {
					measure = 'new_jobs_per_year';
					reasons.push('new jobs stated per year');
				}
				if (found.negative) reasons.push(`value negated: '${found.cue.text}' states a decrease`);

				// Period
				// A period borrowed from elsewhere must suit the measure: projections span years,
				// wages and levels are moments, shares may be either.
				const suits = (p: PeriodMatch, sameSentence: boolean) =>
					p.form !== 'vague' &&
					(sameSentence || !p.bare) &&
					(PROJECTION_MEASURES.has(measure)
						? p.form === 'range' || p.form === 'end'
						: SHARE_MEASURES.has(measure)
							? p.form === 'end' || (sameSentence && p.form === 'point')
							: p.form === 'point');
				const fitsFallback = (p: PeriodMatch) => suits(p, false);
				let period: Found<PeriodMatch> = null;
				const inWindow = periods.filter((p) => p.start >= window.start && p.end <= window.end);
				const vagueNear = nearest(inWindow, fig);
				const specific =
					nearest(
						inWindow.filter((p) => p.form !== 'vague' && !p.bare),
						fig
					) ??
					nearest(
						inWindow.filter((p) => p.form !== 'vague'),
						fig
					);
				if (
					vagueNear?.form === 'vague' &&
					(!specific || distance(vagueNear, fig) < distance(specific, fig))
				) {
					reasons.push(`no period: '${vagueNear.text}' states none`);
					notes.push(`no period stated ('${vagueNear.text}')`);
				} else if (specific) period = { item: specific, where: 'same sentence', weak: false };
				else {
					const wide = nearest(
						periods.filter((p) => suits(p, true)),
						fig
					);
					if (wide) period = { item: wide, where: 'same sentence', weak: false };
					else
						for (const fb of fallbacks(seg)) {
							if (fb.where === 'the headline' || fb.where === 'the section heading') continue;
							const p = analyse(fb.seg).periods.find(fitsFallback);
							if (p) {
								period = { item: p, where: fb.where, weak: fb.weak };
								break;
							}
						}
				}
				let periodStart = '';
				let periodEnd = '';
				if (period) {
					periodStart = period.item.period_start;
					periodEnd = period.item.period_end;
					if (measure === 'employment_projected' && periodStart === '') periodStart = periodEnd;
					reasons.push(
						`period from '${period.item.text}'${period.where === 'same sentence' ? '' : ` in ${period.where}`}`
					);
					if (period.where !== 'same sentence') notes.push(`period taken from ${period.where}`);
					if (period.weak) weak++;
				} else if (!reasons.some((r) => r.startsWith('no period')))
					reasons.push('no period stated');

				// Scope
				let scope: Found<PhraseMatch> = null;
				const sc = nearest(scopes, fig, window) ?? nearest(scopes, fig);
				if (sc) scope = { item: sc, where: 'same sentence', weak: false };
				else
					for (const fb of fallbacks(seg)) {
						const s = analyse(fb.seg).scopes[0];
						if (s) {
							scope = { item: s, where: fb.where, weak: fb.weak };
							break;
						}
					}
				if (scope) {
					reasons.push(
						`scope ${scope.item.code} from '${scope.item.text}'${scope.where === 'same sentence' ? '' : ` in ${scope.where}`}`
					);
					if (scope.where !== 'same sentence') notes.push(`scope taken from ${scope.where}`);
					if (scope.weak) weak++;
				} else {
					weak += 2;
					reasons.push('no occupation named near the figure');
				}

				// Geography
				let geography = 'US';
				const st = nearest(states, fig, window) ?? nearest(states, fig);
				let stWhere = 'same sentence';
				let state: PhraseMatch | null = st;
				if (!state) {
					for (const fb of fallbacks(seg)) {
						const isContext = seg.context.includes(fb.seg.index);
						const isPrevWithAnaphora =
							fb.where === 'the previous sentence' && ANAPHORA.test(view.text);
						if (!isContext && !isPrevWithAnaphora) continue;
						const s = analyse(fb.seg).states[0];
						if (s) {
							state = s;
							stWhere = fb.where;
							break;
						}
					}
				}
				if (state) {
					geography = state.code;
					reasons.push(
						`geography ${state.code} from '${state.text}'${stWhere === 'same sentence' ? '' : ` in ${stWhere}`}`
					);
				} else reasons.push('geography US: no state named');

				// Attribution
				let attributedTo = 'not stated';
				const at = nearest(attributions, fig);
				let atWhere = 'same sentence';
				let attribution: AttributionMatch | null = at;
				if (!attribution)
					for (const c of seg.context) {
						const a = analyse(segs[c]!).attributions[0];
						if (a) {
							attribution = a;
							atWhere =
								seg.kind === 'table_row'
									? "the table's caption or source line"
									: "the list's lead-in or source line";
							break;
						}
					}
				if (attribution) {
					attributedTo = attribution.name;
					reasons.push(
						`attributed to ${attribution.name} from '${attribution.cue}'${atWhere === 'same sentence' ? '' : ` in ${atWhere}`}`
					);
				} else reasons.push('attributed_to not stated: nobody credited in the sentence');

				// Qualifier
				const q = findQualifier(
					view.text.slice(window.start, fig.start),
					view.text.slice(fig.end, fig.end + 24),
					fig.isRange
				);
				reasons.push(
					q.qualifier === 'range'
						? 'qualifier range: the figure is a range'
						: q.words
							? `qualifier ${q.qualifier} from '${q.words}'`
							: 'qualifier exact: no hedging words'
				);
				reasons.push(`value from '${fig.text}'`);

				const row = assembleRow({
					id: `${prefix}:${out.length + 1}`,
					documentId,
					figure: fig,
					measure,
					negative: found.negative,
					scopeAsStated: scope?.item.text.replace(/\s+/g, ' ') ?? '',
					scopeCode: scope?.item.code ?? '',
					geography,
					periodStart,
					periodEnd,
					qualifier: q.qualifier,
					attributedTo,
					notes,
					weak
				});
				reasons.push(`unit ${row.unit} follows the measure`);
				const figStart = view.toInput(fig.start);
				out.push({
					claim: row,
					span: { start: seg.start, end: seg.end },
					figureSpan: { start: figStart, end: figStart + (fig.end - fig.start) },
					figureText: fig.text,
					confidence: confidenceOf(weak),
					reasons
				});
			});
		}
	}
	return out;
}
