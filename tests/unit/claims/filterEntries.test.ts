import { describe, expect, it } from 'vitest';
import {
	applyView,
	concernsOccupation,
	matchesQuery,
	normalizeText,
	searchableText
} from '$lib/claims/filterEntries';
import { sortEntries, verdictRank } from '$lib/claims/sortEntries';
import { DEFAULT_VIEW } from '$lib/claims/types';
import { entry, figureRecord } from './fixtures';

const outdated = entry();
const confirmed = entry({
	id: 'ref:C-F105',
	verdicts: ['confirmed'],
	measure: 'employment',
	stated: { value: 351200 },
	qualifier: 'exact',
	scope: { as_stated: 'clinical laboratory technologists and technicians', code: '29-2010' },
	document: {
		id: 'doc:other',
		publisher: 'Acme Careers',
		title: 'Lab jobs',
		url: 'https://acme.example/',
		published: '2024-01-02'
	},
	differences: [],
	explanation: 'Matches EP 2024-34: 351,200.'
});
const range = entry({
	id: 'bh:2026-growth-range',
	verdicts: ['wrong_period', 'wrong_scope'],
	measure: 'employment_change_pct',
	stated: { low: 5, high: 7 },
	qualifier: 'range',
	unit: 'percent',
	matched_figures: [
		figureRecord({ role: 'nearest', occupation_code: '00-0000', occupation: 'All occupations' })
	]
});
const unsourced = entry({
	id: 'bh:2026-decision-share',
	verdicts: ['unsourced'],
	measure: 'share_decisions_influenced_by_lab',
	stated: { value: 70 },
	unit: 'percent',
	scope: { as_stated: 'medical technicians', code: null },
	matched_figures: [],
	differences: [],
	explanation: 'No official or survey series measures this.'
});
const all = [confirmed, outdated, range, unsourced];
const ids = (xs: { record: { id: string } }[]) => xs.map((x) => x.record.id);

describe('search', () => {
	it('normalises case, accents and spaces', () => {
		expect(normalizeText('  Café   TECHNICIANS ')).toBe('cafe technicians');
	});
	it('needs every word somewhere in the entry', () => {
		const h = searchableText(outdated);
		expect(matchesQuery(h, 'beacon technician')).toBe(true);
		expect(matchesQuery(h, 'Technologists 29-2010')).toBe(true);
		expect(matchesQuery(h, 'beacon nurse')).toBe(false);
		expect(matchesQuery(h, '   ')).toBe(true);
	});
	it('looks in scope, document, explanation and differences', () => {
		expect(ids(applyView(all, { ...DEFAULT_VIEW, q: 'acme' }))).toEqual(['ref:C-F105']);
		expect(ids(applyView(all, { ...DEFAULT_VIEW, q: 'was available' }))).toEqual([
			'bh:2026-growth-range',
			'bh:2026-new-positions'
		]);
		expect(ids(applyView(all, { ...DEFAULT_VIEW, q: 'no official' }))).toEqual([
			'bh:2026-decision-share'
		]);
	});
});

describe('filters', () => {
	it('verdict matches any of a claim’s verdicts, not only the headline', () => {
		expect(ids(applyView(all, { ...DEFAULT_VIEW, verdict: 'wrong_scope' }))).toEqual([
			'bh:2026-growth-range',
			'bh:2026-new-positions'
		]);
		expect(ids(applyView(all, { ...DEFAULT_VIEW, verdict: 'confirmed' }))).toEqual(['ref:C-F105']);
	});
	it('document and measure are exact', () => {
		expect(ids(applyView(all, { ...DEFAULT_VIEW, document: 'doc:other' }))).toEqual(['ref:C-F105']);
		expect(ids(applyView(all, { ...DEFAULT_VIEW, measure: 'employment_change_pct' }))).toEqual([
			'bh:2026-growth-range'
		]);
	});
	it('occupation takes the stated code or a matched/nearest figure’s code, never a newer/context one', () => {
		expect(concernsOccupation(outdated, '29-2012')).toBe(true);
		expect(concernsOccupation(outdated, '29-2010')).toBe(true);
		expect(concernsOccupation(range, '00-0000')).toBe(true);
		const onlyNewer = entry({
			matched_figures: [figureRecord({ role: 'newer', occupation_code: '99-9999' })]
		});
		expect(concernsOccupation(onlyNewer, '99-9999')).toBe(false);
	});
	it('filters combine (AND)', () => {
		expect(
			ids(
				applyView(all, {
					...DEFAULT_VIEW,
					verdict: 'wrong_scope',
					measure: 'employment_change_num',
					q: 'beacon'
				})
			)
		).toEqual(['bh:2026-new-positions']);
		expect(
			applyView(all, { ...DEFAULT_VIEW, verdict: 'confirmed', document: 'doc:beacon' })
		).toEqual([]);
	});
});

describe('sort', () => {
	it('by verdict precedence: unsourced first, confirmed last, ties by id', () => {
		expect(verdictRank(unsourced)).toBe(0);
		expect(ids(sortEntries(all, 'verdict'))).toEqual([
			'bh:2026-decision-share',
			'bh:2026-growth-range',
			'bh:2026-new-positions',
			'ref:C-F105'
		]);
	});
	it('by document publisher and title', () => {
		expect(ids(sortEntries(all, 'document'))[0]).toBe('ref:C-F105');
	});
	it('by measure label', () => {
		expect(ids(sortEntries(all, 'measure'))).toEqual([
			'ref:C-F105',
			'bh:2026-new-positions',
			'bh:2026-growth-range',
			'bh:2026-decision-share'
		]);
	});
	it('by stated value, a range by its low end', () => {
		expect(ids(sortEntries(all, 'value'))).toEqual([
			'bh:2026-growth-range',
			'bh:2026-decision-share',
			'bh:2026-new-positions',
			'ref:C-F105'
		]);
	});
	it('does not mutate its input', () => {
		const copy = [...all];
		sortEntries(all, 'value');
		expect(all).toEqual(copy);
	});
});
