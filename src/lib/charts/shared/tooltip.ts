// Tooltips for figures: the same text is shown on hover, on focus and read as the aria-label.
import type { Figure } from '$lib/core/schema/figure';
import type { Source } from '$lib/core/schema/source';
import { formatValue, unitLabel } from '$lib/core/format/number';
import { formatPeriod, formatSpan } from '$lib/core/format/period';
import type { Tooltip } from './types';

export function sourceName(source: Source | undefined, fallbackId: string): string {
	return source ? `${source.publisher}, ${source.title}` : `source ${fallbackId}`;
}

/** The value as shown: a number in its unit, or what the flag says instead of a number. */
export function figureValueText(f: Figure): string {
	if (f.value !== null)
		return `${f.qualifier === 'about' ? 'about ' : ''}${formatValue(f.value, f.unit)}`;
	if (f.value_flag === 'top_coded')
		return f.value_bound !== null
			? `≥ ${formatValue(f.value_bound, f.unit)} (top-coded)`
			: '≥ top code (top-coded)';
	return 'not available';
}

/** Period as published: "May 2024", "2028", or a span "2024–34". */
export function figurePeriod(f: Figure): string {
	return f.period_start === f.period_end
		? formatPeriod(f.period_start)
		: formatSpan(f.period_start, f.period_end);
}

export function figureTooltip(
	f: Figure,
	source: Source | undefined,
	label: string,
	extra: string[] = []
): Tooltip {
	const notes = [...extra];
	if (f.derivation !== '') notes.push(`Computed: ${f.derivation}`);
	if (f.qualifier === 'rounded') notes.push('Published rounded');
	if (f.comparability === 'not_comparable') notes.push('Not comparable with later vintages');
	if (f.note !== '') notes.push(f.note);
	return {
		label,
		value: figureValueText(f),
		unit: f.unit,
		period: figurePeriod(f),
		vintage: f.vintage,
		source: sourceName(source, f.source_id),
		notes
	};
}

/** One line for screen readers, with everything the visual tooltip shows. */
export function tooltipText(t: Tooltip): string {
	const head = [t.label, `${t.value} ${unitLabel(t.unit)}`.trim(), t.period, t.vintage]
		.filter((s) => s !== '')
		.join(', ');
	return [head, `Source: ${t.source}`, ...t.notes].join('. ');
}
