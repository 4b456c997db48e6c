// A brief figure back to a full Figure for the shared chart components (US, as published).
import type { Figure } from '$lib/core/schema/figure';
import type { BriefFigure } from './types';

export function toFigure(f: BriefFigure, occupation: string): Figure {
	return {
		...f,
		occupation,
		geography: 'US',
		value_bound: null,
		qualifier: 'exact',
		comparability: 'comparable',
		derivation: f.computed ? 'Sum of the published line items (computed by Labor Ledger).' : '',
		note: ''
	};
}
