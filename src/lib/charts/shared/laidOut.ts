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

type Model = { figures: readonly Figure[] };

function withText<I extends LaidOutInput, M extends Model>(
	m: M,
	describe: (m: M) => string,
	input: I
): LaidOut<M> {
	return {
		...m,
		description: describe(m),
		key: inputKey(input),
		credits: sourceLine(m.figures, input.sources)
	};
}

export function laidOut<I extends LaidOutInput, M extends Model>(
	model: (i: I) => M,
	describe: (m: M) => string
): (input: I) => LaidOut<M> {
	return (input) =>
		withText(model({ ...input, width: input.width ?? CHART_WIDTH }), describe, input);
}

/** The same for a model that has nothing to draw for some inputs (null: the page shows nothing). */
export function laidOutOrNull<I extends LaidOutInput, M extends Model>(
	model: (i: I) => M | null,
	describe: (m: M) => string
): (input: I) => LaidOut<M> | null {
	return (input) => {
		const m = model({ ...input, width: input.width ?? CHART_WIDTH });
		return m && withText(m, describe, input);
	};
}
