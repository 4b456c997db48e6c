// Judging: the claim-level rules in turn, the first that applies gives the claim's findings.
// A new verdict is one rule here (or a check inside judgeMatch) and one case in explain.ts.
import type { Claim } from '../schema/claim';
import type { Finding, Judgement, RuleContext, Shown } from './judgement';
import { matchedRule } from './matchedRule';
import { mixedVintagesRule } from './mixedVintagesRule';
import { noMatchRule } from './noMatchRule';
import { VERDICTS, type MatchedFigure } from './types';
import { unsourcedRule } from './unsourcedRule';

/** In order; noMatchRule always applies. */
const RULES = [unsourcedRule, mixedVintagesRule, matchedRule, noMatchRule];

export function judgeClaim(context: RuleContext, asStated: Claim): Judgement {
	const { draft, ledger } = context;
	let got = null;
	for (const rule of RULES) if ((got = rule(context))) break;
	const verdicts = VERDICTS.filter((v) => got!.verdicts.includes(v));
	// Confirmed only stands alone: anything else found about the claim replaces it.
	if (verdicts.includes('confirmed') && verdicts.length > 1)
		verdicts.splice(verdicts.indexOf('confirmed'), 1);
	const figure = (s: Shown): MatchedFigure => ({
		role: s.role,
		end: s.end,
		figure: s.figure,
		source: ledger.sourceById.get(s.figure.source_id) ?? null,
		difference:
			s.stated === null || s.figure.value === null ? null : round(s.stated - s.figure.value)
	});
	return {
		claim: draft.claim,
		asStated,
		document: ledger.sourceById.get(draft.claim.document_id) ?? null,
		dating: context.dating,
		considered: draft,
		verdicts,
		figures: got!.shown.map(figure),
		findings: firstWrongScopeOnly(got!.findings)
	};
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** A claim is told of a wrong scope once, for the first figure of another scope. */
function firstWrongScopeOnly(findings: Finding[]): Finding[] {
	const first = findings.findIndex((f) => f.kind === 'wrongScope');
	return findings.filter((f, i) => f.kind !== 'wrongScope' || i === first);
}
