// A payload with nothing in it: the base that partial payloads are spread over.
import type { BriefPayload } from './types';

export const EMPTY_PAYLOAD: BriefPayload = {
	cip: '',
	cipTitle: '',
	crosswalkSourceId: '',
	mapping: [],
	figures: [],
	epVintages: [],
	oewsVintages: [],
	cpi: { series: '', base: '', sourceId: '', points: [] },
	supply: [],
	surveys: [],
	failing: [],
	sources: [],
	releases: {},
	accessed: ''
};
