import { ledgerIndex } from '$lib/server/ledgerIndex';
import { buildClaimsLedgerView } from '$lib/server/payloads/claimsLedger';

export const load = () => buildClaimsLedgerView(ledgerIndex());
