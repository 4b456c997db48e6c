// The /data/ figure files the bench reconciles against, written once from the ledger into
// tests/bench/out/data/ (the same encoder as the prerendered endpoints), and a fetch over them.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeFigures, type DataIndex } from '../../../src/lib/check/compact';

export const DATA_DIR = 'tests/bench/out/data';

export async function ensureDataFiles(): Promise<void> {
	if (existsSync(join(DATA_DIR, 'index.json'))) return;
	const { ledgerIndex } = await import('../../../src/lib/server/ledgerIndex');
	const index = ledgerIndex();
	mkdirSync(join(DATA_DIR, 'figures'), { recursive: true });
	for (const [soc, figures] of index.bySoc) {
		writeFileSync(
			soc === '' ? join(DATA_DIR, 'surveys.json') : join(DATA_DIR, 'figures', `${soc}.json`),
			JSON.stringify(encodeFigures(soc, figures))
		);
	}
	const body: DataIndex = {
		codes: [...index.bySoc.keys()]
			.filter((s) => s !== '')
			.sort()
			.map((s) => [s, index.titleOf.get(s) ?? s]),
		sources: index.ledger.sources,
		releases: index.ledger.releases
	};
	writeFileSync(join(DATA_DIR, 'index.json'), JSON.stringify(body));
}

/** fetch() over DATA_DIR for URLs under http://bench/data/. */
export const fileFetch = async (url: string) => {
	const path = join(DATA_DIR, url.replace('http://bench/data/', ''));
	if (!existsSync(path)) return { ok: false, status: 404, json: async () => null };
	const text = readFileSync(path, 'utf8');
	return { ok: true, status: 200, json: async () => JSON.parse(text) as unknown };
};
