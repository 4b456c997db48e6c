// What a chart component holds besides its marks: the plot's measured width, the active tooltip,
// and progressive re-layout. The server's model is drawn as is; the model functions (and d3) are
// imported lazily only when the plot's measured width differs from the model's by more than
// RELAYOUT_PX, or when the inputs (figures, claims) differ from the server's.
import { inputKey, RELAYOUT_PX } from '$lib/charts/prepared';
import type { ChartInput, ChartKind, ChartOf } from '$lib/charts/layouts';
import type { ActiveTip } from '../tip';

type Args<K extends ChartKind> = { model: ChartOf<K> | undefined; input: ChartInput<K> };

class ChartLayout<K extends ChartKind> {
	/** The plot's width in CSS pixels, bound to ChartFrame (0 until measured). */
	measured = $state(0);
	/** The tooltip shown, if any. */
	tip = $state<ActiveTip | null>(null);
	#lazy = $state<ChartOf<K> | undefined>(undefined);
	#args: () => Args<K>;

	constructor(kind: K, args: () => Args<K>) {
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
			import('$lib/charts/layouts').then(({ layoutChart }) => {
				// Each chart lays out in its own task, so a page of charts re-laid out for a phone
				// never blocks input for the sum of them.
				if (live)
					timer = setTimeout(
						() => live && (this.#lazy = layoutChart(kind, { ...input, width })),
						0
					);
			});
			return () => {
				live = false;
				clearTimeout(timer);
			};
		});
	}

	/** The model to draw: re-laid out in the browser, or else the server's. */
	get current(): ChartOf<K> | undefined {
		return this.#lazy ?? this.#args().model;
	}

	show = (t: ActiveTip) => (this.tip = t);
	hide = () => (this.tip = null);
}

export function useLayout<K extends ChartKind>(kind: K, args: () => Args<K>): ChartLayout<K> {
	return new ChartLayout(kind, args);
}
