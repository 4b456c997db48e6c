import { describe as group, expect, it } from 'vitest';
import { formatPeriod, formatSpan } from '$lib/core/format/period';
import { formatValue } from '$lib/core/format/number';
import { VERDICT_STYLE } from '$lib/core/format/verdictStyle';
import { VERDICTS } from '$lib/core/ledger/types';
import { sourceLine } from '$lib/core/format/sourceLine';
import { EMPLOYMENT, SOURCES, fig } from './fixtures';

group('formatting', () => {
	it('formats OEWS periods as "May 2024" and projection spans as "2024–34"', () => {
		expect(formatPeriod('2024-05')).toBe('May 2024');
		expect(formatPeriod('2024')).toBe('2024');
		expect(formatSpan('2024', '2034')).toBe('2024–34');
		expect(formatSpan('1999', '2009')).toBe('1999–2009');
	});

	it('formats values in their unit', () => {
		expect(formatValue(351200, 'persons')).toBe('351,200');
		expect(formatValue(4.9, 'percent')).toBe('4.9%');
		expect(formatValue(61890, 'USD per year')).toBe('$61,890');
		expect(formatValue(29.76, 'USD per hour')).toBe('$29.76');
	});

	it('gives every verdict a distinct colour and a distinct shape', () => {
		const styles = VERDICTS.map((v) => VERDICT_STYLE[v]);
		expect(new Set(styles.map((s) => s.color)).size).toBe(VERDICTS.length);
		expect(new Set(styles.map((s) => s.shape)).size).toBe(VERDICTS.length);
	});

	it('credits each source once with its vintages, linking only http(s) URLs', () => {
		const credits = sourceLine(
			[
				...EMPLOYMENT,
				fig({
					id: 'x',
					measure: 'employment',
					vintage: 'EP 2024-34',
					period_start: '2024',
					value: 1,
					source_id: 'ooh'
				})
			],
			SOURCES
		);
		expect(credits).toHaveLength(2);
		expect(credits[0]!.vintages).toEqual(['EP 2018-28', 'EP 2019-29', 'EP 2022-32', 'EP 2024-34']);
		expect(credits[0]!.href).toMatch(/^https:\/\/www\.bls\.gov\//);
		expect(credits[1]!.href).toBeNull(); // the fixture's javascript: URL
	});
});
