// Reconciliation: for each claim, find the published figures it can be compared with, decide
// its verdicts, and explain them. Pure: the same claims and figures always give the same result.
//
// Verdicts, in order of precedence (see VERDICTS): a claim's first verdict is its headline.
//   unsourced       no official or survey series exists for the measure, scope and geography
//   mixed_vintages  the two ends of a range come from different vintages
//   wrong_period    the value belongs to another period than the one stated
//   no_match        a series exists, but the value matches none of it (nearest figure shown)
//   outdated        matches a vintage older than the newest one available when the document appeared
//   wrong_scope     the value belongs to another occupation, group or geography than the one stated
//   confirmed       matches the figure for the stated period and scope, within rounding
import type { Claim } from '../schema/claim';
import type { Figure } from '../schema/figure';
import type { Release } from '../schema/release';
import type { Source } from '../schema/source';
import { COMPARABLE, SURVEY_SCOPED } from './comparableMeasures';
import { describeDifference, describeValue } from './describeValue';
import { periodFits, periodStated, describeClaimPeriod } from './periods';
import { valuesMatch } from './precision';
import { scopeDistance } from '../soc';
import {
	VERDICTS,
	type ClaimCheck,
	type Difference,
	type DocumentDate,
	type MatchedFigure,
	type Verdict
} from './types';
import { vintageOrder } from '../vintage';
import { MEASURE_LABELS, type FigureMeasure } from '../schema/vocabulary';
import { figureIndex } from './figureIndex';
import { ledgerLookups } from './ledgerLookups';
import { figureRanks } from './figureRanks';

export type LedgerInput = { figures: Figure[]; sources: Source[]; releases: Release[] };

/** A figure seen from one claim: how far its scope is, and whether its period fits. */
type Candidate = { figure: Figure; distance: number; sameScope: boolean; fits: boolean };

type EndFinding = { matches: Candidate[]; best: Candidate | null; nearest: Candidate | null };

type Draft = {
	claim: Claim;
	kind: 'none' | 'point' | 'range' | 'pair';
	/** Findings per end: 'value' for points; 'low'/'high' for ranges and pairs. */
	ends: Partial<Record<'value' | 'low' | 'high', EndFinding>>;
	/** True when the ledger holds no figure at all for the measure in a related scope. */
	noSeries: boolean;
	/** The stated scope has no figure fitting the stated period (e.g. no technicians-only series). */
	statedScopeMissing: boolean;
	context: Candidate[];
	relatedMeasureMatch: Candidate | null;
};

/** The first of `items` that `compare` ranks lowest: what a stable sort would put first. */
function firstBest<T>(items: readonly T[], compare: (a: T, b: T) => number): T | null {
	let best: T | null = null;
	for (const item of items) if (best === null || compare(item, best) < 0) best = item;
	return best;
}

export function reconcile(claims: Claim[], input: LedgerInput): ClaimCheck[] {
	return createReconciler(input)(claims);
}

/**
 * Index the figures once, then reconcile any number of claim lists against them: each call gives
 * what reconcile(claims, input) gives. A document's claims must be in one call, because a
 * document is dated from all of its claims together.
 */
export function createReconciler(input: LedgerInput): (claims: Claim[]) => ClaimCheck[] {
	const { sourceById, releaseOf } = ledgerLookups(input.sources, input.releases);
	const index = figureIndex(input.figures);
	const all = input.figures;
	const rankFigure = (a: Candidate, b: Candidate) =>
		Number(b.fits) - Number(a.fits) ||
		Number(b.sameScope) - Number(a.sameScope) ||
		a.distance - b.distance ||
		vintageOrder(b.figure.vintage).order - vintageOrder(a.figure.vintage).order ||
		figureRanks.sourceKind(sourceById.get(a.figure.source_id)?.kind) -
			figureRanks.sourceKind(sourceById.get(b.figure.source_id)?.kind) ||
		figureRanks.qualifier(a.figure.qualifier) - figureRanks.qualifier(b.figure.qualifier) ||
		a.figure.id.localeCompare(b.figure.id);

	/** Candidates of related scopes among the measures' figures, only those `keep` accepts. */
	const candidatesFor = (
		claim: Claim,
		measures: FigureMeasure[],
		keep: (figure: Figure, distance: number) => boolean
	): Candidate[] => {
		const out: Candidate[] = [];
		for (const m of measures) {
			// One distance per run: every figure in it has the run's code.
			for (const { run, distance } of index.related(m, claim.scope_code, SURVEY_SCOPED.has(m))) {
				for (let i = run.start; i < run.end; i++) {
					const figure = all[i]!;
					if (figure.value === null || !keep(figure, distance)) continue;
					out.push({
						figure,
						distance,
						sameScope: distance === 0 && figure.geography === claim.geography,
						fits: periodFits(claim, figure)
					});
				}
			}
		}
		return out;
	};

	const findEnd = (claim: Claim, value: number, pool: Candidate[]): EndFinding => {
		const matches = pool
			.filter((c) => valuesMatch(value, claim.qualifier, c.figure))
			.sort(rankFigure);
		let nearest: Candidate | null = null;
		if (matches.length === 0) {
			// Nearest: the closest scope that has a figure, preferring the stated geography and period.
			nearest = firstBest(
				pool,
				(a, b) =>
					Number(b.figure.geography === claim.geography) -
						Number(a.figure.geography === claim.geography) ||
					Number(b.fits) - Number(a.fits) ||
					a.distance - b.distance ||
					Math.abs(value - a.figure.value!) - Math.abs(value - b.figure.value!) ||
					rankFigure(a, b)
			);
		}
		return { matches, best: matches[0] ?? null, nearest };
	};

	const draft = (claim: Claim): Draft => {
		const comparison = COMPARABLE[claim.measure];
		const base: Draft = {
			claim,
			kind: 'none',
			ends: {},
			noSeries: false,
			statedScopeMissing: false,
			context: [],
			relatedMeasureMatch: null
		};
		if (comparison.kind === 'none') {
			base.noSeries = true;
			base.context = contextRange(
				candidatesFor(claim, comparison.context, (f) => f.geography === claim.geography)
			);
			return base;
		}
		const measures =
			comparison.kind === 'pair' ? [...comparison.low, ...comparison.high] : comparison.measures;
		const pool = candidatesFor(
			claim,
			measures,
			(f, distance) => f.geography === claim.geography || distance === 0
		);
		if (!pool.some((c) => c.figure.geography === claim.geography)) {
			base.noSeries = true;
			return base;
		}
		base.statedScopeMissing = !pool.some((c) => c.sameScope && c.fits);

		if (comparison.kind === 'pair') {
			base.kind = 'pair';
			const lowPool = pool.filter((c) => (comparison.low as string[]).includes(c.figure.measure));
			const highPool = pool.filter((c) => (comparison.high as string[]).includes(c.figure.measure));
			const low = findEnd(claim, claim.value_low ?? NaN, lowPool);
			const high = findEnd(claim, claim.value_high ?? NaN, highPool);
			// A published range is one key (scope, place, period) whose paired percentiles both match.
			const paired = (l: Candidate, h: Candidate) =>
				l.figure.soc_code === h.figure.soc_code &&
				l.figure.geography === h.figure.geography &&
				l.figure.period_start === h.figure.period_start &&
				comparison.low.indexOf(l.figure.measure as FigureMeasure) ===
					comparison.high.indexOf(h.figure.measure as FigureMeasure);
			const pair = low.matches.flatMap((l) =>
				high.matches.filter((h) => paired(l, h)).map((h) => [l, h] as const)
			)[0];
			if (pair) {
				base.ends = {
					low: { matches: [pair[0]], best: pair[0], nearest: null },
					high: { matches: [pair[1]], best: pair[1], nearest: null }
				};
			} else {
				const nearestPair = nearestPairOf(claim, lowPool, highPool, paired);
				base.ends = {
					low: { matches: [], best: null, nearest: nearestPair?.[0] ?? low.nearest },
					high: { matches: [], best: null, nearest: nearestPair?.[1] ?? high.nearest }
				};
			}
			return base;
		}

		if (claim.qualifier === 'range') {
			base.kind = 'range';
			base.ends = {
				low: findEnd(claim, claim.value_low!, pool),
				high: findEnd(claim, claim.value_high!, pool)
			};
			return base;
		}
		base.kind = 'point';
		base.ends = { value: findEnd(claim, claim.value!, pool) };
		if (!base.ends.value!.best && comparison.related.length > 0) {
			const related = candidatesFor(
				claim,
				comparison.related,
				(f, distance) => distance === 0 && f.geography === claim.geography
			).filter((c) => valuesMatch(claim.value!, claim.qualifier, c.figure));
			base.relatedMeasureMatch = firstBest(related, rankFigure);
		}
		return base;
	};

	const nearestPairOf = (
		claim: Claim,
		lowPool: Candidate[],
		highPool: Candidate[],
		paired: (l: Candidate, h: Candidate) => boolean
	) => {
		let best: [Candidate, Candidate] | null = null;
		let bestScore = Infinity;
		for (const l of lowPool) {
			if (l.figure.geography !== claim.geography) continue;
			for (const h of highPool) {
				if (!paired(l, h)) continue;
				const score =
					(l.fits ? 0 : 1e12) +
					l.distance * 1e9 +
					Math.abs(claim.value_low! - l.figure.value!) +
					Math.abs(claim.value_high! - h.figure.value!);
				if (score < bestScore) {
					bestScore = score;
					best = [l, h];
				}
			}
		}
		return best;
	};

	return (claims) => {
		// A claim that names no place is compared with national figures.
		const drafts = claims.map((c) => draft(c.geography === '' ? { ...c, geography: 'US' } : c));
		const documentDates = inferDocumentDates(drafts, sourceById, releaseOf);
		return drafts.map((d, i) =>
			finish(d, drafts, documentDates.get(d.claim.document_id) ?? { kind: 'unknown' }, claims[i]!)
		);
	};

	function finish(
		d: Draft,
		drafts: readonly Draft[],
		documentDate: DocumentDate,
		asStated: Claim
	): ClaimCheck {
		const { claim } = d;
		const verdicts = new Set<Verdict>();
		const figures: MatchedFigure[] = [];
		const differences: Difference[] = [];
		const sentences: string[] = [];
		const add = (
			role: MatchedFigure['role'],
			end: MatchedFigure['end'],
			c: Candidate,
			stated: number | null
		) =>
			figures.push({
				role,
				end,
				figure: c.figure,
				source: sourceById.get(c.figure.source_id) ?? null,
				difference:
					stated === null || c.figure.value === null ? null : round(stated - c.figure.value)
			});
		const measureLabel = MEASURE_LABELS[claim.measure].toLowerCase();
		const statedScope = claim.scope_as_stated || claim.scope_code || 'the stated scope';

		if (d.noSeries) {
			verdicts.add('unsourced');
			sentences.push(
				`No official or survey series in the ledger measures ${measureLabel}${claim.geography !== 'US' ? ` for ${claim.geography}` : ''}, so the figure cannot be traced to a published source.`
			);
			if (d.context.length > 0) {
				d.context.forEach((c) => add('context', 'value', c, null));
				const lo = d.context[0]!.figure;
				const hi = d.context[d.context.length - 1]!.figure;
				sentences.push(
					`The nearest published figures: ${MEASURE_LABELS[lo.measure as FigureMeasure].toLowerCase()} ranges from ${describeValue(lo.value!, lo.unit)} (${lo.occupation}, ${lo.vintage}) to ${describeValue(hi.value!, hi.unit)} (${hi.occupation}, ${hi.vintage}).`
				);
			}
			return result();
		}

		const matchedEnds = (['value', 'low', 'high'] as const).filter((e) => d.ends[e]?.best);
		const allEnds = (['value', 'low', 'high'] as const).filter((e) => d.ends[e]);

		if (d.kind === 'range' && matchedEnds.length === 2) {
			const low = d.ends.low!;
			const high = d.ends.high!;
			// Both ends from one series (same measure, scope, place) can only come from two releases.
			const sameSeries = (a: Candidate, b: Candidate) =>
				a.figure.measure === b.figure.measure &&
				a.figure.soc_code === b.figure.soc_code &&
				a.figure.geography === b.figure.geography;
			const seriesPair = low.matches
				.flatMap((l) =>
					high.matches
						.filter(
							(h) =>
								sameSeries(l, h) &&
								vintageOrder(l.figure.vintage).core !== vintageOrder(h.figure.vintage).core
						)
						.map((h) => [l, h] as const)
				)
				.sort(
					(a, b) =>
						Number(b[0].fits) + Number(b[1].fits) - Number(a[0].fits) - Number(a[1].fits) ||
						a[0].distance - b[0].distance ||
						rankFigure(a[0], b[0]) ||
						rankFigure(a[1], b[1])
				)[0];
			const lowVintages = new Set(low.matches.map((c) => vintageOrder(c.figure.vintage).core));
			const shared = seriesPair
				? undefined
				: high.matches
						.filter((c) => lowVintages.has(vintageOrder(c.figure.vintage).core))
						.sort(rankFigure)[0];
			if (seriesPair) {
				low.best = seriesPair[0];
				high.best = seriesPair[1];
			}
			if (shared) {
				const lowSame = low.matches
					.filter(
						(c) => vintageOrder(c.figure.vintage).core === vintageOrder(shared.figure.vintage).core
					)
					.sort(rankFigure)[0]!;
				judgeMatch('low', lowSame, claim.value_low!);
				judgeMatch('high', shared, claim.value_high!);
			} else {
				verdicts.add('mixed_vintages');
				add('match', 'low', low.best!, claim.value_low);
				add('match', 'high', high.best!, claim.value_high);
				sentences.push(
					`The two ends come from different releases: ${describeValue(claim.value_low!, low.best!.figure.unit)} matches ${low.best!.figure.vintage} (${describeValue(low.best!.figure.value!, low.best!.figure.unit)}), while ${describeValue(claim.value_high!, high.best!.figure.unit)} matches ${high.best!.figure.vintage} (${describeValue(high.best!.figure.value!, high.best!.figure.unit)}). No single vintage gives this range.`
				);
				differences.push({
					kind: 'vintage',
					text: `low end from ${low.best!.figure.vintage}, high end from ${high.best!.figure.vintage}`
				});
				for (const c of [low.best!, high.best!]) scopeNote(c);
				const fitting = [...low.matches, ...high.matches].filter((c) => c.fits).sort(rankFigure)[0];
				if (fitting)
					sentences.push(
						`For ${describeClaimPeriod(claim)}, ${fitting.figure.vintage} gives ${describeValue(fitting.figure.value!, fitting.figure.unit)}.`
					);
				checkOutdated([low.best!, high.best!]);
			}
		} else if (matchedEnds.length === allEnds.length && matchedEnds.length > 0) {
			for (const e of matchedEnds) judgeMatch(e, d.ends[e]!.best!, valueOfEnd(claim, e));
		} else {
			verdicts.add('no_match');
			for (const e of allEnds) {
				const end = d.ends[e]!;
				const stated = valueOfEnd(claim, e);
				if (end.best) {
					add('match', e, end.best, stated);
					sentences.push(
						`The ${e} end (${describeValue(stated, end.best.figure.unit)}) matches ${end.best.figure.vintage} for ${end.best.figure.occupation}, but the other end matches nothing.`
					);
				} else if (end.nearest) {
					const n = end.nearest;
					add('nearest', e, n, stated);
					const label =
						e === 'value'
							? describeValue(stated, n.figure.unit)
							: `the ${e} end (${describeValue(stated, n.figure.unit)})`;
					sentences.push(
						`No published figure matches ${label}. Nearest: ${describeValue(n.figure.value!, n.figure.unit)} (${MEASURE_LABELS[n.figure.measure as FigureMeasure].toLowerCase()}, ${n.figure.occupation}, ${n.figure.vintage}), a difference of ${describeDifference(stated - n.figure.value!, n.figure.unit)}.`
					);
					if (!n.sameScope) scopeNote(n);
				}
			}
			if (d.relatedMeasureMatch) {
				const r = d.relatedMeasureMatch;
				add('context', 'value', r, claim.value);
				const what = MEASURE_LABELS[r.figure.measure as FigureMeasure].toLowerCase();
				sentences.push(
					`The value equals the ${what} in ${r.figure.vintage} (${describeValue(r.figure.value!, r.figure.unit)}): the document names the wrong measure.`
				);
				differences.push({
					kind: 'measure',
					text: `stated as ${measureLabel}; the value is the ${what}`
				});
			}
		}
		return result();

		function judgeMatch(end: MatchedFigure['end'], c: Candidate, stated: number) {
			add('match', end, c, stated);
			const f = c.figure;
			if (!c.fits) {
				verdicts.add('wrong_period');
				const right = bestFitting(c);
				sentences.push(
					`${describeValue(stated, f.unit)} is the ${describePeriodOf(f)} figure (${f.vintage}), not the ${describeClaimPeriod(claim)} one${right ? `; ${right.figure.vintage} gives ${describeValue(right.figure.value!, right.figure.unit)}` : ''}.`
				);
				differences.push({
					kind: 'period',
					text: `stated for ${describeClaimPeriod(claim)}; the value is from ${describePeriodOf(f)}`
				});
				if (right) add('context', end, right, stated);
			}
			if (!c.sameScope) scopeNote(c);
			const outdatedBefore = verdicts.has('outdated');
			if (c.fits) checkOutdated([c]);
			if (c.fits && c.sameScope && verdicts.has('outdated') === outdatedBefore) {
				sentences.push(
					`Matches ${f.vintage}: ${describeValue(f.value!, f.unit)} for ${f.occupation}${periodStated(claim) ? '' : ` (${describePeriodOf(f)}; the document states no period)`}.`
				);
			}
			if (f.value !== stated)
				differences.push({
					kind: 'rounding',
					text: `${describeValue(stated, f.unit)} stated; ${describeValue(f.value!, f.unit)} published (${f.qualifier})`
				});
			if (c.fits && c.sameScope && !verdicts.has('outdated')) verdicts.add('confirmed');
			groupContext(c);
		}

		/** The same-scope figure for the stated period, to show beside a wrong-period match. */
		function bestFitting(c: Candidate): Candidate | null {
			const pool = candidatesFor(
				claim,
				[c.figure.measure as FigureMeasure],
				(f, distance) => f.geography === claim.geography && distance <= c.distance
			).filter((x) => x.fits);
			return firstBest(pool, rankFigure);
		}

		function scopeNote(c: Candidate) {
			if (verdicts.has('wrong_scope')) return;
			verdicts.add('wrong_scope');
			const f = c.figure;
			const where =
				f.geography !== claim.geography ? ` in ${f.geography}, not ${claim.geography}` : '';
			sentences.push(
				`That figure is for ${f.occupation} (${f.soc_code || 'survey population'})${where}, not ${statedScope}${claim.scope_code ? ` (${claim.scope_code})` : ''}.`
			);
			if (d.statedScopeMissing && claim.scope_code && f.geography === claim.geography)
				sentences.push(
					`No ${measureLabel} series for ${claim.scope_code} covers ${describeClaimPeriod(claim)}; the publisher reports only the wider group.`
				);
			differences.push({
				kind: 'scope',
				text: `stated as ${statedScope}; the figure is for ${f.occupation} (${f.soc_code})${where}`
			});
		}

		function checkOutdated(matched: Candidate[]) {
			const newestMatched = matched.reduce((a, b) =>
				vintageOrder(b.figure.vintage).order > vintageOrder(a.figure.vintage).order ? b : a
			);
			const f = newestMatched.figure;
			const key = vintageOrder(f.vintage);
			// The newest such figure; among equals, the first.
			let newer = null as Figure | null;
			for (const run of index.runsOf(f.measure, f.soc_code)) {
				for (let i = run.start; i < run.end; i++) {
					const g = all[i]!;
					if (g.value === null || g.geography !== f.geography) continue;
					const k = vintageOrder(g.vintage);
					if (!(
						k.family === key.family &&
						k.order > key.order &&
						availableAt(g.vintage, documentDate, releaseOf)
					))
						continue;
					if (newer === null || k.order > vintageOrder(newer.vintage).order) newer = g;
				}
			}
			if (!newer) return;
			verdicts.add('outdated');
			figures.push({
				role: 'newer',
				end: 'value',
				figure: newer,
				source: sourceById.get(newer.source_id) ?? null,
				difference: null
			});
			const when =
				documentDate.kind === 'stated'
					? `when the document was dated (${documentDate.date})`
					: documentDate.kind === 'inferred'
						? `when the document appeared (${documentDate.text})`
						: 'by then';
			sentences.push(
				`It matches ${f.vintage} (${describeValue(f.value!, f.unit)} for ${f.occupation}), but ${newer.vintage} was already out ${when}: it gives ${describeValue(newer.value!, newer.unit)}.`
			);
			differences.push({
				kind: 'vintage',
				text: `uses ${f.vintage}; ${newer.vintage} was available`
			});
		}

		/** Put a group total in proportion to the narrower occupation the document is about. */
		function groupContext(c: Candidate) {
			const f = c.figure;
			if (!(f.soc_code === 'HC' || f.soc_code.endsWith('0000'))) return;
			// A share of the total only makes sense for counts, never for rates or wages.
			if (!ADDITIVE_UNITS.has(f.unit)) return;
			const others = drafts.filter(
				(o) =>
					o.claim.document_id === claim.document_id &&
					o.claim.scope_code !== '' &&
					o.claim.scope_code !== f.soc_code
			);
			const narrow = others
				.map((o) => o.claim.scope_code)
				.find((code) => scopeDistance(code, f.soc_code) !== null);
			if (!narrow) return;
			// The closest such figure; among equals, the first.
			let inside = null as { g: Figure; distance: number } | null;
			for (const { run, distance } of index.related(f.measure, narrow)) {
				if (distance > 1) continue;
				for (let i = run.start; i < run.end; i++) {
					const g = all[i]!;
					if (
						g.value === null ||
						!(
							g.vintage === f.vintage &&
							g.geography === f.geography &&
							g.period_start === f.period_start &&
							g.period_end === f.period_end
						)
					)
						continue;
					if (inside === null || distance < inside.distance) inside = { g, distance };
				}
			}
			if (!inside || !f.value) return;
			figures.push({
				role: 'context',
				end: 'value',
				figure: inside.g,
				source: sourceById.get(inside.g.source_id) ?? null,
				difference: null
			});
			const share = (inside.g.value! / f.value) * 100;
			sentences.push(
				`This is a figure for ${f.occupation}, not for the occupation the document is about: ${inside.g.occupation} (${inside.g.soc_code}) accounts for ${describeValue(inside.g.value!, inside.g.unit)} in ${inside.g.vintage}, about ${share.toFixed(1)}% of the total.`
			);
		}

		function result(): ClaimCheck {
			const ordered = VERDICTS.filter((v) => verdicts.has(v));
			if (ordered.includes('confirmed') && ordered.length > 1)
				ordered.splice(ordered.indexOf('confirmed'), 1);
			return {
				claim: asStated,
				document: sourceById.get(claim.document_id) ?? null,
				verdicts: ordered,
				figures,
				differences,
				explanation: sentences.join(' '),
				documentDate
			};
		}
	}
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

const ADDITIVE_UNITS = new Set<string>([
	'persons',
	'openings per year',
	'openings (decade total)',
	'jobs (decade total)',
	'jobs per year'
]);

function valueOfEnd(claim: Claim, end: 'value' | 'low' | 'high'): number {
	return (
		(end === 'value' ? claim.value : end === 'low' ? claim.value_low : claim.value_high) ?? NaN
	);
}

function describePeriodOf(f: Figure): string {
	const v = vintageOrder(f.vintage);
	if (v.family === 'OEWS') return v.core.replace('OEWS ', '');
	if (f.period_start === f.period_end) return f.period_start;
	return `${f.period_start}-${f.period_end}`;
}

/** The lowest and highest figures of the context measures, for "shown beside" context. */
function contextRange(pool: Candidate[]): Candidate[] {
	if (pool.length === 0) return [];
	const byValue = [...pool].sort(
		(a, b) => a.figure.value! - b.figure.value! || a.figure.id.localeCompare(b.figure.id)
	);
	// Prefer the most common context measure (e.g. 5-year retirement shares over 2-year ones).
	const counts = new Map<string, number>();
	for (const c of pool) counts.set(c.figure.measure, (counts.get(c.figure.measure) ?? 0) + 1);
	const measure = [...counts.entries()].sort(
		(a, b) => b[1] - a[1] || a[0].localeCompare(b[0])
	)[0]![0];
	const chosen = byValue.filter((c) => c.figure.measure === measure);
	return chosen.length === 1 ? [chosen[0]!] : [chosen[0]!, chosen[chosen.length - 1]!];
}

/** The earliest day a partial date (YYYY, YYYY-MM, YYYY-MM-DD) can stand for. */
const earliestDay = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
/** The latest day it can stand for. */
const latestDay = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);

/** Was a vintage certainly out when the document appeared? Unknown release dates never count. */
function availableAt(vintage: string, date: DocumentDate, releaseOf: Map<string, string>): boolean {
	const key = vintageOrder(vintage);
	const released = releaseOf.get(key.core);
	if (date.kind === 'stated')
		return released !== undefined && latestDay(released) <= earliestDay(date.date);
	if (date.kind === 'inferred') {
		const cited = vintageOrder(date.vintage);
		if (cited.family === key.family && key.order <= cited.order) return true;
		return (
			released !== undefined &&
			date.after !== null &&
			latestDay(released) <= earliestDay(date.after)
		);
	}
	return false;
}

/** A document's date: as stated, or inferred from the newest release it demonstrably cites. */
function inferDocumentDates(
	drafts: Draft[],
	sourceById: Map<string, Source>,
	releaseOf: Map<string, string>
): Map<string, DocumentDate> {
	const out = new Map<string, DocumentDate>();
	const cited = new Map<string, Figure[]>();
	for (const d of drafts) {
		for (const end of Object.values(d.ends)) {
			if (end?.best?.fits)
				cited.set(d.claim.document_id, [
					...(cited.get(d.claim.document_id) ?? []),
					end.best.figure
				]);
		}
	}
	const ids = new Set(drafts.map((d) => d.claim.document_id));
	for (const id of ids) {
		const published = sourceById.get(id)?.published ?? '';
		if (published !== '') {
			out.set(id, { kind: 'stated', date: published });
			continue;
		}
		const figures = (cited.get(id) ?? []).filter((f) => vintageOrder(f.vintage).family !== 'other');
		if (figures.length === 0) {
			out.set(id, { kind: 'unknown' });
			continue;
		}
		const newest = figures.reduce((a, b) => {
			const ra = releaseOf.get(vintageOrder(a.vintage).core);
			const rb = releaseOf.get(vintageOrder(b.vintage).core);
			if (ra && rb) return rb > ra ? b : a;
			const ka = vintageOrder(a.vintage);
			const kb = vintageOrder(b.vintage);
			if (ka.family === kb.family) return kb.order > ka.order ? b : a;
			return ka.family === 'EP' ? a : b;
		});
		const core = vintageOrder(newest.vintage).core;
		const after = releaseOf.get(core) ?? null;
		out.set(id, {
			kind: 'inferred',
			after,
			vintage: core,
			text: after
				? `undated; it cites ${core}, released ${after}, so it appeared after that`
				: `undated; it cites ${core}, so it appeared after that release (release date not sourced)`
		});
	}
	return out;
}
