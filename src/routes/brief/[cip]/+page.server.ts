import { error } from '@sveltejs/kit';
import { briefCips, buildBriefView } from '$lib/server/payloads/brief';

/** One brief per program whose crosswalk occupations have Employment Projections figures. */
export const entries = () => briefCips().map(({ cip }) => ({ cip }));

export const load = ({ params }) => {
	const view = buildBriefView(params.cip);
	if (!view) error(404, `No program with CIP code ${params.cip}`);
	return view;
};
