// A figure's value as words, honest about cells that hold no plain number.
import type { Figure } from '$lib/core/schema/figure';
import { formatValue } from '$lib/core/format/number';
import { formatSpan } from '$lib/core/format/period';
import type { Provenance } from './types';

export function figureValueText(
	f: Pick<Figure, 'value' | 'value_flag' | 'value_bound' | 'unit' | 'qualifier'>
): string {
	if (f.value !== null)
		return `${f.qualifier === 'about' ? 'about ' : ''}${formatValue(f.value, f.unit)}`;
	if (f.value_flag === 'top_coded')
		return f.value_bound !== null
			? `at least ${formatValue(f.value_bound, f.unit)} (top-coded)`
			: 'top-coded (not published)';
	return 'not available';
}

export function figurePeriodText(f: Pick<Figure, 'period_start' | 'period_end'>): string {
	return formatSpan(f.period_start, f.period_end);
}

/** "released 2025-08-28", or the honest "release date not sourced". */
export function releaseText(vintage: string, provenance: Provenance): string {
	const r = provenance.releases[vintage];
	return r ? `released ${r}` : 'release date not sourced';
}

export function sourceOf(f: Pick<Figure, 'source_id'>, provenance: Provenance) {
	return provenance.sources.find((s) => s.source_id === f.source_id) ?? null;
}
