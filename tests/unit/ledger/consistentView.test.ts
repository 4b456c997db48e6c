import { describe, expect, it } from 'vitest';
import { consistentView } from '../../../src/lib/core/ledger/consistentView';
import type { Figure } from '../../../src/lib/core/schema/figure';
import type { Source } from '../../../src/lib/core/schema/source';
import { figure as growthFigure } from './verdictFixtures';

const source = (source_id: string, kind: Source['kind']): Source => ({
	source_id,
	kind,
	publisher: 'p',
	title: 't',
	url: 'https://example.org/',
	published: '',
	vintage: 'EP 2022-32',
	original_publisher: '',
	original_title: '',
	original_url: '',
	note: ''
});
const figure = (id: string, value: number, source_id: string, extra: Partial<Figure> = {}) =>
	growthFigure(id, value, { source_id, ...extra });
const sources = [
	source('ooh', 'official'),
	source('copy', 'reproduction'),
	source('survey', 'survey')
];

describe('the consistent view', () => {
	it('prefers the unrounded table value over the rounded official display of the same statistic, keeping both', () => {
		const view = consistentView(
			[figure('ooh-5', 5, 'ooh', { qualifier: 'rounded' }), figure('table-4.9', 4.9, 'copy')],
			sources
		);
		const choice = [...view.values()][0]!;
		expect(choice.preferred.id).toBe('table-4.9');
		expect(choice.alternatives.map((f) => f.id)).toEqual(['ooh-5']);
	});
	it('prefers official over a reproduction of equal precision, and published over computed', () => {
		const view = consistentView(
			[
				figure('copy', 4.9, 'copy'),
				figure('computed', 4.9, 'ooh', { derivation: 'sum' }),
				figure('official', 4.9, 'ooh')
			],
			sources
		);
		expect([...view.values()][0]!.preferred.id).toBe('official');
		expect([...view.values()][0]!.alternatives.map((f) => f.id)).toEqual(['computed', 'copy']);
	});
	it('keeps different periods apart, one choice per key', () => {
		const view = consistentView(
			[
				figure('a', 4.9, 'copy'),
				figure('b', 5.3, 'copy', {
					period_start: '2023',
					period_end: '2033',
					vintage: 'EP 2023-33'
				})
			],
			sources
		);
		expect(view.size).toBe(2);
	});
});
