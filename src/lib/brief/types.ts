// The brief's payload types: small, plain and serialisable (built at build time, read in the browser).
import type { Figure } from '$lib/core/schema/figure';
import type { Source } from '$lib/core/schema/source';
import type { Supply } from '$lib/core/schema/supply';
import type { Verdict } from '$lib/core/ledger/types';
import type { CpiIndex } from './inflation';

/** A figure reduced to what the brief selects, cites and fingerprints. */
export type BriefFigure = Pick<
	Figure,
	| 'id'
	| 'measure'
	| 'soc_code'
	| 'vintage'
	| 'period_start'
	| 'period_end'
	| 'value'
	| 'value_flag'
	| 'unit'
	| 'source_id'
> & {
	computed: boolean;
};

/** How a proposed (crosswalk) SOC code is covered by the newest data. */
export type MappingKind = 'direct' | 'combined' | 'older_only' | 'none';

export type MappedCode = {
	/** The code the crosswalk proposes. */
	soc: string;
	title: string;
	kind: MappingKind;
	/** The code whose figures are used: soc itself, or its broad group when BLS publishes only the combined figure. */
	uses: string;
	usesTitle: string;
	/** One sentence saying what is used and why. */
	explanation: string;
};

/** A claim the ledger found wrong, reduced to what the brief prints. */
export type FailingClaim = {
	id: string;
	measure: string;
	scopeAsStated: string;
	scopeCode: string;
	/** The claimed value as the document states it, e.g. "about 7%". */
	valueText: string;
	period: string;
	verdict: Verdict;
	explanation: string;
	document: { publisher: string; title: string; url: string } | null;
	/** The figure the claim should have used: the newest published figure of the same measure and code. */
	correct: BriefFigure | null;
};

export type BriefPayload = {
	cip: string;
	cipTitle: string;
	crosswalkSourceId: string;
	mapping: MappedCode[];
	/** EP and OEWS figures of every code in `mapping[].uses`, plus 00-0000, all vintages. */
	figures: BriefFigure[];
	epVintages: string[];
	oewsVintages: string[];
	cpi: CpiIndex;
	supply: Supply[];
	/** Survey figures the ledger links to these codes (through checked claims). */
	surveys: Figure[];
	failing: FailingClaim[];
	sources: Source[];
	releases: Record<string, string>;
	/** When the data was imported: the access date of every reference. */
	accessed: string;
};
