// Titles and codes of every occupation page, fetched by the search box only when it gains focus.
import { json } from '@sveltejs/kit';
import { ledgerIndex } from '$lib/server/views/ledger';
import { occupationSummaries } from '$lib/server/views/occupations';

export const prerender = true;

export const GET = () => json(occupationSummaries(ledgerIndex()));
