// Read a generated data file back through the project's strict loader, indexed by id.
import { join } from 'node:path';
import { readCsvFile } from '../../../src/lib/server/readLedger';
import { FigureSchema, type Figure } from '../../../src/lib/core/schema/figure';

export function readFigures(dir: string, file: string): Map<string, Figure> {
	const r = readCsvFile(join(dir, file), FigureSchema, file, ['id']);
	if (r.problems.length > 0)
		throw new Error(
			`${file}: ${r.problems.length} problems, first: ${JSON.stringify(r.problems[0])}`
		);
	return new Map(r.rows.map((f) => [f.id, f]));
}
