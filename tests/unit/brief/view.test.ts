// The brief payload built from the shipped data: mapping, pinning, fingerprint consistency, size.
import { describe, expect, it } from 'vitest';
import {
	briefCips,
	briefIndex,
	buildBriefView,
	buildCodeData
} from '../../../src/lib/server/payloads/brief';
import { selectBrief } from '../../../src/lib/brief/select';

const full = (cip: string) => {
	const p = buildBriefView(cip)!;
	const codes = [
		...new Set([...p.mapping.filter((m) => m.kind !== 'none').map((m) => m.uses), '00-0000'])
	];
	return { ...p, figures: codes.flatMap((c) => buildCodeData(c)?.figures ?? []) };
};

describe('brief view on the shipped data', () => {
	it(
		'prerenders every program whose occupations have EP figures, with small payloads',
		{ timeout: 300_000 },
		() => {
			const b = briefIndex();
			const cips = briefCips(b);
			expect(cips.length).toBeGreaterThan(1500);
			expect(cips.find((c) => c.cip === '51.1004')?.title).toBe(
				'Clinical/Medical Laboratory Technician.'
			);
			for (const cip of ['51.1004', '11.0701', '51.3801'])
				expect(JSON.stringify(buildBriefView(cip, b)).length).toBeLessThan(80_000);
		}
	);

	it('maps 51.1004 to the combined 29-2010, most specific code first, and keeps 25-1071', () => {
		const v = buildBriefView('51.1004')!;
		expect(v.mapping.map((m) => [m.soc, m.kind, m.uses])).toEqual([
			['29-2012', 'combined', '29-2010'],
			['25-1071', 'direct', '25-1071']
		]);
	});

	it('gives the same figures and fingerprint from the page payload as from the full per-code data', () => {
		const page = buildBriefView('51.1004')!;
		const socs = page.mapping.map((m) => m.soc);
		const a = selectBrief(page, socs, null, null);
		const b = selectBrief(full('51.1004'), socs, null, null);
		expect(a.fingerprint).toBe(b.fingerprint);
		expect(a.ep).toBe('EP 2024-34');
		expect(a.lines[0]).toMatchObject({ uses: '29-2010', combined: true });
		expect(a.lines[0]!.openings?.value).toBe(22600);
		expect(a.lines[0]!.median?.value).toBe(62930);
	});

	it('says what changed when pinned to an older vintage', () => {
		const payload = full('51.1004');
		const m = selectBrief(payload, ['29-2012'], 'EP 2023-33', null);
		expect(m.pinned).toBe(true);
		expect(m.newer.ep).toBe('EP 2024-34');
		expect(m.lines[0]!.openings?.value).toBe(24200);
		expect(m.newer.changes.find((c) => c.label.includes('annual openings'))).toMatchObject({
			from: '24,200',
			to: '22,600'
		});
		expect(m.fingerprint).not.toBe(selectBrief(payload, ['29-2012'], null, null).fingerprint);
	});

	it('lists failing claims with the figure to use, and only sourced supply rows', () => {
		const v = buildBriefView('51.1004')!;
		expect(v.failing.length).toBeGreaterThan(0);
		expect(v.failing.every((f) => f.verdict !== 'confirmed')).toBe(true);
		// Interleaved by measure, headline measures first, so the printed rows are not all one kind.
		expect(v.failing.slice(0, 3).map((f) => f.measure)).toEqual([
			'employment_change_pct',
			'annual_openings',
			'median_annual_wage'
		]);
		expect(v.failing.filter((f) => f.correct).every((f) => f.correct!.measure === f.measure)).toBe(
			true
		);
		expect(v.supply.every((s) => s.kind !== 'awards' && s.source_id.startsWith('supply:'))).toBe(
			true
		);
		expect(buildBriefView('11.0701')!.surveys).toEqual([]);
	});
});
