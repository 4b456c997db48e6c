// `import all <shared>`: the imports in order. Order matters only because reference skips
// figures that the EP and OEWS imports already hold. They run in a scratch copy of the output
// folder, which replaces the real files only when every import succeeded: a malformed input
// anywhere leaves the output folder as it was.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importBlsEp } from './ep/importBlsEp';
import { importBlsOews } from './oews/importBlsOews';
import { importReference } from './reference/importReference';
import { importCrosswalk } from './crosswalk/importCrosswalk';
import { importCpi } from './cpi/importCpi';
import { importSoc } from './soc/importSoc';
import { importTitles } from './titles/importTitles';
import type { ImportReport } from './report/ReportBuilder';

export function importAll(sharedDir: string, options: { outDir: string }): ImportReport[] {
	const stage = mkdtempSync(join(tmpdir(), 'll-import-all-'));
	try {
		if (existsSync(options.outDir)) cpSync(options.outDir, stage, { recursive: true });
		const outDir = stage;
		const reports = [
			importBlsEp(join(sharedDir, 'bls-ep'), { outDir, oewsDir: join(sharedDir, 'bls-oews') }),
			importBlsOews(join(sharedDir, 'bls-oews'), { outDir }),
			importReference(join(sharedDir, 'reference'), { outDir }),
			importCrosswalk(join(sharedDir, 'crosswalk'), { outDir }),
			importCpi(join(sharedDir, 'cpi'), { outDir }),
			importSoc(join(sharedDir, 'soc'), { outDir }),
			importTitles(sharedDir, { outDir })
		];
		mkdirSync(options.outDir, { recursive: true });
		for (const file of readdirSync(stage))
			cpSync(join(stage, file), join(options.outDir, file), { recursive: true });
		return reports;
	} finally {
		rmSync(stage, { recursive: true, force: true });
	}
}
