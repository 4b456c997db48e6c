// Where the tests find the shared inputs (../shared relative to the project) and scratch folders.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHARED = fileURLToPath(new URL('../../../../shared', import.meta.url));
export const scratch = (name: string) => mkdtempSync(join(tmpdir(), `ll-import-${name}-`));
