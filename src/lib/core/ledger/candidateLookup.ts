// The ledger as one reconciler reads it: figures indexed once, sources and releases by key, and
// the one order in which a claim's candidate figures are preferred.
import { SURVEY_SCOPED } from './comparableMeasures';
import { figureIndex } from './figureIndex';
import { figureRanks } from './figureRanks';
import type { Candidate, LedgerInput, Lookup } from './judgement';
import { ledgerLookups } from './ledgerLookups';
import { periodFits } from './periods';
import { vintageOrder } from '../vintage';

export function candidateLookup(input: LedgerInput): Lookup {
	const { sourceById, releaseOf } = ledgerLookups(input.sources, input.releases);
	const index = figureIndex(input.figures);
	const all = input.figures;
	const kindRank = (c: Candidate) =>
		figureRanks.sourceKind(sourceById.get(c.figure.source_id)?.kind);
	// Fitting period, then stated scope, then nearer scope, newer vintage, better source, finer value.
	const rank = (a: Candidate, b: Candidate) =>
		Number(b.fits) - Number(a.fits) ||
		Number(b.sameScope) - Number(a.sameScope) ||
		a.distance - b.distance ||
		vintageOrder(b.figure.vintage).order - vintageOrder(a.figure.vintage).order ||
		kindRank(a) - kindRank(b) ||
		figureRanks.qualifier(a.figure.qualifier) - figureRanks.qualifier(b.figure.qualifier) ||
		a.figure.id.localeCompare(b.figure.id);

	const candidatesFor: Lookup['candidatesFor'] = (claim, measures, keep) => {
		const out: Candidate[] = [];
		for (const m of measures) {
			// One distance per run: every figure in it has the run's code.
			for (const { run, distance } of index.related(m, claim.scope_code, SURVEY_SCOPED.has(m))) {
				for (let i = run.start; i < run.end; i++) {
					const figure = all[i]!;
					if (figure.value === null || !keep(figure, distance)) continue;
					out.push({
						figure,
						distance,
						sameScope: distance === 0 && figure.geography === claim.geography,
						fits: periodFits(claim, figure)
					});
				}
			}
		}
		return out;
	};

	return { figures: all, index, sourceById, releaseOf, rank, candidatesFor };
}
