// The whole /occupations table as CSV: a plain link, so it downloads with JavaScript off.
import { ledgerIndex } from '$lib/server/ledgerIndex';
import { buildOccupationsView } from '$lib/server/payloads/occupations';
import { rowsToCsv } from '$lib/pages/occupationTable';

export const prerender = true;

export function GET() {
	const v = buildOccupationsView(ledgerIndex());
	return new Response(rowsToCsv(v.rows, v.epVintage, v.wageVintage), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
