// The figures a brief shows for a selection of codes and a pair of pinned vintages, the fingerprint
// over exactly those figures, and what changed since the pinned vintages. Pure: runs at build time
// and in the browser from the page payload.
import { ALL_OCCUPATIONS } from '$lib/core/soc';
import { vintageOrder } from '$lib/core/vintage';
import { fingerprint } from './fingerprint';
import { inDollarsOf } from './inflation';
import { usedCodes } from './mapping';
import type { BriefFigure, BriefPayload, MappedCode } from './types';

export type OccupationLine = {
	uses: string;
	title: string;
	members: MappedCode[];
	combined: boolean;
	employment: BriefFigure | null;
	openings: BriefFigure | null;
	growth: BriefFigure | null;
	median: BriefFigure | null;
	p10: BriefFigure | null;
	p90: BriefFigure | null;
	/** The median in dollars of the pinned OEWS year (equal to the median itself). */
	wageYear: number;
};

export type WageRow = {
	vintage: string;
	year: number;
	median: BriefFigure | null;
	p10: BriefFigure | null;
	p90: BriefFigure | null;
	medianReal: number | null;
};

export type Change = { label: string; from: string; to: string };

export type BriefModel = {
	ep: string;
	oews: string;
	pinned: boolean;
	lines: OccupationLine[];
	allGrowth: BriefFigure | null;
	/** Wage history of the first line, with medians in dollars of the pinned OEWS year. */
	wageHistory: WageRow[];
	realYear: number | null;
	used: BriefFigure[];
	fingerprint: string;
	/** Newer vintages than the pinned ones, and how the headline figures changed. */
	newer: { ep: string | null; oews: string | null; changes: Change[] };
};

const newest = (vintages: readonly string[]) =>
	[...vintages].sort((a, b) => vintageOrder(b).order - vintageOrder(a).order)[0] ?? '';
const yearOf = (vintage: string) => Math.floor(vintageOrder(vintage).order);

export function indexFigures(figures: readonly BriefFigure[]) {
	const map = new Map<string, BriefFigure>();
	for (const f of figures) map.set(`${f.soc_code}|${f.vintage}|${f.measure}`, f);
	return (soc: string, vintage: string, measure: string) =>
		map.get(`${soc}|${vintage}|${measure}`) ?? null;
}

export function resolveVintages(
	payload: Pick<BriefPayload, 'epVintages' | 'oewsVintages'>,
	ep: string | null,
	oews: string | null
) {
	const newestEp = newest(payload.epVintages);
	const newestOews = newest(payload.oewsVintages);
	return {
		ep: ep && payload.epVintages.includes(ep) ? ep : newestEp,
		oews: oews && payload.oewsVintages.includes(oews) ? oews : newestOews,
		newestEp,
		newestOews
	};
}

function lineFor(
	get: ReturnType<typeof indexFigures>,
	group: ReturnType<typeof usedCodes>[number],
	ep: string,
	oews: string
): OccupationLine {
	return {
		uses: group.uses,
		title: group.title,
		members: group.members,
		combined: group.members.some((m) => m.kind === 'combined'),
		employment: get(group.uses, ep, 'employment'),
		openings: get(group.uses, ep, 'annual_openings'),
		growth: get(group.uses, ep, 'employment_change_pct'),
		median: get(group.uses, oews, 'median_annual_wage'),
		p10: get(group.uses, oews, 'wage_p10_annual'),
		p90: get(group.uses, oews, 'wage_p90_annual'),
		wageYear: yearOf(oews)
	};
}

/** The pinned year and every 5 years back (up to 20), each the newest row at most 2 years earlier. */
export function everyFiveYears(rows: readonly WageRow[], pinnedYear: number): WageRow[] {
	const picked = new Map<string, WageRow>();
	for (let k = 0; k <= 4; k++) {
		const target = pinnedYear - 5 * k;
		const row = rows
			.filter((r) => r.year <= target && r.year >= target - 2)
			.sort((a, b) => b.year - a.year)[0];
		if (row) picked.set(row.vintage, row);
	}
	return [...picked.values()].sort((a, b) => a.year - b.year);
}

const HEADLINE = ['employment', 'openings', 'growth', 'median', 'p10', 'p90'] as const;

export function selectBrief(
	payload: BriefPayload,
	selected: readonly string[],
	epParam: string | null,
	oewsParam: string | null
): BriefModel {
	const v = resolveVintages(payload, epParam, oewsParam);
	const get = indexFigures(payload.figures);
	const groups = usedCodes(payload.mapping, selected);
	const lines = groups.map((g) => lineFor(get, g, v.ep, v.oews));
	const allGrowth = get(ALL_OCCUPATIONS, v.ep, 'employment_change_pct');

	const realYear = payload.cpi.points.some((p) => p.year === yearOf(v.oews))
		? yearOf(v.oews)
		: null;
	const first = lines[0];
	const allWageRows: WageRow[] = first
		? payload.oewsVintages
				.filter((o) => vintageOrder(o).order <= vintageOrder(v.oews).order)
				.map((o) => {
					const median = get(first.uses, o, 'median_annual_wage');
					const year = yearOf(o);
					const medianReal =
						median?.value != null && realYear !== null
							? inDollarsOf(payload.cpi, median.value, year, realYear)
							: null;
					return {
						vintage: o,
						year,
						median,
						p10: get(first.uses, o, 'wage_p10_annual'),
						p90: get(first.uses, o, 'wage_p90_annual'),
						medianReal
					};
				})
				.filter((r) => r.median || r.p10 || r.p90)
		: [];
	const wageHistory = everyFiveYears(allWageRows, yearOf(v.oews));

	const used = [
		...lines.flatMap((l) => HEADLINE.map((k) => l[k]).filter((f): f is BriefFigure => f !== null)),
		...(allGrowth ? [allGrowth] : []),
		...wageHistory.flatMap((r) =>
			[r.median, r.p10, r.p90].filter((f): f is BriefFigure => f !== null)
		)
	];
	const uniqueUsed = [...new Map(used.map((f) => [f.id, f])).values()];
	const cpiUsed =
		realYear === null
			? []
			: payload.cpi.points.filter(
					(p) => wageHistory.some((r) => r.year === p.year) || p.year === realYear
				);
	const fp = fingerprint([
		...uniqueUsed,
		...cpiUsed.map((p) => ({
			id: `cpi:${payload.cpi.series}:${p.year}`,
			vintage: payload.cpi.series,
			value: p.value
		})),
		...payload.supply.map((s) => ({ id: s.id, vintage: s.period_end, value: s.value }))
	]);

	const changes: Change[] = [];
	const newerEp = v.ep !== v.newestEp ? v.newestEp : null;
	const newerOews = v.oews !== v.newestOews ? v.newestOews : null;
	if (newerEp || newerOews) {
		const current = groups.map((g) => lineFor(get, g, v.newestEp, v.newestOews));
		lines.forEach((l, i) => {
			const c = current[i]!;
			const diff = (
				label: string,
				a: BriefFigure | null,
				b: BriefFigure | null,
				fmt: (n: number) => string
			) => {
				if (a?.value != null && b?.value != null && a.value !== b.value)
					changes.push({ label: `${l.title}: ${label}`, from: fmt(a.value), to: fmt(b.value) });
			};
			if (newerEp) {
				diff('projected growth', l.growth, c.growth, (n) => `${n.toFixed(1)}%`);
				diff('annual openings', l.openings, c.openings, (n) => n.toLocaleString('en-US'));
			}
			if (newerOews)
				diff('median annual wage', l.median, c.median, (n) => `$${n.toLocaleString('en-US')}`);
		});
		if (newerEp) {
			const a = allGrowth;
			const b = get(ALL_OCCUPATIONS, v.newestEp, 'employment_change_pct');
			if (a?.value != null && b?.value != null && a.value !== b.value)
				changes.push({
					label: 'All occupations: projected growth',
					from: `${a.value.toFixed(1)}%`,
					to: `${b.value.toFixed(1)}%`
				});
		}
	}
	return {
		ep: v.ep,
		oews: v.oews,
		pinned: v.ep !== v.newestEp || v.oews !== v.newestOews,
		lines,
		allGrowth,
		wageHistory,
		realYear,
		used: uniqueUsed,
		fingerprint: fp,
		newer: { ep: newerEp, oews: newerOews, changes }
	};
}
