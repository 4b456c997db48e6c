// What judging a claim finds, before any of it is put into words: the candidates considered, the
// figures shown with their roles, the verdicts and the findings (facts) the explanation is written
// from. explain.ts is the only reader of findings; a new finding needs one case there.
import type { Claim } from '../schema/claim';
import type { Figure } from '../schema/figure';
import type { Release } from '../schema/release';
import type { Source } from '../schema/source';
import type { FigureMeasure } from '../schema/vocabulary';
import type { FigureIndex } from './figureIndex';
import type { FigureRole, MatchedFigure, Verdict } from './types';

export type LedgerInput = { figures: Figure[]; sources: Source[]; releases: Release[] };

/** A figure seen from one claim: how far its scope is, and whether its period fits. */
export type Candidate = { figure: Figure; distance: number; sameScope: boolean; fits: boolean };

export type End = MatchedFigure['end'];

export type EndFinding = {
	matches: Candidate[];
	best: Candidate | null;
	nearest: Candidate | null;
};

/** The candidates considered for one claim. */
export type Draft = {
	/** The claim as compared: one that names no place is compared with national figures. */
	claim: Claim;
	kind: 'none' | 'point' | 'range' | 'pair';
	/** Findings per end: 'value' for points; 'low'/'high' for ranges and pairs. */
	ends: Partial<Record<End, EndFinding>>;
	/** True when the ledger holds no figure at all for the measure in a related scope. */
	noSeries: boolean;
	/** The stated scope has no figure fitting the stated period (e.g. no technicians-only series). */
	statedScopeMissing: boolean;
	context: Candidate[];
	relatedMeasureMatch: Candidate | null;
};

/** When the claiming document appeared, as judged: DocumentDate before it is put into words. */
export type DocumentDating =
	| { kind: 'stated'; date: string }
	| { kind: 'inferred'; after: string | null; vintage: string }
	| { kind: 'unknown' };

/** A stated value and the figure it was read against. */
export type Stated = { value: number; figure: Figure };

/** One fact about a claim, in the order it was found. */
export type Finding =
	| { kind: 'unsourced' }
	/** The lowest and highest published figures of a related measure. */
	| { kind: 'contextRange'; low: Figure; high: Figure }
	| { kind: 'mixedVintages'; low: Stated; high: Stated }
	/** The figure a mixed range's stated period does have. */
	| { kind: 'periodFitting'; figure: Figure }
	/** right: the same series for the stated period, when the ledger holds it. */
	| { kind: 'wrongPeriod'; stated: Stated; right: Figure | null }
	/** widerGroupOnly: the stated code has no series for the period, only this wider group. */
	| { kind: 'wrongScope'; figure: Figure; widerGroupOnly: boolean }
	| { kind: 'outdated'; matched: Figure; newer: Figure }
	| { kind: 'matches'; figure: Figure }
	| { kind: 'rounding'; stated: Stated }
	/** A group total, and the narrower occupation of the same document inside it. */
	| { kind: 'groupShare'; total: Figure; part: Figure }
	/** One end of a range matches; the other matches nothing. */
	| { kind: 'oneEndOnly'; end: End; stated: Stated }
	| { kind: 'nearest'; end: End; stated: Stated }
	/** The value is that of a measure the document did not name. */
	| { kind: 'wrongMeasure'; figure: Figure };

/** A figure to show beside the claim; stated is the claim value it is set against, if any. */
export type Shown = { role: FigureRole; end: End; figure: Figure; stated: number | null };

/** What one rule found: verdicts, findings and figures each in the order found. */
export type Found = { verdicts: Verdict[]; findings: Finding[]; shown: Shown[] };

/** The claim's judgement: facts only, no sentences. */
export type Judgement = {
	claim: Claim;
	asStated: Claim;
	document: Source | null;
	dating: DocumentDating;
	considered: Draft;
	/** In order of precedence (VERDICTS): the first is the headline. */
	verdicts: Verdict[];
	figures: MatchedFigure[];
	findings: Finding[];
};

/** A claim-level rule: what it found, or null when it does not apply and the next rule is asked. */
export type ClaimRule = (context: RuleContext) => Found | null;

/** What a rule sees: the claim's candidates, its document's date and claims, the ledger. */
export type RuleContext = {
	draft: Draft;
	drafts: readonly Draft[];
	dating: DocumentDating;
	ledger: Lookup;
};

/** The indexed ledger one reconciler reads. */
export type Lookup = {
	figures: readonly Figure[];
	index: FigureIndex;
	sourceById: Map<string, Source>;
	releaseOf: Map<string, string>;
	/** Negative when a is the better candidate. */
	rank: (a: Candidate, b: Candidate) => number;
	/** Candidates of related scopes among the measures' figures, only those `keep` accepts. */
	candidatesFor: (
		claim: Claim,
		measures: readonly FigureMeasure[],
		keep: (figure: Figure, distance: number) => boolean
	) => Candidate[];
};
