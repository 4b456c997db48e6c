// Turns the pieces found for one figure into a claims-CSV row, with a confidence and reasons.
import type { ClaimMeasure } from '../schema/vocabulary';
import type { FigureMatch } from './numbers';
import type { Qualifier } from './qualifiers';
import { UNIT_OF } from './measure';
import type { ClaimRow, Confidence } from './types';

export type Pieces = {
	id: string;
	documentId: string;
	figure: FigureMatch;
	measure: ClaimMeasure;
	negative: boolean;
	scopeAsStated: string;
	scopeCode: string;
	geography: string;
	periodStart: string;
	periodEnd: string;
	qualifier: Qualifier;
	attributedTo: string;
	notes: string[];
	/** How many choices rest on a fallback or an assumption. */
	weak: number;
};

/** A plain decimal string: no exponent, no float noise. */
export function plain(n: number): string {
	const s = String(Math.round(n * 1e6) / 1e6);
	return /e/i.test(s) ? n.toFixed(0) : s;
}

export function confidenceOf(weak: number): Confidence {
	return weak === 0 ? 'high' : weak === 1 ? 'medium' : 'low';
}

export function assembleRow(p: Pieces): ClaimRow {
	const sign = p.negative ? -1 : 1;
	const f = p.figure;
	let value = '';
	let low = '';
	let high = '';
	if (f.isRange && f.low !== null && f.high !== null) {
		const a = f.low * sign;
		const b = f.high * sign;
		low = plain(Math.min(a, b));
		high = plain(Math.max(a, b));
	} else if (f.value !== null) value = plain(f.value * sign);
	const note = p.notes.join('; ');
	return {
		id: p.id,
		document_id: p.documentId,
		measure: p.measure,
		scope_as_stated: p.scopeAsStated.slice(0, 300),
		scope_code: p.scopeCode,
		geography: p.geography,
		period_start: p.periodStart,
		period_end: p.periodEnd,
		value,
		value_low: low,
		value_high: high,
		unit:
			UNIT_OF[p.measure] ??
			(f.kind === 'percent'
				? 'percent'
				: f.kind === 'money'
					? f.hourly
						? 'USD per hour'
						: 'USD per year'
					: 'persons'),
		qualifier: p.qualifier,
		attributed_to: p.attributedTo.slice(0, 200),
		note: note.length > 500 ? `${note.slice(0, 497)}...` : note
	};
}
