import { describe as group, expect, it } from 'vitest';
import { claimsOverlay, claimValueText } from '$lib/charts/shared/claimsOverlay';
import { claimHref } from '$lib/core/format/claimHref';
import { VERDICT_STYLE } from '$lib/core/format/verdictStyle';
import { check, claim } from './fixtures';

const opts = {
	measures: ['employment'],
	scopeCodes: ['29-2010'],
	orientation: 'vertical' as const,
	value: (v: number) => 500 - v,
	place: () => 100
};

group('claimsOverlay', () => {
	it('draws only claims whose measure and scope match the chart', () => {
		const layer = claimsOverlay(
			[
				check(claim({ id: 'a', measure: 'employment', value: 300 })),
				check(claim({ id: 'b', measure: 'annual_openings', value: 300 })),
				check(claim({ id: 'c', measure: 'employment', scope_code: '29-0000', value: 300 }))
			],
			opts
		);
		expect(layer.marks.map((m) => m.id)).toEqual(['a']);
	});

	it('colours and shapes a claim by its first verdict and links to its entry', () => {
		const [m] = claimsOverlay(
			[
				check(
					claim({ id: 'a', measure: 'employment', value: 300 }),
					['outdated', 'confirmed'],
					'A newer vintage exists.'
				)
			],
			opts
		).marks;
		expect(m).toMatchObject({
			x: 100,
			y: 200,
			verdict: 'outdated',
			color: VERDICT_STYLE.outdated.color,
			shape: 'triangle',
			href: '/claims#a',
			path: null
		});
		expect(m!.tooltip.notes).toEqual([
			'Verdict: Outdated, Confirmed',
			'A newer vintage exists.',
			'Attributed to: BLS'
		]);
	});

	it('draws a range as a span between its ends, centred between them', () => {
		const [m] = claimsOverlay(
			[
				check(
					claim({
						id: 'r',
						measure: 'employment',
						qualifier: 'range',
						value_low: 100,
						value_high: 300
					})
				)
			],
			opts
		).marks;
		expect(m!.kind).toBe('range');
		expect(m!.y).toBe(300);
		expect(m!.path).toBe('M95,400H105M100,400V200M95,200H105');
	});

	it('points an up-to arrow towards lower values and an at-least arrow towards higher ones', () => {
		const up = claimsOverlay(
			[check(claim({ id: 'u', measure: 'employment', qualifier: 'up_to', value: 300 }))],
			opts
		).marks[0]!;
		const least = claimsOverlay(
			[check(claim({ id: 'l', measure: 'employment', qualifier: 'at_least', value: 300 }))],
			opts
		).marks[0]!;
		expect(up.path).toMatch(/^M100,200V214/); // down the screen = lower value
		expect(least.path).toMatch(/^M100,200V186/);
		expect(up.hollow && least.hollow).toBe(true);
	});

	it('states the value in the claim’s own terms', () => {
		expect(
			claimValueText(
				claim({
					id: 'x',
					measure: 'employment',
					qualifier: 'range',
					value_low: 2,
					value_high: 4,
					unit: 'percent'
				})
			)
		).toBe('2%–4%');
		expect(
			claimValueText(claim({ id: 'x', measure: 'employment', qualifier: 'up_to', value: 5000 }))
		).toBe('up to 5,000');
	});

	it('builds claim links with a function, encoding the id', () => {
		expect(claimHref('c 1')).toBe('/claims#c%201');
		expect(claimHref('c1', '/ledger')).toBe('/ledger/claims#c1');
	});

	it('reports claims it cannot place instead of dropping them silently', () => {
		const layer = claimsOverlay([check(claim({ id: 'n', measure: 'employment', value: 1 }))], {
			...opts,
			place: () => 'the claim states no year'
		});
		expect(layer.unplaced).toEqual([
			{ id: 'n', href: '/claims#n', reason: 'the claim states no year' }
		]);
	});
});
