// One test file's site and browser: the built site served locally and a Chromium, started before
// the file's tests and closed after them.
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { startStaticServer } from './server';
import { BUILD_DIR, launchBrowser } from './browser';

export type Site = { browser: Browser; origin: string };

/** Registers the hooks; `ready` receives the browser and the site's origin once both are up. */
export function servedSite(ready: (site: Site) => void, dir = BUILD_DIR): void {
	let close = () => {};
	let browser: Browser | undefined;
	beforeAll(async () => {
		const s = await startStaticServer(dir);
		close = () => s.server.close();
		browser = await launchBrowser();
		ready({ browser, origin: s.origin });
	});
	afterAll(async () => {
		await browser?.close();
		close();
	});
}
