// Downloads in e2e tests: the text of the file a click saves, a CSV's cells, and the formula-injection
// check every CSV export must pass.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';

/** The text of the file the browser downloads when `selector` is clicked. */
export async function downloadedText(page: Page, selector: string): Promise<string> {
	const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
	return readFileSync((await download.path())!, 'utf8');
}

/** A CSV's rows of cells, header first. */
export const csvRows = (csv: string): string[][] => Papa.parse<string[]>(csv.trimEnd()).data;

/** Cells a spreadsheet would run as a formula: starting with = + - @ tab or CR, and not a plain number. */
export const formulaCells = (rows: readonly (readonly string[])[]): string[] =>
	rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell));
