import { ledgerIndex } from '$lib/server/views/ledger';
import { buildRetirementView } from '$lib/server/views/retirement';

export const load = () => buildRetirementView(ledgerIndex());
