// no_match: a series exists, but the value (or one end of a range) matches none of it. The
// nearest figure is shown, and a related measure the value does equal is named.
import { found } from './found';
import type { ClaimRule, Found } from './judgement';
import { valueOfEnd } from './valueOfEnd';
import { wrongScope } from './wrongScope';

const ENDS = ['value', 'low', 'high'] as const;

export const noMatchRule: ClaimRule = (context) => {
	const { draft } = context;
	const { claim } = draft;
	const parts: (Partial<Found> | null)[] = [{ verdicts: ['no_match'] }];
	for (const e of ENDS) {
		const end = draft.ends[e];
		if (!end) continue;
		const value = valueOfEnd(claim, e);
		const c = end.best ?? end.nearest;
		if (!c) continue;
		const stated = { value, figure: c.figure };
		parts.push({
			findings: [
				end.best ? { kind: 'oneEndOnly', end: e, stated } : { kind: 'nearest', end: e, stated }
			],
			shown: [{ role: end.best ? 'match' : 'nearest', end: e, figure: c.figure, stated: value }]
		});
		if (!end.best && !c.sameScope) parts.push(wrongScope(context, c));
	}
	const related = draft.relatedMeasureMatch;
	if (related)
		parts.push({
			findings: [{ kind: 'wrongMeasure', figure: related.figure }],
			shown: [{ role: 'context', end: 'value', figure: related.figure, stated: claim.value }]
		});
	return found(...parts);
};
