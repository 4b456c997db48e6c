import { ledgerIndex } from '$lib/server/ledgerIndex';
import { buildOccupationsView } from '$lib/server/payloads/occupations';

export const load = () => buildOccupationsView(ledgerIndex());
