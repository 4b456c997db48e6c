// The payload of /brief/[cip]: the crosswalk mapping for one program and the figures, CPI, supply,
// survey evidence and failing claims a printable brief needs. Loads data/crosswalk.csv, cpi.csv and
// supply.csv through the strict loader; invalid rows fail the build.
import { join } from 'node:path';
import type { z } from 'zod';
import { readCsvFile } from '../readLedger';
import { formatProblem } from '$lib/core/csv/problem';
import { CrosswalkSchema, type CrosswalkPair } from '$lib/core/schema/crosswalk';
import { CpiSchema } from '$lib/core/schema/cpi';
import { SupplySchema, type Supply } from '$lib/core/schema/supply';
import type { Figure } from '$lib/core/schema/figure';
import type { Source } from '$lib/core/schema/source';
import type { ClaimCheck } from '$lib/core/ledger/types';
import { vintageOrder } from '$lib/core/vintage';
import { claimValueText } from '$lib/charts/shared/claimsOverlay';
import { formatSpan } from '$lib/core/format/period';
import { broadGroupOf, mapCode, type Coverage } from '$lib/brief/mapping';
import { BRIEF_ACCESSED } from '$lib/brief/accessed';
import type { BriefFigure, BriefPayload, FailingClaim } from '$lib/brief/types';
import type { CpiIndex } from '$lib/brief/inflation';
import { selectBrief } from '$lib/brief/select';
import { ALL_OCCUPATIONS } from '$lib/core/soc';
import { EMPTY_PAYLOAD } from '$lib/brief/emptyPayload';
import { ledgerIndex, type LedgerIndex } from '../ledgerIndex';
import { FEATURED_SOC } from '$lib/config';

const CPI_SERIES = 'CUUR0000SA0';
const CPI_FROM_YEAR = 2000;
const HEADLINE_MEASURES: string[] = [
	'employment_change_pct',
	'annual_openings',
	'median_annual_wage',
	'employment_change_num',
	'employment',
	'employment_projected'
];
const BRIEF_MEASURES = new Set([
	'employment',
	'employment_projected',
	'employment_change_pct',
	'annual_openings',
	'median_annual_wage',
	'wage_p10_annual',
	'wage_p90_annual'
]);

type Extra = { crosswalk: CrosswalkPair[]; cpi: CpiIndex; supply: Supply[] };
export type BriefIndex = {
	index: LedgerIndex;
	extra: Extra;
	coverage: Coverage;
	byCip: Map<string, CrosswalkPair[]>;
	epVintages: string[];
	oewsVintages: string[];
	surveyFigures: Figure[];
	checksByScope: Map<string, ClaimCheck[]>;
	/** How many programs the crosswalk maps to each SOC code. */
	programsPerSoc: Map<string, number>;
};

function strict<S extends Parameters<typeof readCsvFile>[1]>(
	dir: string,
	file: string,
	schema: S
): z.output<S>[] {
	const r = readCsvFile(join(dir, file), schema, file);
	const errors = r.problems.filter((p) => p.severity === 'error');
	if (errors.length > 0)
		throw new Error(
			`data/${file} has ${errors.length} problem(s):\n${errors.slice(0, 10).map(formatProblem).join('\n')}`
		);
	return r.rows;
}

const isExport = (f: Figure) => f.id.startsWith('ep:') || f.id.startsWith('oews:');
const byNewest = (a: string, b: string) => vintageOrder(b).order - vintageOrder(a).order;

let cached: BriefIndex | null = null;

export function briefIndex(): BriefIndex {
	if (cached) return cached;
	const dir = process.env.LEDGER_DATA_DIR ?? 'data';
	const index = ledgerIndex();
	const crosswalk = strict(dir, 'crosswalk.csv', CrosswalkSchema);
	const cpiRows = strict(dir, 'cpi.csv', CpiSchema).filter(
		(r) =>
			r.series_id === CPI_SERIES && /^\d{4}$/.test(r.period) && Number(r.period) >= CPI_FROM_YEAR
	);
	const supply = strict(dir, 'supply.csv', SupplySchema);
	const cpi: CpiIndex = {
		series: CPI_SERIES,
		base: cpiRows[0]?.base ?? '',
		sourceId: cpiRows[0]?.source_id ?? '',
		points: cpiRows.map((r) => ({ year: Number(r.period), value: r.value }))
	};

	const all = (index.bySoc.get(ALL_OCCUPATIONS) ?? []).filter(isExport);
	const epVintages = [
		...new Set(all.filter((f) => f.id.startsWith('ep:')).map((f) => f.vintage))
	].sort(byNewest);
	const oewsVintages = [
		...new Set(
			all
				.filter((f) => f.id.startsWith('oews:') && f.vintage.startsWith('OEWS May'))
				.map((f) => f.vintage)
		)
	].sort(byNewest);
	const newestEp = epVintages[0] ?? '';
	const coverage: Coverage = {
		newestLineItems: new Set(
			index.ledger.occupations.filter((o) => o.vintage === newestEp).map((o) => o.soc_code)
		),
		anyEp: new Set(index.ledger.occupations.map((o) => o.soc_code)),
		newestVintage: newestEp,
		titleOf: (soc) => index.titleOf.get(soc)
	};
	const byCip = new Map<string, CrosswalkPair[]>();
	for (const pair of crosswalk)
		byCip.set(pair.cip_code, [...(byCip.get(pair.cip_code) ?? []), pair]);
	const surveyFigures = index.ledger.figures.filter(
		(f) => index.ledger.datasetOf.get(f.id) === 'retirement.csv'
	);
	const checksByScope = new Map<string, ClaimCheck[]>();
	for (const c of index.ledger.checks)
		checksByScope.set(c.claim.scope_code, [...(checksByScope.get(c.claim.scope_code) ?? []), c]);
	const programsPerSoc = new Map<string, number>();
	for (const pair of crosswalk)
		programsPerSoc.set(pair.soc_code, (programsPerSoc.get(pair.soc_code) ?? 0) + 1);
	cached = {
		index,
		extra: { crosswalk, cpi, supply },
		coverage,
		byCip,
		epVintages,
		oewsVintages,
		surveyFigures,
		checksByScope,
		programsPerSoc
	};
	return cached;
}

/** Programs with at least one proposed occupation that has EP figures: the briefs to prerender. */
export function briefCips(b: BriefIndex = briefIndex()): { cip: string; title: string }[] {
	return [...b.byCip.entries()]
		.filter(([, pairs]) =>
			pairs.some((p) => mapCode(p.soc_code, p.soc_title, b.coverage).kind !== 'none')
		)
		.map(([cip, pairs]) => ({ cip, title: pairs[0]!.cip_title }))
		.sort((a, b) => (a.cip < b.cip ? -1 : 1));
}

/** A code's figures for the brief: EP levels, growth and openings; OEWS median and 10th/90th percentiles. */
function codeFigures(index: LedgerIndex, code: string): BriefFigure[] {
	return (index.bySoc.get(code) ?? [])
		.filter(
			(f) =>
				isExport(f) &&
				f.geography === 'US' &&
				BRIEF_MEASURES.has(f.measure) &&
				(f.id.startsWith('ep:')
					? true
					: code !== ALL_OCCUPATIONS &&
						f.measure !== 'employment' &&
						f.measure !== 'employment_projected')
		)
		.map(slim);
}

export type CodeData = { soc: string; title: string; figures: BriefFigure[]; sources: Source[] };

/** Every code a brief may use (for /brief/data/<soc>.json). */
export function briefCodes(b: BriefIndex = briefIndex()): string[] {
	const codes = new Set<string>([ALL_OCCUPATIONS]);
	for (const pairs of b.byCip.values())
		for (const p of pairs) {
			const m = mapCode(p.soc_code, p.soc_title, b.coverage);
			if (m.kind !== 'none') codes.add(m.uses);
		}
	return [...codes].sort();
}

export function buildCodeData(soc: string, b: BriefIndex = briefIndex()): CodeData | null {
	const figures = codeFigures(b.index, soc);
	if (figures.length === 0) return null;
	const ids = [...new Set(figures.map((f) => f.source_id))].sort();
	return {
		soc,
		title: b.index.titleOf.get(soc) ?? soc,
		figures,
		sources: ids.flatMap((id) => b.index.sourceById.get(id) ?? [])
	};
}

const slim = (f: Figure): BriefFigure => ({
	id: f.id,
	measure: f.measure,
	soc_code: f.soc_code,
	vintage: f.vintage,
	period_start: f.period_start,
	period_end: f.period_end,
	value: f.value,
	value_flag: f.value_flag,
	unit: f.unit,
	source_id: f.source_id,
	computed: f.derivation !== ''
});

/** The newest published figure of the claim's measure for a code and place; exports preferred over copies. */
function correctFigure(index: LedgerIndex, c: ClaimCheck, codes: string[]): BriefFigure | null {
	const candidates = codes
		.flatMap((code) => index.bySoc.get(code) ?? [])
		.filter(
			(f) =>
				f.measure === c.claim.measure &&
				f.geography === c.claim.geography &&
				f.value !== null &&
				vintageOrder(f.vintage).family !== 'other'
		);
	candidates.sort(
		(a, b) =>
			byNewest(a.vintage, b.vintage) ||
			Number(isExport(b)) - Number(isExport(a)) ||
			(a.id < b.id ? -1 : 1)
	);
	return candidates[0] ? slim(candidates[0]) : null;
}

export function buildBriefView(cip: string, b: BriefIndex = briefIndex()): BriefPayload | null {
	const pairs = b.byCip.get(cip);
	if (!pairs) return null;
	const { index } = b;
	// Most specific first: a code that fewer programs map to says more about this one (ties by code).
	const reach = (soc: string) => b.programsPerSoc.get(soc) ?? 0;
	const mapping = pairs
		.map((p) => mapCode(p.soc_code, p.soc_title, b.coverage))
		.sort((x, y) => reach(x.soc) - reach(y.soc) || (x.soc < y.soc ? -1 : 1));
	const uses = [...new Set(mapping.filter((m) => m.kind !== 'none').map((m) => m.uses))];
	const all = [...uses, ALL_OCCUPATIONS].flatMap((code) => codeFigures(index, code));
	// Only the figures the default brief (every proposed code, newest vintages) uses, plus the track
	// record of its first code; pinned or edited briefs load /brief/data/<soc>.json in the browser.
	const model = selectBrief(
		{
			...EMPTY_PAYLOAD,
			mapping,
			figures: all,
			epVintages: b.epVintages,
			oewsVintages: b.oewsVintages,
			cpi: b.extra.cpi
		},
		mapping.map((m) => m.soc),
		null,
		null
	);
	const focus = model.lines[0]?.uses;
	const track = all.filter(
		(f) =>
			f.soc_code === focus &&
			f.id.startsWith('ep:') &&
			(f.measure === 'employment' || f.measure === 'employment_projected')
	);
	const figures = [...new Map([...model.used, ...track].map((f) => [f.id, f])).values()];

	// Claims about the proposed codes, the codes used, or their broad groups, whose headline verdict is not confirmed.
	const about = new Set([
		...mapping.map((m) => m.soc),
		...uses,
		...mapping.map((m) => broadGroupOf(m.soc))
	]);
	// The headline measures first (growth, openings, median wage), then the rest.
	const claimRank = (c: ClaimCheck) => {
		const i = HEADLINE_MEASURES.indexOf(c.claim.measure);
		return i < 0 ? HEADLINE_MEASURES.length : i;
	};
	const aboutChecks = [...about].flatMap((code) => b.checksByScope.get(code) ?? []);
	// Interleaved by measure (headline measures first) so the printed first rows cover growth, openings and wages.
	const sorted = aboutChecks
		.filter((c) => c.verdicts[0] !== 'confirmed')
		.sort((x, y) => claimRank(x) - claimRank(y) || (x.claim.id < y.claim.id ? -1 : 1));
	const turn = new Map<string, number>();
	const order = new Map(
		sorted.map((c) => {
			const k = turn.get(c.claim.measure) ?? 0;
			turn.set(c.claim.measure, k + 1);
			return [c.claim.id, k];
		})
	);
	const failing: FailingClaim[] = sorted
		.sort(
			(x, y) =>
				order.get(x.claim.id)! - order.get(y.claim.id)! ||
				claimRank(x) - claimRank(y) ||
				(x.claim.id < y.claim.id ? -1 : 1)
		)
		.map((check) => {
			const m = mapping.find((mm) => mm.soc === check.claim.scope_code);
			const c = check.claim;
			return {
				id: c.id,
				measure: c.measure,
				scopeAsStated: c.scope_as_stated,
				scopeCode: c.scope_code,
				valueText: claimValueText(c),
				period: c.period_start || c.period_end ? formatSpan(c.period_start, c.period_end) : '',
				verdict: check.verdicts[0]!,
				explanation: check.explanation,
				document: check.document
					? {
							publisher: check.document.publisher,
							title: check.document.title,
							url: check.document.url
						}
					: null,
				correct: correctFigure(index, check, m && m.uses !== m.soc ? [m.uses] : [c.scope_code])
			};
		});

	// retirement.csv holds surveys of the featured occupation's workforce (src/lib/config.ts); shown when the brief uses that code or a code inside it.
	const surveys = uses.some((u) => u === FEATURED_SOC || broadGroupOf(u) === FEATURED_SOC)
		? b.surveyFigures.filter((f) => f.measure.startsWith('share_retiring') && f.unit === 'percent')
		: [];
	const supply = b.extra.supply.filter((s) => s.cip_code === cip);
	const sourceIds = new Set<string>([
		pairs[0]!.source_id,
		b.extra.cpi.sourceId,
		...figures.map((f) => f.source_id),
		...supply.map((s) => s.source_id),
		...surveys.map((f) => f.source_id),
		...failing.flatMap((f) => (f.correct ? [f.correct.source_id] : []))
	]);
	const sources: Source[] = [...sourceIds].sort().flatMap((id) => index.sourceById.get(id) ?? []);
	const releases: Record<string, string> = {};
	for (const s of sources)
		for (const v of s.vintage.split('; '))
			if (index.releaseOf.has(v)) releases[v] = index.releaseOf.get(v)!;
	for (const v of [...b.epVintages, ...b.oewsVintages])
		if (index.releaseOf.has(v)) releases[v] = index.releaseOf.get(v)!;
	return {
		cip,
		cipTitle: pairs[0]!.cip_title,
		crosswalkSourceId: pairs[0]!.source_id,
		mapping,
		figures,
		epVintages: b.epVintages,
		oewsVintages: b.oewsVintages,
		cpi: b.extra.cpi,
		supply,
		surveys,
		failing,
		sources,
		releases,
		accessed: BRIEF_ACCESSED
	};
}
