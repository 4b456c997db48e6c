// What the /check page holds in this browser tab: the figure store (fetches /data/ on demand)
// and the datasets the user uploaded. Nothing here is ever sent anywhere.
import { base } from '$app/paths';
import { createFigureStore, type FigureStore } from '$lib/check/figureStore';

let store: FigureStore | null = null;

export const dataUrl = () => new URL(`${base}/data/`, location.href).href;

export function figureStore(): FigureStore {
	store ??= createFigureStore(dataUrl());
	return store;
}

/** An uploaded dataset is kept as its File only: the worker re-reads it for each check, so its
 * rows never sit on the main thread (where 100k of them meant long GC pauses while loading). */
export type UploadedDataset = { file: File; sourceId: string; accepted: number };

class Uploads {
	datasets = $state<UploadedDataset[]>([]);

	add(dataset: UploadedDataset) {
		this.datasets = [...this.datasets, dataset];
	}
}

export const uploads = new Uploads();
