// The /claims payload: every checked claim as its public record, plus the filter options.
// Only the figures reconciliation matched to a claim travel with it; nothing else is shipped.
import { checkToRecord } from '$lib/core/ledger/checkToRecord';
import { VERDICTS, VERDICT_LABELS } from '$lib/core/ledger/types';
import type { ClaimsLedgerView, FilterOption, LedgerEntry } from '$lib/claims/types';
import { concernsOccupation } from '$lib/claims/filterEntries';
import { documentOf, measureLabel } from '$lib/claims/describe';
import { sortEntries } from '$lib/claims/sortEntries';
import type { LedgerIndex } from '../ledgerIndex';
import { byClaimId } from './slim';

function countOptions(
	values: Iterable<string>,
	label: (v: string) => string,
	keep: (v: string) => boolean = () => true
): FilterOption[] {
	const counts = new Map<string, number>();
	for (const v of values) if (keep(v)) counts.set(v, (counts.get(v) ?? 0) + 1);
	return [...counts]
		.map(([value, count]) => ({ value, label: label(value), count }))
		.sort(
			(a, b) =>
				a.label.localeCompare(b.label, 'en', { numeric: true }) || (a.value < b.value ? -1 : 1)
		);
}

function occupationLabel(index: LedgerIndex, code: string): string {
	const title = index.titleOf.get(code);
	return title ? `${title} (${code})` : code;
}

export function buildLedgerEntries(index: LedgerIndex): LedgerEntry[] {
	const entries = [...index.ledger.checks].sort(byClaimId).map((c): LedgerEntry => ({
		record: checkToRecord(c),
		note: c.claim.note,
		documentKind: c.document?.kind ?? ''
	}));
	return sortEntries(entries, 'verdict');
}

export function buildClaimsLedgerView(index: LedgerIndex): ClaimsLedgerView {
	const entries = buildLedgerEntries(index);
	const titleOfDocument = new Map(entries.map((e) => [e.record.document.id, documentOf(e.record)]));
	const codes = new Set<string>();
	for (const e of entries) {
		if (e.record.scope.code) codes.add(e.record.scope.code);
		for (const f of e.record.matched_figures)
			if ((f.role === 'match' || f.role === 'nearest') && f.occupation_code)
				codes.add(f.occupation_code);
	}
	const occupations = [...codes]
		.map((code) => ({
			value: code,
			label: occupationLabel(index, code),
			count: entries.filter((e) => concernsOccupation(e, code)).length
		}))
		.sort((a, b) => (a.value < b.value ? -1 : 1));
	const verdicts = VERDICTS.map((v) => ({
		value: v,
		label: VERDICT_LABELS[v],
		count: entries.filter((e) => e.record.verdicts.includes(v)).length
	})).filter((o) => o.count > 0);
	return {
		entries,
		options: {
			verdicts,
			documents: countOptions(
				entries.map((e) => e.record.document.id),
				(id) => {
					const d = titleOfDocument.get(id);
					return d && d.publisher ? `${d.publisher}: ${d.title}` : id;
				}
			),
			measures: countOptions(
				entries.map((e) => e.record.measure),
				measureLabel
			),
			occupations
		}
	};
}
