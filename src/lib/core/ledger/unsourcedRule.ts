// unsourced: no official or survey series in the ledger measures the claim in its place; the
// nearest published figures of a related measure are shown beside it.
import { found } from './found';
import type { ClaimRule } from './judgement';

export const unsourcedRule: ClaimRule = ({ draft }) => {
	if (!draft.noSeries) return null;
	const context = draft.context;
	return found({
		verdicts: ['unsourced'],
		findings: [
			{ kind: 'unsourced' },
			...(context.length > 0
				? [
						{
							kind: 'contextRange' as const,
							low: context[0]!.figure,
							high: context[context.length - 1]!.figure
						}
					]
				: [])
		],
		shown: context.map((c) => ({ role: 'context', end: 'value', figure: c.figure, stated: null }))
	});
};
