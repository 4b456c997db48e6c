// One end of a claim that matches a figure within rounding: is it the stated period
// (wrong_period), the stated scope (wrong_scope), the newest vintage then out (outdated)?
import type { Figure } from '../schema/figure';
import type { FigureMeasure } from '../schema/vocabulary';
import { firstBest } from './firstBest';
import { found } from './found';
import { groupShare } from './groupShare';
import type { Candidate, End, Found, RuleContext } from './judgement';
import { outdatedCheck } from './outdatedCheck';
import { wrongScope } from './wrongScope';

/** outdatedEarlier: an earlier end of the same claim was found outdated. */
export function judgeMatch(
	context: RuleContext,
	end: End,
	c: Candidate,
	stated: number,
	outdatedEarlier: boolean
): Found {
	const f = c.figure;
	const parts: (Found | null)[] = [found({ shown: [{ role: 'match', end, figure: f, stated }] })];
	if (!c.fits) parts.push(wrongPeriod(context, end, c, stated));
	if (!c.sameScope) parts.push(wrongScope(context, c));
	const outdated = c.fits ? outdatedCheck(context, [c]) : null;
	parts.push(outdated);
	// Kept as it was: a second outdated end of a range is also said to match.
	if (c.fits && c.sameScope && (!outdated || outdatedEarlier))
		parts.push(found({ findings: [{ kind: 'matches', figure: f }] }));
	if (f.value !== stated)
		parts.push(found({ findings: [{ kind: 'rounding', stated: { value: stated, figure: f } }] }));
	parts.push(groupShare(context, c));
	return found(...parts);
}

function wrongPeriod(context: RuleContext, end: End, c: Candidate, stated: number): Found {
	const right = bestFitting(context, c);
	return found({
		verdicts: ['wrong_period'],
		findings: [{ kind: 'wrongPeriod', stated: { value: stated, figure: c.figure }, right }],
		shown: right ? [{ role: 'context', end, figure: right, stated }] : []
	});
}

/** The same-scope figure for the stated period, to show beside a wrong-period match. */
function bestFitting({ draft, ledger }: RuleContext, c: Candidate): Figure | null {
	const { claim } = draft;
	const pool = ledger
		.candidatesFor(
			claim,
			[c.figure.measure as FigureMeasure],
			(f, distance) => f.geography === claim.geography && distance <= c.distance
		)
		.filter((x) => x.fits);
	return firstBest(pool, ledger.rank)?.figure ?? null;
}
