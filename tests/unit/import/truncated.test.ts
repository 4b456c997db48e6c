// A truncated input fails the import with file, line and reason, and nothing is written.
import { cpSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importAll } from '../../../src/cli/import/importAll';
import { importBlsEp } from '../../../src/cli/import/ep/importBlsEp';
import { importBlsOews } from '../../../src/cli/import/oews/importBlsOews';
import { FULL_SHARED, SHARED, announceSnapshot, scratch } from './paths';

const FIXTURES = fileURLToPath(new URL('../../fixtures/truncated', import.meta.url));
const HAND = 'vintage,released,source_id,note\nEP 2024-34,2025-09,doc:hand,entered by hand\n';

/** An output folder holding one hand-entered file, and a way to check it is untouched. */
function outputFolder() {
	const out = scratch('truncated');
	writeFileSync(join(out, 'releases.csv'), HAND);
	return {
		out,
		untouched: () => {
			expect(readdirSync(out)).toEqual(['releases.csv']);
			expect(readFileSync(join(out, 'releases.csv'), 'utf8')).toBe(HAND);
		}
	};
}

announceSnapshot('the truncated-input tests');

describe('a truncated input', () => {
	it('stops the OEWS import at the cut record and writes nothing', () => {
		const { out, untouched } = outputFolder();
		expect(() => importBlsOews(join(FIXTURES, 'bls-oews'), { outDir: out })).toThrow(
			/^oews-national-may2019\.csv: line 8: has \d+ fields, expected 30 \(truncated or malformed record/
		);
		untouched();
	});

	it('stops the EP import when a Table 1.7 conversion lacks its closing footnote', () => {
		const { out, untouched } = outputFolder();
		expect(() => importBlsEp(join(FIXTURES, 'bls-ep'), { outDir: out, oewsDir: null })).toThrow(
			/^table-1\.7-2014-24\.csv: line 30: the table does not end with its "Source:" footnote, so the file is truncated/
		);
		untouched();
	});

	// Needs every shared folder: the imports before CPI (reference included) must succeed first.
	it.skipIf(!FULL_SHARED)(
		'makes `import all` write nothing, not even the imports that ran before the failing one (needs ../shared)',
		() => {
			const shared = scratch('shared');
			for (const d of readdirSync(SHARED))
				if (d !== 'cpi') symlinkSync(join(SHARED, d), join(shared, d));
			mkdirSync(join(shared, 'cpi'));
			cpSync(join(FIXTURES, 'cpi'), join(shared, 'cpi'), { recursive: true });
			const { out, untouched } = outputFolder();
			expect(() => importAll(shared, { outDir: out })).toThrow(
				/cu\.data\.1\.AllItems: unexpected header/
			);
			untouched();
		},
		300_000
	);
});
