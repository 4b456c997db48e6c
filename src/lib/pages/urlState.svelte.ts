// View state lives in the URL so a view can be shared. Pages are prerendered, so the query is
// read in the browser after hydration (the server render shows the default view) and written
// back with shallow replaceState (no reload, no new history entry).
import { onMount } from 'svelte';
import { replaceState } from '$app/navigation';
import { isAsOfDate } from './asof';

export type UrlParam = { readonly value: string | null; set(v: string | null): void };

export function useUrlParam(name: string, valid: (s: string) => boolean = () => true): UrlParam {
	let value = $state<string | null>(null);
	onMount(() => {
		const raw = new URL(location.href).searchParams.get(name);
		value = raw !== null && valid(raw) ? raw : null;
	});
	return {
		get value() {
			return value;
		},
		set(v: string | null) {
			value = v !== null && v !== '' && valid(v) ? v : null;
			const url = new URL(location.href);
			if (value === null) url.searchParams.delete(name);
			else url.searchParams.set(name, value);
			replaceState(url, {});
		}
	};
}

/** ?asof=YYYY-MM-DD: show only figures published by that date. */
export const useAsOf = () => useUrlParam('asof', isAsOfDate);
