// `import all <shared>`: the three imports in order. Order matters only because reference
// skips figures that the EP and OEWS imports already hold.
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
	return [
		importBlsEp(join(sharedDir, 'bls-ep'), {
			outDir: options.outDir,
			oewsDir: join(sharedDir, 'bls-oews')
		}),
		importBlsOews(join(sharedDir, 'bls-oews'), { outDir: options.outDir }),
		importReference(join(sharedDir, 'reference'), { outDir: options.outDir }),
		importCrosswalk(join(sharedDir, 'crosswalk'), { outDir: options.outDir }),
		importCpi(join(sharedDir, 'cpi'), { outDir: options.outDir }),
		importSoc(join(sharedDir, 'soc'), { outDir: options.outDir }),
		importTitles(sharedDir, { outDir: options.outDir })
	];
}
