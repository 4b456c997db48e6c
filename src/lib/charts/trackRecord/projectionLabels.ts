// Where each projection's vintage label goes: beside its end point when there is room, else in a
// column right of the plot joined by a leader line; labels sharing space are dodged apart.
import { px } from '../shared/axis';
import { dodge } from '../shared/dodge';
import type { SizedFrame } from '../shared/frame';

/** Pixels per year below which projection labels move to a column (see placeLabels). */
export const LABEL_COLUMN_PX = 30;
/** The width of a projection label ("EP 2012-22" at the chart's label size). */
export const LABEL_PX = 62;
/** How far above or below a label another end point must be not to be covered by it. */
const LABEL_CLEARANCE_PX = 14;

/** What placing a label needs of a projection; labelX, labelY and leader are set in place. */
export type Labelled = {
	end: { x: number; y: number };
	labelX: number;
	labelY: number;
	leader: boolean;
};

/** Groups of labels whose horizontal extents overlap (transitively), in input order within each. */
function overlapping<P extends Labelled>(projections: P[], labelWidth: number): P[][] {
	const byX = [...projections].sort((a, b) => a.labelX - b.labelX);
	const groups: P[][] = [];
	let reach = -Infinity;
	for (const p of byX) {
		if (p.labelX <= reach) groups.at(-1)!.push(p);
		else groups.push([p]);
		reach = Math.max(reach, p.labelX + labelWidth);
	}
	return groups.map((g) => projections.filter((p) => g.includes(p)));
}

/** `yearPx`: the width of one year on the x scale. */
export function placeLabels<P extends Labelled>(
	projections: P[],
	fr: SizedFrame,
	yearPx: number
): void {
	// A label beside its end point would cover the next years' end points when a year is narrower
	// than LABEL_COLUMN_PX, or when another projection ends just right of it at about the same height:
	// such labels stack in a column right of the plot instead, joined to their ends by leader lines.
	const columnX = fr.right + 6;
	const narrow = yearPx < LABEL_COLUMN_PX;
	const crowded = (p: P) =>
		projections.some(
			(q) =>
				q !== p &&
				q.end.x > p.end.x &&
				q.end.x <= p.end.x + 6 + LABEL_PX &&
				Math.abs(q.end.y - p.end.y) < LABEL_CLEARANCE_PX
		);
	for (const p of projections.filter((p) => narrow || crowded(p))) {
		p.labelX = columnX;
		p.leader = p.end.x < fr.right - 1;
	}
	// Labels that share horizontal space are dodged apart vertically, each such cluster on its own.
	for (const cluster of overlapping(projections, LABEL_PX)) {
		const ys = dodge(
			cluster.map((p) => p.labelY),
			13,
			fr.top,
			fr.bottom
		);
		cluster.forEach((p, i) => (p.labelY = px(ys[i]!)));
	}
}
