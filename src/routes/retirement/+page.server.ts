import { ledgerIndex } from '$lib/server/ledgerIndex';
import { buildRetirementView } from '$lib/server/payloads/retirement';

export const load = () => buildRetirementView(ledgerIndex());
