// The whole claims ledger as CSV: a plain link, so it downloads with JavaScript off.
import { ledgerIndex } from '$lib/server/ledgerIndex';
import { buildLedgerEntries } from '$lib/server/payloads/claimsLedger';
import { ledgerCsv } from '$lib/claims/exportLedger';

export const prerender = true;

export function GET() {
	return new Response(ledgerCsv(buildLedgerEntries(ledgerIndex())), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
