// What the EP and OEWS imports already hold, read back from the data folder, so the reference
// import can leave out a row that is the very same figure from the very same GitHub copy.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCsvRecords } from '../csv/readCsvRecords';
import { parseDecimal } from '../values/parseDecimal';

export type FigureKey = {
	measure: string;
	soc_code: string;
	geography: string;
	period_start: string;
	period_end: string;
	vintage: string;
};

export const keyOf = (k: FigureKey) =>
	[k.measure, k.soc_code, k.geography, k.period_start, k.period_end, k.vintage].join('|');

/** URL as the WHATWG parser writes it, so "a b" and "a%20b" compare equal. */
export const normaliseUrl = (url: string) => {
	try {
		return new URL(url).href;
	} catch {
		return url;
	}
};

function records(path: string): Record<string, string>[] {
	if (!existsSync(path)) return [];
	const [header, ...rows] = readCsvRecords(readFileSync(path, 'utf8'));
	return rows.map((r) => Object.fromEntries((header ?? []).map((h, i) => [h, r[i] ?? ''])));
}

export type ExistingFigures = {
	size: number;
	find: (key: FigureKey, value: string, url: string) => string | null;
};

/** Figures with the given id prefixes in projections, openings and wages, with their source URLs. */
export function existingFigureIndex(dataDir: string, prefixes: readonly string[]): ExistingFigures {
	const urlOf = new Map(
		records(join(dataDir, 'sources.csv')).map((s) => [s.source_id!, normaliseUrl(s.url ?? '')])
	);
	const index = new Map<string, { id: string; value: string; url: string }[]>();
	let size = 0;
	for (const file of ['projections.csv', 'openings.csv', 'wages.csv']) {
		for (const f of records(join(dataDir, file))) {
			if (!prefixes.some((p) => f.id!.startsWith(p)) || f.value === '') continue;
			const key = keyOf(f as unknown as FigureKey);
			index.set(key, [
				...(index.get(key) ?? []),
				{ id: f.id!, value: parseDecimal(f.value!) ?? f.value!, url: urlOf.get(f.source_id!) ?? '' }
			]);
			size++;
		}
	}
	return {
		size,
		find: (key, value, url) => {
			const v = parseDecimal(value);
			const u = normaliseUrl(url);
			return index.get(keyOf(key))?.find((f) => f.value === v && f.url === u)?.id ?? null;
		}
	};
}
