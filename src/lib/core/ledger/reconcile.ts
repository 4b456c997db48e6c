// Reconciliation: for each claim, find the published figures it can be compared with
// (draftClaim), judge it (judgeClaim: verdicts and findings) and explain that judgement
// (explain). Pure: the same claims and figures always give the same result.
//
// Verdicts, in order of precedence (see VERDICTS): a claim's first verdict is its headline.
//   unsourced       no official or survey series exists for the measure, scope and geography
//   mixed_vintages  the two ends of a range come from different vintages
//   wrong_period    the value belongs to another period than the one stated
//   no_match        a series exists, but the value matches none of it (nearest figure shown)
//   outdated        matches a vintage older than the newest one available when the document appeared
//   wrong_scope     the value belongs to another occupation, group or geography than the one stated
//   confirmed       matches the figure for the stated period and scope, within rounding
import type { Claim } from '../schema/claim';
import { candidateLookup } from './candidateLookup';
import { documentDates } from './documentDates';
import { draftClaim } from './draftClaim';
import { explain } from './explain';
import { judgeClaim } from './judgeClaim';
import type { LedgerInput } from './judgement';
import type { ClaimCheck } from './types';

export type { LedgerInput } from './judgement';

export function reconcile(claims: Claim[], input: LedgerInput): ClaimCheck[] {
	return createReconciler(input)(claims);
}

/**
 * Index the figures once, then reconcile any number of claim lists against them: each call gives
 * what reconcile(claims, input) gives. A document's claims must be in one call, because a
 * document is dated from all of its claims together.
 */
export function createReconciler(input: LedgerInput): (claims: Claim[]) => ClaimCheck[] {
	const ledger = candidateLookup(input);
	return (claims) => {
		// A claim that names no place is compared with national figures.
		const drafts = claims.map((c) =>
			draftClaim(ledger, c.geography === '' ? { ...c, geography: 'US' } : c)
		);
		const dates = documentDates(drafts, ledger);
		return drafts.map((draft, i) => {
			const dating = dates.get(draft.claim.document_id) ?? { kind: 'unknown' };
			const judgement = judgeClaim({ draft, drafts, dating, ledger }, claims[i]!);
			const told = explain(judgement);
			return {
				claim: judgement.asStated,
				document: judgement.document,
				verdicts: judgement.verdicts,
				figures: judgement.figures,
				differences: told.differences,
				explanation: told.explanation,
				documentDate: told.documentDate
			};
		});
	};
}
