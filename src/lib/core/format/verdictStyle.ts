// One colour and one shape per verdict, used by every chart and legend.
import { OKABE_ITO } from './palette';
import type { MarkerShape } from './palette';
import { VERDICT_LABELS, type Verdict } from '$lib/core/ledger/types';

export type VerdictStyle = { color: string; shape: MarkerShape; label: string };

export const VERDICT_STYLE: Record<Verdict, VerdictStyle> = {
	confirmed: { color: OKABE_ITO.green, shape: 'circle', label: VERDICT_LABELS.confirmed },
	outdated: { color: OKABE_ITO.orange, shape: 'triangle', label: VERDICT_LABELS.outdated },
	wrong_period: {
		color: OKABE_ITO.vermillion,
		shape: 'diamond',
		label: VERDICT_LABELS.wrong_period
	},
	wrong_scope: { color: OKABE_ITO.purple, shape: 'square', label: VERDICT_LABELS.wrong_scope },
	mixed_vintages: { color: OKABE_ITO.blue, shape: 'star', label: VERDICT_LABELS.mixed_vintages },
	no_match: { color: OKABE_ITO.black, shape: 'cross', label: VERDICT_LABELS.no_match },
	unsourced: { color: '#6b6b6b', shape: 'wye', label: VERDICT_LABELS.unsourced }
};

/** Style for a claim with no verdict yet. */
export const UNCHECKED_STYLE: VerdictStyle = {
	color: '#6b6b6b',
	shape: 'triangleDown',
	label: 'Not checked'
};

export function verdictStyle(verdict: Verdict | null | undefined): VerdictStyle {
	return verdict ? VERDICT_STYLE[verdict] : UNCHECKED_STYLE;
}
