import { ledgerIndex } from '$lib/server/views/ledger';
import { buildOccupationsView } from '$lib/server/views/occupations';

export const load = () => buildOccupationsView(ledgerIndex());
