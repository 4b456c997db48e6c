// Does a figure's period fit the period a claim states? Years are compared where the claim
// states them; months only where both sides state one. An unstated period fits anything.
import type { Claim } from '../schema/claim';
import type { Figure } from '../schema/figure';
import { vintageOrder } from '../vintage';

const year = (p: string) => p.slice(0, 4);
const month = (p: string) => (p.length > 4 ? p.slice(5, 7) : null);

function sameMoment(claimPart: string, figurePart: string): boolean {
	if (year(claimPart) !== year(figurePart)) return false;
	const a = month(claimPart);
	const b = month(figurePart);
	return a === null || b === null || a === b;
}

export function periodStated(claim: Pick<Claim, 'period_start' | 'period_end'>): boolean {
	return claim.period_start !== '' || claim.period_end !== '';
}

export function periodFits(
	claim: Pick<Claim, 'period_start' | 'period_end'>,
	figure: Pick<Figure, 'period_start' | 'period_end'>
): boolean {
	if (claim.period_start !== '' && !sameMoment(claim.period_start, figure.period_start))
		return false;
	if (claim.period_end !== '' && !sameMoment(claim.period_end, figure.period_end)) return false;
	return true;
}

/** "2022-2032", "May 2024", "2026" or "no period stated". */
export function describeClaimPeriod(claim: Pick<Claim, 'period_start' | 'period_end'>): string {
	const fmt = (p: string) =>
		p.length > 4
			? `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(month(p)) - 1]} ${year(p)}`
			: p;
	if (!periodStated(claim)) return 'no period stated';
	if (claim.period_start === '') return `by ${fmt(claim.period_end)}`;
	if (claim.period_end === '' || claim.period_end === claim.period_start)
		return fmt(claim.period_start);
	return `${fmt(claim.period_start)}-${fmt(claim.period_end)}`;
}

/** The period a figure is for: "May 2022" for OEWS, else "2024" or "2022-2032". */
export function describeFigurePeriod(f: Pick<Figure, 'vintage' | 'period_start' | 'period_end'>) {
	const v = vintageOrder(f.vintage);
	if (v.family === 'OEWS') return v.core.replace('OEWS ', '');
	if (f.period_start === f.period_end) return f.period_start;
	return `${f.period_start}-${f.period_end}`;
}
