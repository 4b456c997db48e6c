// /data/surveys.json: figures of survey populations (no SOC code). Survey measures are checked
// without a scope, so a claim about retirement or vacancies needs these whatever its code.
import { json } from '@sveltejs/kit';
import { ledgerIndex } from '$lib/server/ledgerIndex';
import { encodeFigures } from '$lib/check/compact';

export const prerender = true;

export const GET = () => json(encodeFigures('', ledgerIndex().bySoc.get('') ?? []));
