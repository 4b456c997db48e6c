// Every end of the claim matches a figure (a range: from one vintage): each match is judged,
// and a claim with nothing wrong in any of them is confirmed.
import { found } from './found';
import { judgeMatch } from './judgeMatch';
import type { Candidate, ClaimRule, Draft, End, Lookup } from './judgement';
import { rangeReading } from './rangeReading';
import { valueOfEnd } from './valueOfEnd';

const ENDS = ['value', 'low', 'high'] as const;

export const matchedRule: ClaimRule = (context) => {
	const picks = matchedEnds(context.draft, context.ledger.rank);
	if (!picks) return null;
	let sofar = found();
	for (const [end, c] of picks) {
		const stated = valueOfEnd(context.draft.claim, end);
		sofar = found(sofar, judgeMatch(context, end, c, stated, sofar.verdicts.includes('outdated')));
	}
	return sofar.verdicts.length === 0 ? found(sofar, { verdicts: ['confirmed'] }) : sofar;
};

/** The figure each end is judged on; null unless every end matches. */
function matchedEnds(draft: Draft, rank: Lookup['rank']): [End, Candidate][] | null {
	if (draft.kind === 'range') {
		const reading = rangeReading(draft, rank);
		return reading?.kind === 'shared'
			? [
					['low', reading.low],
					['high', reading.high]
				]
			: null;
	}
	const ends = ENDS.filter((e) => draft.ends[e]);
	if (ends.length === 0 || !ends.every((e) => draft.ends[e]!.best)) return null;
	return ends.map((e) => [e, draft.ends[e]!.best!]);
}
