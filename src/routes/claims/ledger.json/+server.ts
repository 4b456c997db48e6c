// The whole claims ledger as JSON: the array of public check records (as `ledger check --json` prints).
import { ledgerIndex } from '$lib/server/ledgerIndex';
import { buildLedgerEntries } from '$lib/server/payloads/claimsLedger';
import { ledgerJson } from '$lib/claims/exportLedger';

export const prerender = true;

export function GET() {
	return new Response(ledgerJson(buildLedgerEntries(ledgerIndex())), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
