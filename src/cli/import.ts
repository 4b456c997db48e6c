// CLI: turn the official source files in ../shared into the committed datasets in data/.
// See src/cli/import/parseArgs.ts for the options and data/README.md for what is produced.
import { importAll } from './import/importAll';
import { importBlsEp } from './import/ep/importBlsEp';
import { importBlsOews } from './import/oews/importBlsOews';
import { importReference } from './import/reference/importReference';
import { importCrosswalk } from './import/crosswalk/importCrosswalk';
import { importCpi } from './import/cpi/importCpi';
import { importCompletions } from './import/completions/importCompletions';
import { importSoc } from './import/soc/importSoc';
import { importTitles } from './import/titles/importTitles';
import { parseArgs, USAGE, type Args } from './import/parseArgs';
import { formatReport } from './import/report/formatReport';
import type { ImportReport } from './import/report/ReportBuilder';

function run(args: Args): ImportReport[] {
	const manual = { sourceUrl: args.sourceUrl, publisher: args.publisher };
	switch (args.kind) {
		case 'bls-ep':
			return [importBlsEp(args.dir, { outDir: args.out, oewsDir: args.oews, manual })];
		case 'bls-oews':
			return [importBlsOews(args.dir, { outDir: args.out, manual })];
		case 'reference':
			return [importReference(args.dir, { outDir: args.out })];
		case 'crosswalk':
			return [importCrosswalk(args.dir, { outDir: args.out, manual })];
		case 'cpi':
			return [importCpi(args.dir, { outDir: args.out, manual })];
		case 'completions':
			return [importCompletions(args.dir, { outDir: args.out, manual })];
		case 'soc':
			return [importSoc(args.dir, { outDir: args.out })];
		case 'titles':
			return [importTitles(args.dir, { outDir: args.out })];
		case 'all':
			return importAll(args.dir, { outDir: args.out });
	}
}

try {
	const reports = run(parseArgs(process.argv.slice(2)));
	console.log(reports.map(formatReport).join('\n\n'));
} catch (e) {
	console.error(`import failed: ${(e as Error).message}\n\n${USAGE}`);
	process.exit(1);
}
