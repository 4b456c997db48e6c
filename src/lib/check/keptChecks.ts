// The checked claims of an uploaded claims file, kept in the upload worker. The page sees one page
// of them at a time, a tally, and the export as a file: 100k checked claims (each with its matched
// figures and sources) would cost the page seconds of cloning and memory it never needs at once.
import type { CheckedClaim } from './checkClaims';
import { checksFile, type ExportFormat } from './exportChecks';
import type { Verdict } from '../core/ledger/types';

/** How many claims have each headline verdict (their first one, against the official figures). */
export type HeadlineTally = Partial<Record<Verdict, number>>;

/** Checked claims `offset`, `offset + 1`, … as far as they exist yet. */
export type ChecksPage = { offset: number; checks: CheckedClaim[] };

export type { ExportFormat };

export type KeptChecks = ReturnType<typeof keepChecks>;

/** `pageSize`: how many claims the page shows; it is first shown claims 0 to pageSize - 1. */
export function keepChecks(pageSize: number) {
	const all: CheckedClaim[] = [];
	const headlines: HeadlineTally = {};
	let view = { offset: 0, limit: pageSize };
	// How many of the page's claims it has been sent: the page is sent again only when it grew.
	let sent = 0;
	const slice = (): ChecksPage => ({
		offset: view.offset,
		checks: all.slice(view.offset, view.offset + view.limit)
	});

	return {
		get count() {
			return all.length;
		},
		add(checks: readonly CheckedClaim[]) {
			for (const c of checks) {
				all.push(c);
				const headline = c.official.verdicts[0];
				if (headline) headlines[headline] = (headlines[headline] ?? 0) + 1;
			}
		},
		headlines: (): HeadlineTally => ({ ...headlines }),
		/** The page the reader is on, if claims were added to it since it was last sent. */
		grownPage(): ChecksPage | null {
			const page = slice();
			if (page.checks.length <= sent) return null;
			sent = page.checks.length;
			return page;
		},
		/** Moves the reader to this page and returns what exists of it (checking may still be going on). */
		page(offset: number, limit: number): ChecksPage {
			view = { offset: Math.max(0, Math.floor(offset)), limit: Math.max(0, Math.floor(limit)) };
			const page = slice();
			sent = page.checks.length;
			return page;
		},
		/** Every claim checked so far, exported (formula-safe CSV, or JSON in the CLI's record shape). */
		exportFile(format: ExportFormat): Blob {
			return checksFile(all, format);
		}
	};
}
