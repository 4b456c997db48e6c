// wrong_scope: the figure a value belongs to is for another occupation, group or place.
import { found } from './found';
import type { Candidate, Found, RuleContext } from './judgement';

export function wrongScope({ draft }: RuleContext, c: Candidate): Found {
	const { claim } = draft;
	const figure = c.figure;
	return found({
		verdicts: ['wrong_scope'],
		findings: [
			{
				kind: 'wrongScope',
				figure,
				widerGroupOnly:
					draft.statedScopeMissing &&
					claim.scope_code !== '' &&
					figure.geography === claim.geography
			}
		]
	});
}
