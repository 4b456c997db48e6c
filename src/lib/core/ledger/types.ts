// What reconciliation says about a claim. Pure data: safe to serialise into a page.
import type { Claim } from '../schema/claim';
import type { Figure } from '../schema/figure';
import type { Source } from '../schema/source';

/** Listed in order of precedence: a claim's first verdict is its headline. */
export const VERDICTS = [
	'unsourced',
	'mixed_vintages',
	'wrong_period',
	'no_match',
	'outdated',
	'wrong_scope',
	'confirmed'
] as const;
export type Verdict = (typeof VERDICTS)[number];

export const VERDICT_LABELS: Record<Verdict, string> = {
	confirmed: 'Confirmed',
	outdated: 'Outdated',
	wrong_period: 'Wrong period',
	wrong_scope: 'Wrong scope',
	mixed_vintages: 'Mixed vintages',
	no_match: 'No match',
	unsourced: 'Unsourced'
};

/**
 * match: the claim's value equals this figure within rounding.
 * nearest: no figure matches; this is the closest one in the claim's scope.
 * newer: a newer vintage of the matched series, available when the document appeared.
 * context: shown beside the claim to put it in proportion (e.g. nearest survey figures).
 */
export type FigureRole = 'match' | 'nearest' | 'newer' | 'context';

export type MatchedFigure = {
	role: FigureRole;
	/** Which end of a range claim this figure answers; 'value' for point claims. */
	end: 'value' | 'low' | 'high';
	figure: Figure;
	source: Source | null;
	/** claim value minus figure value, in the figure's unit; null when not meaningful. */
	difference: number | null;
};

/** One way in which a claim differs from the official picture. */
export type Difference = {
	kind: 'period' | 'scope' | 'vintage' | 'rounding' | 'measure';
	text: string;
};

/** When the claiming document appeared, and how we know. */
export type DocumentDate =
	| { kind: 'stated'; date: string }
	| { kind: 'inferred'; after: string | null; vintage: string; text: string }
	| { kind: 'unknown' };

export type ClaimCheck = {
	claim: Claim;
	document: Source | null;
	verdicts: Verdict[];
	figures: MatchedFigure[];
	differences: Difference[];
	explanation: string;
	documentDate: DocumentDate;
};

/** What a page needs to list or draw a claim: its verdicts and explanation, not the matched figures. */
export type ClaimSummary = Pick<ClaimCheck, 'claim' | 'document' | 'verdicts' | 'explanation'>;
