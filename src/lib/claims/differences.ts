// "Why they differ": the reconciliation's differences as a short labelled list, led by what the
// number really is (e.g. "16,800 = EP 2022-32 for Clinical laboratory technologists and technicians (29-2010)").
import type { CheckRecord } from '$lib/core/ledger/checkToRecord';
import type { Difference } from '$lib/core/ledger/types';
import { formatPoints, formatValue } from '$lib/core/format/number';
import { figureScopeText, figureValueText, type MatchedFigureRecord } from './describe';

export const DIFFERENCE_LABELS: Record<Difference['kind'], string> = {
	period: 'Period',
	scope: 'Scope',
	vintage: 'Vintage',
	rounding: 'Rounding',
	measure: 'Measure'
};

export type DifferenceLine = { kind: Difference['kind']; label: string; text: string };
export type Breakdown = { lead: string[]; lines: DifferenceLine[] };

/** Claim minus figure in the figure's unit: "+1,200", "−$1,600", "+0.7 pts". */
export function signedDifference(diff: number, unit: string): string {
	if (unit === 'percent') return formatPoints(diff);
	const sign = diff > 0 ? '+' : diff < 0 ? '−' : '±';
	return `${sign}${formatValue(Math.abs(diff), unit)}`;
}

function leadLine(f: MatchedFigureRecord): string {
	const where = `${f.vintage} for ${figureScopeText(f)}`;
	if (f.role === 'match') return `${figureValueText(f)} = ${where}`;
	const off =
		f.difference !== null && f.difference !== 0
			? `; the claim is ${signedDifference(f.difference, f.unit)} off`
			: '';
	return `Nearest published: ${figureValueText(f)}, ${where}${off}`;
}

/** What the newer vintages say, for the vintage line: "EP 2024-34 gives 6,000". */
function newerText(figures: readonly MatchedFigureRecord[]): string {
	return figures
		.filter((f) => f.role === 'newer')
		.map((f) => `${f.vintage} gives ${figureValueText(f)}`)
		.join('; ');
}

export function whyItDiffers(r: CheckRecord): Breakdown {
	const lead = r.matched_figures
		.filter((f) => f.role === 'match' || f.role === 'nearest')
		.map(leadLine);
	const newer = newerText(r.matched_figures);
	const lines = r.differences.map((d): DifferenceLine => {
		const addNewer = d.kind === 'vintage' && newer !== '' && !d.text.includes(newer);
		return {
			kind: d.kind,
			label: DIFFERENCE_LABELS[d.kind],
			text: addNewer ? `${d.text}; ${newer}` : d.text
		};
	});
	return { lead: [...new Set(lead)], lines };
}
