import { ledgerIndex } from '$lib/server/views/ledger';
import { buildHomeView } from '$lib/server/views/home';

export const load = () => buildHomeView(ledgerIndex());
