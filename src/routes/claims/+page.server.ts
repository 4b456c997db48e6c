import { ledgerIndex } from '$lib/server/views/ledger';
import { buildClaimsLedgerView } from '$lib/server/views/claimsLedger';

export const load = () => buildClaimsLedgerView(ledgerIndex());
