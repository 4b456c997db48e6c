// File bytes to text through the project's strict decoder (UTF-8 only, no guessing).
import { readFileSync } from 'node:fs';
import { decodeText } from '../../../lib/core/csv/decodeText';

export function readTextFile(path: string): string {
	const decoded = decodeText(readFileSync(path));
	if (!decoded.ok) throw new Error(`${path}: ${decoded.reason}`);
	return decoded.text;
}
