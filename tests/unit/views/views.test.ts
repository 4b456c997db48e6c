// View builders against the real shipped data in data/.
import { describe, expect, it } from 'vitest';
import { ledgerIndex } from '$lib/server/ledgerIndex';
import { buildOccupationView, occupationCodes } from '$lib/server/payloads/occupation';
import { buildHomeView } from '$lib/server/payloads/home';
import { buildOccupationsView } from '$lib/server/payloads/occupations';
import { buildGroupView, groupCodes } from '$lib/server/payloads/group';
import { buildRetirementView } from '$lib/server/payloads/retirement';
import { FEATURED_SOC } from '$lib/config';
import { isEp } from '$lib/core/vintage';

const index = ledgerIndex();

describe('occupation view', () => {
	const v = buildOccupationView(index, '29-2010')!;

	it('has the EP vintages 2012-22 … 2024-34 and only its own figures', () => {
		const eps = [
			...new Set(
				v.figures
					.filter(
						(f) =>
							f.measure === 'employment_change_pct' &&
							isEp(f.vintage) &&
							f.vintage.startsWith('EP ')
					)
					.map((f) => f.vintage)
			)
		];
		expect(eps).toContain('EP 2024-34');
		expect(eps.at(-1)).toBe('EP 2024-34');
		expect(v.figures.every((f) => f.soc_code === '29-2010')).toBe(true);
		expect(v.allGrowth.every((f) => f.soc_code === '00-0000')).toBe(true);
	});

	it('leads with growth 1.7 from EP 2024-34 and the May 2025 median of 62930', () => {
		const [growth, , wage] = v.headlines;
		expect(growth?.figure?.value).toBe(1.7);
		expect(growth?.figure?.vintage).toBe('EP 2024-34');
		expect(wage?.figure?.value).toBe(62930);
		expect(wage?.figure?.vintage).toBe('OEWS May 2025');
	});

	it('ships only the sources its figures and claims use', () => {
		const used = new Set([...v.figures, ...v.allGrowth].map((f) => f.source_id));
		for (const c of v.checks) used.add(c.claim.document_id);
		expect(v.provenance.sources.map((s) => s.source_id).sort()).toEqual([...used].sort());
	});

	it('ships claims as list items: verdicts, explanation and wording, not the matched figures', () => {
		expect(v.checks.length).toBeGreaterThan(0);
		for (const c of v.checks)
			expect(Object.keys(c).sort()).toEqual([
				'claim',
				'document',
				'explanation',
				'label',
				'span',
				'verdicts'
			]);
		const range = v.checks.find((c) => c.claim.id === 'bh:2026-growth-range');
		expect(range?.label).toBe('Projected growth (%) 5%–7%');
		expect(range?.span).toBe('2022–32');
	});

	it('prerenders the state-wage table a reader without JavaScript sees instead of the map', () => {
		expect(v.stateTable).not.toBeNull();
		const rows = v.stateTable!.table.rows;
		expect(rows.length).toBeGreaterThan(40);
		expect(new Set(rows.map((r) => r.header)).size).toBe(rows.length);
		expect(v.stateTable!.credits.length).toBeGreaterThan(0);
	});

	it('returns null for an unknown code', () => {
		expect(buildOccupationView(index, '99-9999')).toBeNull();
	});

	it('prerenders every occupations.csv code', () => {
		expect(occupationCodes(index)).toHaveLength(index.ledger.occupations.length);
	});
});

describe('home view', () => {
	it('is built from the configured featured occupation only', () => {
		const h = buildHomeView(index);
		expect(h.soc).toBe(FEATURED_SOC);
		expect(h.headlines.map((x) => x.measure)).toEqual([
			'employment_change_pct',
			'annual_openings',
			'median_annual_wage'
		]);
		for (const x of h.headlines) expect(x.claimsHref).toMatch(/^\/claims\?occupation=.+&measure=/);
		expect(h.retirement.range).not.toBeNull();
		expect(h.retirement.range!.low.value!).toBeLessThanOrEqual(h.retirement.range!.high.value!);
	});
});

describe('occupations table', () => {
	const t = buildOccupationsView(index);
	it('lists the newest EP vintage line items with the latest OEWS May median', () => {
		expect(t.epVintage).toBe('EP 2024-34');
		expect(t.wageVintage).toBe('OEWS May 2025');
		const row = t.rows.find((r) => r.soc === '29-2010');
		expect(row).toMatchObject({ growth: 1.7, wage: 62930 });
		expect(t.rows.some((r) => r.soc.endsWith('-0000'))).toBe(false);
	});
});

describe('group view', () => {
	it('has HC with computed totals and their derivation', () => {
		expect(groupCodes(index)).toContain('HC');
		const g = buildGroupView(index, 'HC')!;
		expect(g.prefixes).toEqual(['29', '31']);
		expect(g.figures.some((f) => f.derivation !== '')).toBe(true);
		expect(g.members.every((m) => m.soc.startsWith('29-') || m.soc.startsWith('31-'))).toBe(true);
	});
});

describe('retirement view', () => {
	it('holds survey figures and retirement claims only', () => {
		const r = buildRetirementView(index);
		expect(r.figures.length).toBeGreaterThan(0);
		expect(r.figures.every((f) => f.soc_code === '')).toBe(true);
		expect(r.checks.every((c) => c.claim.measure.includes('retir'))).toBe(true);
	});
});
