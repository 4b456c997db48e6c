// The brief's browser state: selection and pinned vintages from the URL, extra per-code figures
// fetched from /brief/data/<soc>.json when the brief differs from the prerendered default.
import { onMount } from 'svelte';
import { replaceState } from '$app/navigation';
import type { Source } from '$lib/core/schema/source';
import type { BriefFigure, BriefPayload } from '$lib/brief/types';
import { readBriefParams } from '$lib/brief/url';
import { ALL_OCCUPATIONS } from '$lib/core/soc';

type CodeData = { soc: string; figures: BriefFigure[]; sources: Source[] };

export function useBriefState(payload: () => BriefPayload) {
	let selected = $state<string[] | null>(null);
	let ep = $state<string | null>(null);
	let oews = $state<string | null>(null);
	let extra = $state<CodeData[]>([]);
	let loading = $state(false);
	let failed = $state('');

	const proposed = () => payload().mapping.map((m) => m.soc);
	const isDefault = () => selected === null && ep === null && oews === null;

	async function ensureData() {
		if (isDefault()) return;
		const have = new Set(extra.map((d) => d.soc));
		const sel = selected ?? proposed();
		const need = [
			...new Set([
				...payload()
					.mapping.filter((m) => sel.includes(m.soc) && m.kind !== 'none')
					.map((m) => m.uses),
				ALL_OCCUPATIONS
			])
		].filter((c) => !have.has(c));
		if (need.length === 0) return;
		loading = true;
		try {
			const fetched = await Promise.all(
				need.map(async (soc) => {
					const r = await fetch(`/brief/data/${soc}.json`);
					if (!r.ok) throw new Error(`figures for ${soc} (${r.status})`);
					return (await r.json()) as CodeData;
				})
			);
			extra = [...extra, ...fetched];
			failed = '';
		} catch (e) {
			failed = `Could not load ${e instanceof Error ? e.message : String(e)}; showing the default brief.`;
		} finally {
			loading = false;
		}
	}

	function writeUrl() {
		const url = new URL(location.href);
		const sel = selected;
		if (sel === null) url.searchParams.delete('soc');
		else url.searchParams.set('soc', sel.join(','));
		for (const [k, v] of [
			['ep', ep],
			['oews', oews]
		] as const) {
			if (v === null) url.searchParams.delete(k);
			else url.searchParams.set(k, v);
		}
		replaceState(url, {});
	}

	onMount(() => {
		const p = readBriefParams(new URL(location.href).searchParams);
		selected = p.soc ? proposed().filter((s) => p.soc!.includes(s)) : null;
		ep = p.ep;
		oews = p.oews;
		void ensureData();
	});

	return {
		get selected() {
			return selected ?? proposed();
		},
		get ep() {
			return ep;
		},
		get oews() {
			return oews;
		},
		get loading() {
			return loading;
		},
		get failed() {
			return failed;
		},
		/** Figures and sources of the payload plus whatever was fetched (fetched rows win on id). */
		get figures(): BriefFigure[] {
			if (extra.length === 0 || isDefault()) return payload().figures;
			return [
				...new Map(
					[...payload().figures, ...extra.flatMap((d) => d.figures)].map((f) => [f.id, f])
				).values()
			];
		},
		get sources(): Source[] {
			return [
				...new Map(
					[...payload().sources, ...extra.flatMap((d) => d.sources)].map((s) => [s.source_id, s])
				).values()
			];
		},
		get ready() {
			return isDefault() || (!loading && failed === '' && extra.length > 0);
		},
		toggle(soc: string, on: boolean) {
			const current = selected ?? proposed();
			const next = proposed().filter((s) => (s === soc ? on : current.includes(s)));
			selected = next.length === proposed().length ? null : next;
			writeUrl();
			void ensureData();
		},
		pin(kind: 'ep' | 'oews', value: string | null) {
			if (kind === 'ep') ep = value;
			else oews = value;
			writeUrl();
			void ensureData();
		}
	};
}
