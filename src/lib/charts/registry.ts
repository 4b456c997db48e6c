// Every chart's laid-out model behind one entry point, for the server (which lays charts out for
// the prerendered page) and for tests. Components never import it: each loads its own model lazily.
// The state map takes its topology in the input (the server and tests pass the bundled atlas, the
// browser the fetched one); pages draw it in the browser only, since its paths would outweigh the page.
import { layOutTrackRecord } from './trackRecord/trackRecord';
import { layOutGrowthByVintage } from './growthByVintage/growthByVintage';
import { layOutOpeningsByVintage } from './openingsByVintage/openingsByVintage';
import { layOutWagesOverTime } from './wagesOverTime/wagesOverTime';
import { layOutRetirementSurveys } from './retirementSurveys/retirementSurveys';
import { layOutStateMap } from './stateMap/stateMapCore';

export const CHARTS = {
	trackRecord: layOutTrackRecord,
	growthByVintage: layOutGrowthByVintage,
	openingsByVintage: layOutOpeningsByVintage,
	wagesOverTime: layOutWagesOverTime,
	retirementSurveys: layOutRetirementSurveys,
	stateMap: layOutStateMap
};

export type ChartKind = keyof typeof CHARTS;
export type ChartInput<K extends ChartKind> = Parameters<(typeof CHARTS)[K]>[0];
export type ChartOf<K extends ChartKind> = ReturnType<(typeof CHARTS)[K]>;

/** The model for one chart at input.width (CHART_WIDTH by default), with description and input key. */
export function layoutChart<K extends ChartKind>(kind: K, input: ChartInput<K>): ChartOf<K> {
	return (CHARTS[kind] as (i: ChartInput<K>) => ChartOf<K>)(input);
}
