// Progressive re-layout for a chart component. The server's model is drawn as is; the model
// functions (and d3) are imported lazily only when the plot's measured width differs from the
// model's by more than RELAYOUT_PX, or when the inputs (figures, claims) differ from the server's.
import { inputKey, RELAYOUT_PX } from '$lib/charts/prepared';
import type { ChartInput, ChartKind, ChartOf } from '$lib/charts/layouts';

type Args<K extends ChartKind> = { model: ChartOf<K> | undefined; input: ChartInput<K>; measured: number };

export function useLayout<K extends ChartKind>(kind: K, args: () => Args<K>): { readonly current: ChartOf<K> | undefined } {
	let lazy = $state<ChartOf<K> | undefined>(undefined);
	$effect(() => {
		const { model, input, measured } = args();
		const width = measured > 0 ? measured : (model?.width ?? input.width);
		const key = inputKey(input);
		if (model && key === model.key && Math.abs((width ?? model.width) - model.width) <= RELAYOUT_PX) {
			lazy = undefined;
			return;
		}
		let live = true;
		let timer: ReturnType<typeof setTimeout> | undefined;
		import('$lib/charts/layouts').then(({ layoutChart }) => {
			// Each chart lays out in its own task, so a page of charts re-laid out for a phone
			// never blocks input for the sum of them.
			if (live) timer = setTimeout(() => live && (lazy = layoutChart(kind, { ...input, width })), 0);
		});
		return () => {
			live = false;
			clearTimeout(timer);
		};
	});
	return {
		get current() {
			return lazy ?? args().model;
		}
	};
}
