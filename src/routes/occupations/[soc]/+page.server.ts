import { error } from '@sveltejs/kit';
import { ledgerIndex } from '$lib/server/ledgerIndex';
import { buildOccupationView, occupationCodes } from '$lib/server/payloads/occupation';

/** One page per EP line item of any vintage. */
export const entries = () => occupationCodes(ledgerIndex()).map((soc) => ({ soc }));

export const load = ({ params }) => {
	const view = buildOccupationView(ledgerIndex(), params.soc);
	if (!view) error(404, `No occupation with SOC code ${params.soc}`);
	return view;
};
