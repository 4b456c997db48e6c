// The figures of one reconciliation, indexed once however many claim groups are then checked
// against them. Figures arrive in runs of one measure and one SOC code (a code's file, then the
// next), so the index records runs rather than copying figures. A claim only ever reads the runs
// of codes related to its stated scope; those are found once per (measure, scope) and remembered.
// Runs keep the input order, which the tie-breaks of reconciliation depend on. Figures without a
// value are left for callers to skip.
import type { Figure } from '../schema/figure';
import { scopeDistance } from '../soc';

/** figures[start..end) share one measure and one soc_code. */
export type Run = { soc: string; start: number; end: number };

/** A run of a code related to a stated scope, and how far that code is (see scopeDistance). */
export type RelatedRun = { run: Run; distance: number };

export type FigureIndex = {
	/** The runs of a measure for exactly this code, in input order. */
	runsOf(measure: string, soc: string): readonly Run[];
	/**
	 * The runs of a measure whose code is related to `stated`, with its distance, in input order.
	 * With `surveyScoped`, runs without a code (survey populations) count as the stated scope.
	 */
	related(measure: string, stated: string, surveyScoped?: boolean): readonly RelatedRun[];
};

const NONE: readonly never[] = [];

export function figureIndex(figures: readonly Figure[]): FigureIndex {
	/** measure -> code -> runs */
	const byMeasure = new Map<string, Map<string, Run[]>>();
	let i = 0;
	while (i < figures.length) {
		const first = figures[i]!;
		let end = i + 1;
		while (
			end < figures.length &&
			figures[end]!.measure === first.measure &&
			figures[end]!.soc_code === first.soc_code
		)
			end++;
		let codes = byMeasure.get(first.measure);
		if (!codes) byMeasure.set(first.measure, (codes = new Map()));
		const run: Run = { soc: first.soc_code, start: i, end };
		const list = codes.get(first.soc_code);
		if (list) list.push(run);
		else codes.set(first.soc_code, [run]);
		i = end;
	}

	const allCodes = new Set<string>();
	for (const codes of byMeasure.values()) for (const soc of codes.keys()) allCodes.add(soc);
	/** Per stated scope, the related codes of any measure and their distance. */
	const relatedCodes = new Map<string, Map<string, number>>();
	const codesRelatedTo = (stated: string) => {
		let out = relatedCodes.get(stated);
		if (!out) {
			out = new Map();
			for (const soc of allCodes) {
				const d = scopeDistance(stated, soc);
				if (d !== null) out.set(soc, d);
			}
			relatedCodes.set(stated, out);
		}
		return out;
	};
	/** Found lists by stated scope, then by measure; survey-scoped ones apart. */
	const remembered = [
		new Map<string, Map<string, readonly RelatedRun[]>>(),
		new Map<string, Map<string, readonly RelatedRun[]>>()
	];
	const find = (measure: string, stated: string, surveyScoped: boolean): readonly RelatedRun[] => {
		const codes = byMeasure.get(measure);
		if (!codes) return NONE;
		const found: RelatedRun[] = [];
		for (const [soc, distance] of codesRelatedTo(stated))
			for (const run of codes.get(soc) ?? NONE) found.push({ run, distance });
		if (surveyScoped) for (const run of codes.get('') ?? NONE) found.push({ run, distance: 0 });
		found.sort((a, b) => a.run.start - b.run.start);
		return found.length > 0 ? found : NONE;
	};

	return {
		runsOf(measure, soc) {
			return byMeasure.get(measure)?.get(soc) ?? NONE;
		},
		related(measure, stated, surveyScoped = false) {
			const byStated = remembered[surveyScoped ? 1 : 0]!;
			let byMeasureFound = byStated.get(stated);
			if (!byMeasureFound) byStated.set(stated, (byMeasureFound = new Map()));
			let out = byMeasureFound.get(measure);
			if (!out) byMeasureFound.set(measure, (out = find(measure, stated, surveyScoped)));
			return out;
		}
	};
}
