import { describe, expect, it } from 'vitest';
import { asOfStatus, latestDay, visibleAsOf } from '$lib/pages/asof';

const releases = {
	'EP 2023-33': '2024-08-29',
	'OOH 2012-13 (EP 2010-20)': '2012',
	'OEWS May 2022': '2023-04'
};

describe('as-of filter', () => {
	it('reads partial dates as their last day', () => {
		expect(latestDay('2012')).toBe('2012-12-31');
		expect(latestDay('2024-02')).toBe('2024-02-29');
		expect(latestDay('2023-02')).toBe('2023-02-28');
	});
	it('shows a release only once it was surely out', () => {
		expect(
			asOfStatus({ vintage: 'EP 2023-33', period_start: '2023' }, releases, '2024-08-28')
		).toBe('not_yet');
		expect(
			asOfStatus({ vintage: 'EP 2023-33', period_start: '2023' }, releases, '2024-08-29')
		).toBe('published');
		expect(
			asOfStatus(
				{ vintage: 'OOH 2012-13 (EP 2010-20)', period_start: '2010' },
				releases,
				'2012-06-01'
			)
		).toBe('not_yet');
		expect(
			asOfStatus({ vintage: 'OEWS May 2022', period_start: '2022-05' }, releases, '2023-04-30')
		).toBe('published');
	});
	it('keeps an unsourced vintage, unless its period had not begun', () => {
		expect(
			asOfStatus({ vintage: 'EP 2024-34', period_start: '2024' }, releases, '2025-01-01')
		).toBe('unsourced');
		expect(
			asOfStatus({ vintage: 'EP 2024-34', period_start: '2024' }, releases, '2023-12-31')
		).toBe('not_yet');
		expect(
			visibleAsOf([{ vintage: 'EP 2024-34', period_start: '2024' }], releases, null)
		).toHaveLength(1);
	});
});
