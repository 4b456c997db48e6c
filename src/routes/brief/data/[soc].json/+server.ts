// Per-occupation brief figures (all vintages), loaded by a brief when it is pinned or edited.
import { error, json } from '@sveltejs/kit';
import { briefCodes, buildCodeData } from '$lib/server/payloads/brief';

export const prerender = true;
export const entries = () => briefCodes().map((soc) => ({ soc }));

export const GET = ({ params }) => {
	const data = buildCodeData(params.soc);
	if (!data) error(404, `No brief figures for ${params.soc}`);
	return json(data);
};
