// Wraps a chart model function so its result carries what a page needs besides the marks: the
// one-sentence description, the key of its inputs and the source line, laid out with the model so
// the browser needs no code to build them.
import { CHART_WIDTH, inputKey, type LaidOut } from './prepared';
import { sourceLine } from '../../core/format/sourceLine';
import type { Source } from '../../core/schema/source';
import type { Figure } from '../../core/schema/figure';

export type LaidOutInput = { width?: number; sources: readonly Source[] } & Parameters<
	typeof inputKey
>[0];

export function laidOut<I extends LaidOutInput, M extends { figures: readonly Figure[] }>(
	model: (i: I) => M,
	describe: (m: M) => string
): (input: I) => LaidOut<M> {
	return (input) => {
		const m = model({ ...input, width: input.width ?? CHART_WIDTH });
		return {
			...m,
			description: describe(m),
			key: inputKey(input),
			credits: sourceLine(m.figures, input.sources)
		};
	};
}
