import { ledgerIndex } from '$lib/server/ledgerIndex';
import { buildSourcesPageView } from '$lib/server/payloads/sourcesView';

export const load = () => buildSourcesPageView(ledgerIndex());
