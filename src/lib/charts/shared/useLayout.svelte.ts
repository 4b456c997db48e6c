// What a chart component holds besides its marks: the plot's measured width, the active tooltip,
// and progressive re-layout. The server's model is drawn as is; the chart's model function (and
// d3) is loaded lazily only when the plot's measured width differs from the model's by more than
// RELAYOUT_PX, or when the inputs (figures, claims) differ from the server's.
import { inputKey, RELAYOUT_PX, type LaidOut } from './prepared';
import type { LaidOutInput } from './laidOut';
import type { ActiveTip } from './tip';

type Args<I, M> = { model: M | undefined; input: I };
type Loader<I, M> = () => Promise<(input: I) => M>;

/** The measured width and the tooltip shown: what ChartShell reads and binds. */
class Measured {
	/** The plot's width in CSS pixels, bound to ChartFrame (0 until measured). */
	measured = $state(0);
	/** The tooltip shown, if any. */
	tip = $state<ActiveTip | null>(null);
	show = (t: ActiveTip) => (this.tip = t);
	hide = () => (this.tip = null);
}

class ChartLayout<I extends LaidOutInput, M extends LaidOut<{ width: number }>> extends Measured {
	#lazy = $state<M | undefined>(undefined);
	#args: () => Args<I, M>;

	constructor(load: Loader<I, M>, args: () => Args<I, M>) {
		super();
		this.#args = args;
		$effect(() => {
			const { model, input } = args();
			const width = this.measured > 0 ? this.measured : (model?.width ?? input.width);
			const key = inputKey(input);
			if (
				model &&
				key === model.key &&
				Math.abs((width ?? model.width) - model.width) <= RELAYOUT_PX
			) {
				this.#lazy = undefined;
				return;
			}
			let live = true;
			let timer: ReturnType<typeof setTimeout> | undefined;
			load().then((layOut) => {
				// Each chart lays out in its own task, so a page of charts re-laid out for a phone
				// never blocks input for the sum of them.
				if (live) timer = setTimeout(() => live && (this.#lazy = layOut({ ...input, width })), 0);
			});
			return () => {
				live = false;
				clearTimeout(timer);
			};
		});
	}

	/** The model to draw: re-laid out in the browser, or else the server's. */
	get current(): M | undefined {
		return this.#lazy ?? this.#args().model;
	}
}

export function useLayout<I extends LaidOutInput, M extends LaidOut<{ width: number }>>(
	load: Loader<I, M>,
	args: () => Args<I, M>
): ChartLayout<I, M> {
	return new ChartLayout(load, args);
}

/** For a chart whose model code arrives with it (the state map): laid out here, at the measured width. */
class DrawnLayout<I extends LaidOutInput, M> extends Measured {
	#layOut: (input: I) => M;
	#input: () => I;
	current = $derived.by(() => {
		const input = this.#input();
		return this.#layOut({ ...input, width: this.measured > 0 ? this.measured : input.width });
	});

	constructor(layOut: (input: I) => M, input: () => I) {
		super();
		this.#layOut = layOut;
		this.#input = input;
	}
}

export function useDrawnLayout<I extends LaidOutInput, M>(
	layOut: (input: I) => M,
	input: () => I
): DrawnLayout<I, M> {
	return new DrawnLayout(layOut, input);
}
