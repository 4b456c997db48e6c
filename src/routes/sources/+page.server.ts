import { ledgerIndex } from '$lib/server/views/ledger';
import { buildSourcesPageView } from '$lib/server/views/sourcesView';

export const load = () => buildSourcesPageView(ledgerIndex());
