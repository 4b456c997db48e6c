import type { Claim } from '../schema/claim';
import type { End } from './judgement';

/** The value a claim states for one end: the value itself for a point, else the range's end. */
export function valueOfEnd(claim: Claim, end: End): number {
	return (
		(end === 'value' ? claim.value : end === 'low' ? claim.value_low : claim.value_high) ?? NaN
	);
}
