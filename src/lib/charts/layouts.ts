// Every chart model function with its describe(), behind one entry point. The server calls it to
// lay charts out for the prerendered page; in the browser it is only ever imported dynamically
// (a lazy chunk with d3), when a chart has to be laid out again.
import { trackRecord, describe as describeTrackRecord, type TrackRecordInput } from './trackRecord';
import { growthByVintage, describe as describeGrowth, type GrowthInput } from './growthByVintage';
import {
	openingsByVintage,
	describe as describeOpenings,
	type OpeningsInput
} from './openingsByVintage';
import { wagesOverTime, describe as describeWages, type WagesInput } from './wagesOverTime';
import {
	retirementSurveys,
	describe as describeRetirement,
	type RetirementInput
} from './retirementSurveys';
import { CHART_WIDTH, inputKey, type LaidOut } from './prepared';
import { sourceLine } from '../format/sourceLine';
import type { Source } from '../schema/source';
import type { Figure } from '../schema/figure';

const laid =
	<
		I extends { width?: number; sources: readonly Source[] } & Parameters<typeof inputKey>[0],
		M extends { figures: readonly Figure[] }
	>(
		model: (i: I) => M,
		describe: (m: M) => string
	) =>
	(input: I): LaidOut<M> => {
		const m = model({ ...input, width: input.width ?? CHART_WIDTH });
		// The source line is laid out here too, so the browser needs no code to build it.
		return {
			...m,
			description: describe(m),
			key: inputKey(input),
			credits: sourceLine(m.figures, input.sources)
		};
	};

export const CHARTS = {
	trackRecord: laid((i: TrackRecordInput) => trackRecord(i), describeTrackRecord),
	growthByVintage: laid((i: GrowthInput) => growthByVintage(i), describeGrowth),
	openingsByVintage: laid((i: OpeningsInput) => openingsByVintage(i), describeOpenings),
	wagesOverTime: laid((i: WagesInput) => wagesOverTime(i), describeWages),
	retirementSurveys: laid((i: RetirementInput) => retirementSurveys(i), describeRetirement)
};

export type ChartKind = keyof typeof CHARTS;
export type ChartInput<K extends ChartKind> = Parameters<(typeof CHARTS)[K]>[0];
export type ChartOf<K extends ChartKind> = ReturnType<(typeof CHARTS)[K]>;

/** The model for one chart at input.width (CHART_WIDTH by default), with description and input key. */
export function layoutChart<K extends ChartKind>(kind: K, input: ChartInput<K>): ChartOf<K> {
	return (CHARTS[kind] as (i: ChartInput<K>) => ChartOf<K>)(input);
}
