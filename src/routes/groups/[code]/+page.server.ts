import { error } from '@sveltejs/kit';
import { ledgerIndex } from '$lib/server/ledgerIndex';
import { buildGroupView, groupCodes } from '$lib/server/payloads/group';

export const entries = () => groupCodes(ledgerIndex()).map((code) => ({ code }));

export const load = ({ params }) => {
	const view = buildGroupView(ledgerIndex(), params.code);
	if (!view) error(404, `No group ${params.code}`);
	return view;
};
