import { describe, expect, it } from 'vitest';
import { documentDateText, documentOf, statedValueText } from '$lib/claims/describe';
import { signedDifference, whyItDiffers } from '$lib/claims/differences';
import { entry, figureRecord } from './fixtures';

describe('claim wording', () => {
	it('states values in the claim’s own terms', () => {
		expect(statedValueText(entry().record)).toBe('about 16,800');
		expect(
			statedValueText(
				entry({ qualifier: 'range', stated: { low: 5, high: 7 }, unit: 'percent' }).record
			)
		).toBe('5%–7%');
		expect(
			statedValueText(entry({ qualifier: 'up_to', stated: { value: 60 }, unit: 'percent' }).record)
		).toBe('up to 60%');
		expect(
			statedValueText(
				entry({ qualifier: 'at_least', stated: { value: 102390 }, unit: 'USD per year' }).record
			)
		).toBe('at least $102,390');
	});
	it('dates documents as stated, inferred or undated', () => {
		expect(documentDateText({ kind: 'stated', date: '2017-05-03' })).toBe('2017-05-03');
		expect(documentDateText({ kind: 'unknown' })).toBe('undated');
		expect(documentDateText(entry().record.document_date)).toMatch(/^undated; it cites EP 2024-34/);
	});
	it('copes with a document missing from sources.csv', () => {
		expect(documentOf(entry({ document: { id: 'doc:gone' } }).record)).toEqual({
			id: 'doc:gone',
			publisher: '',
			title: 'doc:gone',
			url: '',
			published: null
		});
	});
});

describe('why they differ', () => {
	it('leads with what the number really is, and adds what the newer vintage says', () => {
		const b = whyItDiffers(entry().record);
		expect(b.lead).toEqual([
			'16,800 = EP 2022-32 for Clinical laboratory technologists and technicians (29-2010)'
		]);
		expect(b.lines).toEqual([
			{
				kind: 'scope',
				label: 'Scope',
				text: 'stated as medical technician job outlook; the figure is for Clinical laboratory technologists and technicians (29-2010)'
			},
			{
				kind: 'vintage',
				label: 'Vintage',
				text: 'uses EP 2022-32; EP 2024-34 was available; EP 2024-34 gives 6,000'
			}
		]);
	});
	it('describes a nearest figure with the signed gap', () => {
		const r = entry({
			matched_figures: [figureRecord({ role: 'nearest', value: 19800, difference: 1200 })],
			differences: []
		}).record;
		expect(whyItDiffers(r).lead).toEqual([
			'Nearest published: 19,800, EP 2022-32 for Clinical laboratory technologists and technicians (29-2010); the claim is +1,200 off'
		]);
	});
	it('signs differences in the figure’s unit', () => {
		expect(signedDifference(-1600, 'USD per year')).toBe('−$1,600');
		expect(signedDifference(0.7, 'percent')).toBe('+0.7 pts');
		expect(signedDifference(22100, 'openings (decade total)')).toBe('+22,100');
	});
});
