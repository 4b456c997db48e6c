import { ledgerIndex } from '$lib/server/ledgerIndex';
import { buildHomeView } from '$lib/server/payloads/home';

export const load = () => buildHomeView(ledgerIndex());
