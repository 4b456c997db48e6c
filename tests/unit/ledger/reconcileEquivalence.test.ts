// The indexed, cached reconcile must give byte-identical checks to the plain one it replaced
// (tests/unit/ledger/reference/), on the shipped data and on synthetic claims built from it,
// whole and in per-document groups the way the checker calls it.
import { beforeAll, describe, expect, it } from 'vitest';
import { readLedger, type Ledger } from '../../../src/lib/server/readLedger';
import {
	createReconciler,
	reconcile,
	type LedgerInput
} from '../../../src/lib/core/ledger/reconcile';
import { reconcile as reference } from './reference/reconcile';
import { statedPrecision, valuesMatch } from '../../../src/lib/core/ledger/precision';
import {
	statedPrecision as referencePrecision,
	valuesMatch as referenceMatch
} from './reference/precision';
import { relatedCodes } from '../../../src/lib/core/soc';
import { measuresFor } from '../../../src/lib/check/checkClaims';
import type { Claim } from '../../../src/lib/core/schema/claim';
import type { Figure } from '../../../src/lib/core/schema/figure';
import type { ClaimMeasure } from '../../../src/lib/core/schema/vocabulary';

let ledger: Ledger;
beforeAll(() => {
	ledger = readLedger('data');
});

function rng(seed: number) {
	let s = seed >>> 0;
	return () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = Math.imul(s ^ (s >>> 15), s | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Claims made from real figures: exact, rounded, off, for the wrong period, place or scope, ranges. */
function syntheticClaims(figures: Figure[], count: number, seed: number): Claim[] {
	const r = rng(seed);
	const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
	const valued = figures.filter((f) => f.value !== null);
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
function figuresBySoc(figures: Figure[]) {
	const bySoc = new Map<string, Map<string, Figure[]>>();
	for (const f of figures) {
		const m = bySoc.get(f.soc_code) ?? bySoc.set(f.soc_code, new Map()).get(f.soc_code)!;
		m.set(f.measure, [...(m.get(f.measure) ?? []), f]);
	}
	return { bySoc, codes: [...bySoc.keys()].filter((c) => c !== '') };
}

/** The figures the checker would hand reconcile for a group: related codes (sorted) then surveys,
 * each code's figures of the group's measures, in the order the figure store lists them. */
function storeInput(
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

function byDocument(claims: Claim[]): Claim[][] {
	const groups = new Map<string, Claim[]>();
	for (const c of claims) groups.set(c.document_id, [...(groups.get(c.document_id) ?? []), c]);
	return [...groups.values()];
}

const same = (input: LedgerInput, claims: Claim[]) => {
	const expected = reference(claims, input);
	const got = reconcile(claims, input);
	expect(got).toEqual(expected);
	expect(JSON.stringify(got)).toBe(JSON.stringify(expected));
	// Again, now that runs and distances are remembered from the first call.
	expect(JSON.stringify(reconcile(claims, input))).toBe(JSON.stringify(expected));
};

describe('reconcile, indexed and cached, against the plain reference', () => {
	it('gives identical checks for the shipped claims against the whole ledger', () => {
		same(ledger, ledger.claims);
	});

	it('gives identical checks for synthetic claims, per document, on the figures the checker would fetch', () => {
		const { bySoc, codes } = figuresBySoc(ledger.figures);
		const claims = [...ledger.claims, ...syntheticClaims(ledger.figures, 1500, 11)];
		const verdicts = new Set<string>();
		for (const group of byDocument(claims).flatMap((g) =>
			Array.from({ length: Math.ceil(g.length / 8) }, (_, i) => g.slice(i * 8, i * 8 + 8))
		)) {
			const input = {
				figures: storeInput(group, bySoc, codes),
				sources: ledger.sources,
				releases: ledger.releases
			};
			same(input, group);
			for (const c of reconcile(group, input)) verdicts.add(c.verdicts[0] ?? 'none');
		}
		// The synthetic claims reach every headline verdict.
		expect([...verdicts].sort()).toEqual([
			'confirmed',
			'mixed_vintages',
			'no_match',
			'outdated',
			'unsourced',
			'wrong_period',
			'wrong_scope'
		]);
	});

	it('indexes every figure once and still gives each document the checks it gets on its own figures', () => {
		const { bySoc, codes } = figuresBySoc(ledger.figures);
		// Every code's figures, in the order the figure store lists them: codes sorted, surveys last.
		const everything = [...[...codes].sort(), ''].flatMap((code) =>
			[...bySoc.get(code)!.values()].flat()
		);
		const once = createReconciler({
			figures: everything,
			sources: ledger.sources,
			releases: ledger.releases
		});
		const groups = byDocument([
			...ledger.claims,
			...syntheticClaims(ledger.figures, 1200, 23)
		]).flatMap((g) =>
			Array.from({ length: Math.ceil(g.length / 8) }, (_, i) => g.slice(i * 8, i * 8 + 8))
		);
		let compared = 0;
		for (const group of groups) {
			const own = reference(group, {
				figures: storeInput(group, bySoc, codes),
				sources: ledger.sources,
				releases: ledger.releases
			});
			expect(JSON.stringify(once(group))).toBe(JSON.stringify(own));
			compared += group.length;
		}
		expect(compared).toBe(ledger.claims.length + 1200);
	});

	it('gives identical checks on inputs with figures dropped or followed by equal copies (the first of equals wins)', () => {
		const { bySoc, codes } = figuresBySoc(ledger.figures);
		const groups = byDocument(syntheticClaims(ledger.figures, 400, 5)).flatMap((g) =>
			Array.from({ length: Math.ceil(g.length / 8) }, (_, i) => g.slice(i * 8, i * 8 + 8))
		);
		for (const group of groups) {
			const full = storeInput(group, bySoc, codes);
			reconcile(group, { figures: full, sources: ledger.sources, releases: ledger.releases });
			// The same lists with figures dropped, or followed by equal copies (same id and rank).
			const thinned = full.filter((_, i) => i % 3 !== 1);
			const doubled = full.flatMap((f) => [f, { ...f, occupation: `${f.occupation} (copy)` }]);
			same({ figures: thinned, sources: ledger.sources, releases: ledger.releases }, group);
			same({ figures: doubled, sources: ledger.sources, releases: ledger.releases }, group);
		}
	});

	it('reads precision and matches values exactly as before', () => {
		const values = [
			0,
			-0,
			5,
			10,
			57380,
			1900000,
			2 ** 53 + 2,
			1e21,
			4.9,
			0.05,
			1e-7,
			NaN,
			Infinity,
			...ledger.figures.slice(0, 20_000).map((f) => f.value ?? 0)
		];
		for (const unit of ['percent', 'USD per hour', 'persons'])
			for (const v of values)
				expect(
					Object.is(statedPrecision(v, unit), referencePrecision(v, unit)),
					`${v} ${unit}`
				).toBe(true);
		const r = rng(3);
		for (let i = 0; i < 50_000; i++) {
			const f = ledger.figures[Math.floor(r() * ledger.figures.length)]!;
			const claimValue =
				f.value === null
					? 5
					: r() < 0.5
						? Number(f.value.toPrecision(1 + Math.floor(r() * 3)))
						: f.value * (0.8 + r() * 0.4);
			const q = r() < 0.5 ? 'exact' : 'about';
			expect(valuesMatch(claimValue, q, f)).toBe(referenceMatch(claimValue, q, f));
		}
	});
});
