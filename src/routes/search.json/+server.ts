// Titles and codes of every occupation page, fetched by the search box only when it gains focus.
import { json } from '@sveltejs/kit';
import { ledgerIndex } from '$lib/server/ledgerIndex';
import { occupationSummaries } from '$lib/server/payloads/occupations';

export const prerender = true;

export const GET = () => json(occupationSummaries(ledgerIndex()));
