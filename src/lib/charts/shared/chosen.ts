// Whether a mark belongs to the vintage a page chose: compared on the label's EP part, so a copy
// such as "OOH 2018-19 (EP 2016-26)" is marked with EP 2016-26.
import { vintageOrder } from '$lib/core/vintage';

export function isChosen(vintage: string, chosen: string | null | undefined): boolean {
	return chosen != null && vintageOrder(vintage).core === chosen;
}
