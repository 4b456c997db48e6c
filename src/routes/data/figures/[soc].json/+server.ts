// /data/figures/<code>.json: every figure of one SOC code (or HC), all measures and vintages, in
// the compact tuple form of $lib/checker/compact. The /check page fetches only the codes a claim
// needs. One file per code that has figures, all prerendered.
import { error, json } from '@sveltejs/kit';
import { ledgerIndex } from '$lib/server/ledgerIndex';
import { encodeFigures } from '$lib/check/compact';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	[...ledgerIndex().bySoc.keys()]
		.filter((soc) => soc !== '')
		.sort()
		.map((soc) => ({ soc }));

export const GET: RequestHandler = ({ params }) => {
	const figures = ledgerIndex().bySoc.get(params.soc);
	if (!figures || params.soc === '') error(404, `No figures for ${params.soc}`);
	return json(encodeFigures(params.soc, figures));
};
