// /data/index.json: the codes that have figure files (with titles, for scope pickers), every
// source and every release date. What the /check page loads before any figures.
import { json } from '@sveltejs/kit';
import { ledgerIndex } from '$lib/server/ledgerIndex';
import type { DataIndex } from '$lib/check/compact';

export const prerender = true;

export function GET() {
	const index = ledgerIndex();
	const codes: DataIndex['codes'] = [...index.bySoc.keys()]
		.filter((soc) => soc !== '')
		.sort()
		.map((soc) => [soc, index.titleOf.get(soc) ?? soc]);
	const body: DataIndex = { codes, sources: index.ledger.sources, releases: index.ledger.releases };
	return json(body);
}
