// mixed_vintages: the two ends of a range match figures of different releases, and no single
// vintage gives the range.
import { found } from './found';
import type { ClaimRule } from './judgement';
import { outdatedCheck } from './outdatedCheck';
import { rangeReading } from './rangeReading';
import { wrongScope } from './wrongScope';

export const mixedVintagesRule: ClaimRule = (context) => {
	const { draft, ledger } = context;
	const reading = rangeReading(draft, ledger.rank);
	if (reading?.kind !== 'mixed') return null;
	const { claim } = draft;
	const { low, high } = reading;
	const fitting = [...draft.ends.low!.matches, ...draft.ends.high!.matches]
		.filter((c) => c.fits)
		.sort(ledger.rank)[0];
	return found(
		{
			verdicts: ['mixed_vintages'],
			findings: [
				{
					kind: 'mixedVintages',
					low: { value: claim.value_low!, figure: low.figure },
					high: { value: claim.value_high!, figure: high.figure }
				}
			],
			shown: [
				{ role: 'match', end: 'low', figure: low.figure, stated: claim.value_low },
				{ role: 'match', end: 'high', figure: high.figure, stated: claim.value_high }
			]
		},
		// Kept as it was: the scope is noted even when the figure is of the stated scope.
		wrongScope(context, low),
		wrongScope(context, high),
		fitting ? { findings: [{ kind: 'periodFitting', figure: fitting.figure }] } : null,
		outdatedCheck(context, [low, high])
	);
};
