// What the /check page holds in this browser tab: the figure store (fetches /data/ on demand)
// and the datasets the user uploaded. Nothing here is ever sent anywhere.
import { base } from '$app/paths';
import { createFigureStore, type FigureStore } from '$lib/checker/figureStore';
import { indexUploaded, type UploadedIndex } from '$lib/checker/checkClaims';
import type { Figure } from '$lib/schema/figure';
import { uploadSource } from '$lib/upload/relabel';

let store: FigureStore | null = null;

export const dataUrl = () => new URL(`${base}/data/`, location.href).href;

export function figureStore(): FigureStore {
	store ??= createFigureStore(dataUrl());
	return store;
}

export type UploadedDataset = { file: File; sourceId: string; accepted: number };

class Uploads {
	datasets = $state<UploadedDataset[]>([]);
	/** Not reactive: rows arrive in batches; `version` says when they changed. */
	figures: Figure[] = [];
	version = $state(0);
	#index: UploadedIndex | null = null;
	#indexed = -1;

	add(dataset: UploadedDataset, figures: Figure[]) {
		this.datasets = [...this.datasets, dataset];
		for (const f of figures) this.figures.push(f);
		this.version++;
	}

	index(): UploadedIndex | null {
		if (this.figures.length === 0) return null;
		if (this.#indexed !== this.version) {
			this.#index = indexUploaded({ figures: this.figures, sources: this.datasets.map((d) => uploadSource(d.file.name)) });
			this.#indexed = this.version;
		}
		return this.#index;
	}
}

export const uploads = new Uploads();
