// Page payloads: small, plain, serialisable. Built on the server, read by pages and the browser.
import type { Figure } from '$lib/core/schema/figure';
import type { Source } from '$lib/core/schema/source';
import type { ClaimSummary } from '$lib/core/ledger/types';
// Pages carry schema rows as they are (the chart models take Figure/Source/ClaimCheck), but only
// the rows a page draws.

/** Vintage → release date as stated in releases.csv (YYYY, YYYY-MM or YYYY-MM-DD). Absent = not sourced. */
export type ReleaseMap = Record<string, string>;

/** The sources of the figures and claims on a page, and release dates of their vintages. */
export type Provenance = { sources: Source[]; releases: ReleaseMap };

/** A headline number with its tag and the count of claims about it that don't hold. */
export type Headline = {
	measure: string;
	label: string;
	figure: Figure | null;
	/** For a range headline (e.g. survey departments): lowest and highest. */
	range: { low: Figure; high: Figure; count: number } | null;
	failingClaims: number;
	claimsHref: string;
};

export type OccupationSummary = { soc: string; title: string };

export type OccupationRow = {
	soc: string;
	title: string;
	group: string;
	growth: number | null;
	openings: number | null;
	wage: number | null;
	wageFlag: '' | 'top_coded' | 'not_available';
	education: string;
};

/** A claim as a page lists it: its summary plus the words the server already wrote for it. */
export type ClaimListItem = ClaimSummary & {
	/** "Projected growth (%) 5%–7%": the measure and the value as stated. */
	label: string;
	/** The stated period ("2022–32"), '' when none. */
	span: string;
};
