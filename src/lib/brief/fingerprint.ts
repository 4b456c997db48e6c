// A brief's fingerprint: the first 10 hex characters of SHA-256 over exactly the figures it uses,
// serialised canonically (one "id|vintage|value" line per figure, sorted), so it does not depend
// on display order and changes when any figure, vintage or the set of figures changes.
import { sha256Hex } from './sha256';

export type FingerprintInput = {
	id: string;
	vintage: string;
	value: number | null;
	value_flag?: string;
};

export function canonicalFigures(figures: readonly FingerprintInput[]): string {
	const lines = figures.map(
		(f) =>
			`${f.id}|${f.vintage}|${f.value === null ? `flag:${f.value_flag ?? ''}` : String(f.value)}`
	);
	return [...new Set(lines)].sort().join('\n');
}

export function fingerprint(figures: readonly FingerprintInput[]): string {
	return sha256Hex(canonicalFigures(figures)).slice(0, 10);
}
