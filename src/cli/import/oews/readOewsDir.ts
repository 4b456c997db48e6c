// File I/O at the edge: every oews-national-*.csv in a folder, parsed, oldest first.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readTextFile } from '../csv/readTextFile';
import { parseOewsFile, type OewsFile } from './parseOewsFile';

export function readOewsDir(dir: string): OewsFile[] {
	const files = readdirSync(dir)
		.filter((f) => /^oews-national-.*\.csv$/i.test(f))
		.sort();
	const parsed = files.map((f) => parseOewsFile(readTextFile(join(dir, f)), f));
	return parsed.sort((a, b) => a.period.localeCompare(b.period));
}
