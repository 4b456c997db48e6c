// Where the tests find the shared inputs, and scratch folders. The inputs are LL_SHARED when set,
// else ../shared beside the repository (as CI has it). When that folder is absent (a fresh clone)
// the tests read the compact snapshot in tests/fixtures/shared-snapshot instead, and the tests
// that need whole files (row counts, the reference table, the full re-import) are skipped and say so.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const FULL = resolve(ROOT, process.env.LL_SHARED ?? '../shared');

/** True when the whole shared folder is there; false when the tests read the snapshot. */
export const FULL_SHARED = existsSync(join(FULL, 'bls-ep'));
export const SNAPSHOT = join(ROOT, 'tests/fixtures/shared-snapshot');
export const SHARED = FULL_SHARED ? FULL : SNAPSHOT;
export const scratch = (name: string) => mkdtempSync(join(tmpdir(), `ll-import-${name}-`));

/** Say plainly, once per file, that whole-file tests are skipped. */
export function announceSnapshot(what: string): void {
	if (!FULL_SHARED)
		console.warn(
			`[shared inputs] ${FULL} not found: ${what} run against tests/fixtures/shared-snapshot; tests that need the whole files are skipped.`
		);
}
