// Claims made from real figures, and the figure lists the checker would hand reconcile for them,
// for tests that compare two ways of reconciling the same claims.
import type { Ledger } from '../../../src/lib/server/readLedger';
import { relatedCodes } from '../../../src/lib/core/soc';
import { measuresFor } from '../../../src/lib/check/checkClaims';
import type { Claim } from '../../../src/lib/core/schema/claim';
import type { Figure } from '../../../src/lib/core/schema/figure';
import type { ClaimMeasure } from '../../../src/lib/core/schema/vocabulary';

export function rng(seed: number) {
	let s = seed >>> 0;
	return () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = Math.imul(s ^ (s >>> 15), s | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Claims made from real figures: exact, rounded, off, for the wrong period, place or scope, ranges. */
export function syntheticClaims(ledger: Ledger, count: number, seed: number): Claim[] {
	const r = rng(seed);
	const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
	const valued = ledger.figures.filter((f) => f.value !== null);
	const documents = [
		'doc:beacon-hill-2026-smart-choice',
		'doc:beacon-hill-career-path-guide',
		...ledger.sources
			.filter((s) => s.published !== '')
			.map((s) => s.source_id)
			.slice(0, 5),
		'doc:syn-a',
		'doc:syn-b',
		'doc:syn-c'
	];
	const claimOnly: ClaimMeasure[] = [
		'share_eligible_to_retire',
		'salary_range',
		'new_jobs_per_year',
		'replacement_openings_per_year',
		'industry_new_jobs'
	];
	const related: Partial<Record<string, ClaimMeasure>> = {
		median_annual_wage: 'mean_annual_wage',
		mean_annual_wage: 'median_annual_wage',
		annual_openings: 'new_jobs',
		new_jobs: 'employment_change_num'
	};
	const out: Claim[] = [];
	for (let i = 0; i < count; i++) {
		const f = pick(valued);
		const v = f.value!;
		const roll = r();
		const value =
			roll < 0.35
				? v
				: roll < 0.55
					? Number(v.toPrecision(2))
					: roll < 0.7
						? Math.round(v * 1.1)
						: roll < 0.8
							? Number(v.toPrecision(1))
							: Math.round(v * (0.5 + r()));
		const scope = r();
		const soc = f.soc_code;
		const scope_code =
			soc === '' || scope < 0.6
				? soc
				: scope < 0.7
					? `${soc.slice(0, 2)}-0000`
					: scope < 0.78
						? `${soc.slice(0, 6)}0`
						: scope < 0.84
							? 'HC'
							: scope < 0.9
								? '00-0000'
								: scope < 0.95
									? ''
									: 'NAICS 62';
		const period = r();
		const year = Number(f.period_start.slice(0, 4));
		const [period_start, period_end] =
			period < 0.6
				? [f.period_start, f.period_end]
				: period < 0.75
					? ['', '']
					: period < 0.9
						? [String(year + 1), String(year + 11)]
						: [`${year - 1}-05`, `${year - 1}-05`];
		const kind = r();
		const measure: ClaimMeasure =
			kind < 0.8
				? (f.measure as ClaimMeasure)
				: kind < 0.9
					? (related[f.measure] ?? (f.measure as ClaimMeasure))
					: pick(claimOnly);
		const range = measure === 'salary_range' || (kind > 0.7 && kind < 0.8);
		const claim: Claim = {
			id: `syn:${i}`,
			document_id: documents[Math.floor(i / 6) % documents.length]!,
			measure,
			scope_as_stated: r() < 0.5 ? f.occupation.toLowerCase() : '',
			scope_code,
			geography: r() < 0.2 ? '' : r() < 0.9 ? f.geography : 'CA',
			period_start,
			period_end,
			value: range ? null : value,
			value_low: range ? Math.round(v * 0.8) : null,
			value_high: range ? (r() < 0.5 ? v : Math.round(v * 1.3)) : null,
			unit: f.unit,
			qualifier: range ? 'range' : pick(['exact', 'exact', 'about', 'up_to', 'at_least'] as const),
			attributed_to: 'not stated',
			note: ''
		};
		out.push(claim);
	}
	return out;
}

/** The ledger's figures as the figure store files them: by code, then by measure; and the codes. */
export function figuresBySoc(figures: Figure[]) {
	const bySoc = new Map<string, Map<string, Figure[]>>();
	for (const f of figures) {
		const m = bySoc.get(f.soc_code) ?? bySoc.set(f.soc_code, new Map()).get(f.soc_code)!;
		m.set(f.measure, [...(m.get(f.measure) ?? []), f]);
	}
	return { bySoc, codes: [...bySoc.keys()].filter((c) => c !== '') };
}

/** The figures the checker would hand reconcile for a group: related codes (sorted) then surveys,
 * each code's figures of the group's measures, in the order the figure store lists them. */
export function storeInput(
	group: Claim[],
	bySoc: Map<string, Map<string, Figure[]>>,
	codes: string[]
): Figure[] {
	const wanted = new Set<string>();
	for (const c of group) for (const code of relatedCodes(c.scope_code, codes)) wanted.add(code);
	const measures = measuresFor(group);
	const out: Figure[] = [];
	for (const code of [...[...wanted].sort(), '']) {
		const m = bySoc.get(code);
		if (m) for (const measure of measures) for (const f of m.get(measure) ?? []) out.push(f);
	}
	return out;
}

export function byDocument(claims: Claim[]): Claim[][] {
	const groups = new Map<string, Claim[]>();
	for (const c of claims) groups.set(c.document_id, [...(groups.get(c.document_id) ?? []), c]);
	return [...groups.values()];
}

/** A document's claims in groups of at most eight, as the checker sends them. */
export function checkerGroups(claims: Claim[]): Claim[][] {
	return byDocument(claims).flatMap((g) =>
		Array.from({ length: Math.ceil(g.length / 8) }, (_, i) => g.slice(i * 8, i * 8 + 8))
	);
}
