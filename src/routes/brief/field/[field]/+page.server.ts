// Programs in one two-digit CIP field: the no-JavaScript way to reach every brief.
import { error } from '@sveltejs/kit';
import { briefCips } from '$lib/server/payloads/brief';

export const entries = () =>
	[...new Set(briefCips().map((c) => c.cip.slice(0, 2)))].map((field) => ({ field }));

export const load = ({ params }) => {
	const programs = briefCips().filter((c) => c.cip.startsWith(`${params.field}.`));
	if (programs.length === 0) error(404, `No programs in CIP field ${params.field}`);
	return { field: params.field, programs };
};
