// Page-weight measurements shared by the weight test and the benchmark. Byte counts only, never time.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { unflatten } from 'devalue';
import type { Browser } from 'playwright-core';
import { BUILD_DIR } from './browser';

/**
 * Budget for all JavaScript a page loads until the network is idle, gzipped (issue 3: under 60 KB per
 * occupation page). The framework (Svelte + SvelteKit, ~31.6 KB) is most of it; charts arrive laid
 * out by the server, so d3 and the model functions load only when a chart must be re-laid out.
 */
export const JS_BUDGET_GZIP = 60 * 1024;
/**
 * Budgets for an occupation page's data (__data.json, the same payload that is inlined in the HTML).
 * A typical page holds ~30 figures of ~330 bytes (10 EP vintages × 4 measures + OEWS wages), a few
 * claims, and its four charts already laid out by the server (~20 KB of marks with their tooltip
 * text), which is what lets the browser skip the chart engine: under 64 KB. The featured occupation
 * is the most-claimed code: ~250 figures, ~40 claim checks with their matched figures and larger
 * charts, so it gets 200 KB (about 30 KB gzipped).
 */
export const DATA_BUDGET = 64_000;
export const DATA_BUDGET_FEATURED = 200_000;
/** A property name only d3-geo's conic projections (and so the state map chunk) contain. */
export const D3_GEO_MARKER = 'parallels';

export type ScriptLoad = { url: string; bytes: number; gzip: number; geo: boolean };

/** Every script the page loads until the network is idle, with raw and gzip (level 9) sizes. */
export async function scriptsLoaded(
	b: Browser,
	url: string
): Promise<{ url: string; bytes: number; gzip: number; geo: boolean }[]> {
	const page = await b.newPage();
	const scripts: Promise<{ url: string; bytes: number; gzip: number; geo: boolean }>[] = [];
	page.on('response', (r) => {
		if (r.request().resourceType() !== 'script') return;
		scripts.push(
			r.body().then((body) => ({
				url: r.url(),
				bytes: body.length,
				gzip: gzipSync(body, { level: 9 }).length,
				geo: body.toString('utf8').includes(D3_GEO_MARKER)
			}))
		);
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	const out = await Promise.all(scripts);
	await page.close();
	return out.sort((a, b) => (a.url < b.url ? -1 : 1));
}

type Payload = { figures: { soc_code: string }[]; allGrowth: { soc_code: string }[]; soc: string };

export function occupationPayload(soc: string): { bytes: number; view: Payload } {
	const raw = readFileSync(`${BUILD_DIR}/occupations/${soc}/__data.json`, 'utf8');
	const json = JSON.parse(raw) as { nodes: ({ type: string; data: unknown[] } | null)[] };
	const node = json.nodes.at(-1);
	if (!node || node.type !== 'data') throw new Error(`no page data node for ${soc}`);
	return { bytes: Buffer.byteLength(raw), view: unflatten(node.data) as Payload };
}
