// Cells that hold a publisher's marker instead of a number. Flags stay flags: a marker is
// never turned into a number, except that a stated ">=N" bound is kept as value_bound.
import { parseDecimal } from './parseDecimal';

export type Marker = { flag: 'top_coded' | 'not_available'; bound: string; marker: string };

/** The marker in a non-numeric cell, or null when the cell is not a known marker. */
export function parseMarker(raw: string): Marker | null {
	const s = raw.trim();
	if (s === '#') return { flag: 'top_coded', bound: '', marker: '#' };
	const bound = /^>=\s*\$?(.+)$/.exec(s);
	if (bound) {
		const n = parseDecimal(bound[1]!);
		if (n !== null) return { flag: 'top_coded', bound: n, marker: s };
	}
	if (s === '*' || s === '**' || s === '***' || s === 'N/A' || s === '—')
		return { flag: 'not_available', bound: '', marker: s };
	return null;
}
