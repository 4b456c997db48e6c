// Reads and checks the SOC structure and the 2010 -> 2018 crosswalk from ../shared/soc. Shared
// by the soc import (which writes them) and the titles import (which maps codes with them).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readTextFile } from '../csv/readTextFile';
import type { ReportBuilder } from '../report/ReportBuilder';
import { checkReadme, type SharedInput } from './inputSource';
import { SOC_CROSSWALK, SOC_STRUCTURE } from './socInputs';
import { CROSSWALK_2010_HEADER, socChanges, type SocChangeRow } from './socChanges';
import { STRUCTURE_HEADER, socStructure, type SocRow } from './socStructure';
import { strictRecords } from './strictRecords';

export type SocFolder = { structure: SocRow[]; changes: SocChangeRow[] };

/**
 * The text of one shared input, after checking that the folder's README (or its parent's, as
 * for onet/30.0) records its copy.
 */
export function readSharedInput(dir: string, input: SharedInput): string {
	const path = join(dir, input.file);
	if (!existsSync(path)) throw new Error(`${dir}: no ${input.file}`);
	const readme = [join(dir, 'README.md'), join(dirname(dir), 'README.md')].find(existsSync);
	if (!readme) throw new Error(`${dir}: no README.md stating where ${input.file} comes from`);
	checkReadme(readTextFile(readme), input, readme);
	return readTextFile(path);
}

export function readSocFolder(dir: string, report: ReportBuilder): SocFolder {
	const structure = socStructure(
		strictRecords(readSharedInput(dir, SOC_STRUCTURE), SOC_STRUCTURE.file, {
			header: STRUCTURE_HEADER,
			delimiter: ','
		}),
		SOC_STRUCTURE.file,
		SOC_STRUCTURE.source_id,
		report
	);
	const detailed = new Map(
		structure.filter((r) => r.level === 'detailed').map((r) => [r.soc_code, r.title])
	);
	const changes = socChanges(
		strictRecords(readSharedInput(dir, SOC_CROSSWALK), SOC_CROSSWALK.file, {
			header: CROSSWALK_2010_HEADER,
			delimiter: ','
		}),
		SOC_CROSSWALK.file,
		SOC_CROSSWALK.source_id,
		detailed,
		report
	);
	return { structure, changes };
}
