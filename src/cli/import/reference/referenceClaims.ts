// claims.csv rows as ClaimSchema rows, and one source per document (article or marketing).
// Claims are taken as stated; the evidence column is never read.
import type { ReportBuilder } from '../report/ReportBuilder';
import type { ClaimRow, SourceRow } from '../rowTypes';
import { UNITS } from '../../../lib/core/schema/vocabulary';
import { parseDecimal } from '../values/parseDecimal';
import { classifyDocument } from './classifyDocument';
import type { ReferenceRecord } from './readReferenceTable';
import { scopeCode } from './scopeCode';
import { sourceSlug } from './sourceSlug';

/** Stated units the vocabulary lacks, stored as the unit the ledger uses for the same count. */
const UNIT_ALIASES: Record<string, string> = { jobs: 'persons' };

function number(raw: string): string | null {
	return raw === '' ? '' : parseDecimal(raw);
}

export function referenceClaims(
	rows: readonly ReferenceRecord[],
	report: ReportBuilder
): { claims: ClaimRow[]; documents: SourceRow[] } {
	const documents = new Map<string, SourceRow>();
	const published = new Map<string, Set<string>>();
	const claims: ClaimRow[] = [];
	for (const row of rows) {
		const get = row.get;
		const id = get('id');
		const url = get('document_url');
		const scope = scopeCode(get('soc_code_as_stated'));
		if ('error' in scope) {
			report.skip(`claims.csv: ${scope.error}`, id);
			continue;
		}
		const values = [get('value'), get('value_low'), get('value_high')].map(number);
		if (values.some((v) => v === null)) {
			report.skip('claims.csv: a value is not a plain number', id);
			continue;
		}
		let unit = get('unit');
		const notes: string[] = [];
		if (scope.remark)
			notes.push(`Scope code remark in the reference file: ${scope.remark.replace(/\.+$/, '')}.`);
		if (!(UNITS as readonly string[]).includes(unit) && UNIT_ALIASES[unit]) {
			notes.push(
				`Unit stated as "${unit}"; stored as "${UNIT_ALIASES[unit]}", the unit the ledger uses for employment counts.`
			);
			report.note(
				`claims.csv ${id}: unit "${unit}" is not in the vocabulary; stored as "${UNIT_ALIASES[unit]}"`
			);
			unit = UNIT_ALIASES[unit]!;
		}
		let docId = documents.get(url)?.source_id;
		if (!docId) {
			docId = `ref:doc:${sourceSlug(url)}`;
			const kind = classifyDocument(get('document_org'), url);
			report.note(`document ${docId}: ${kind.kind} (${kind.reason})`);
			documents.set(url, {
				source_id: docId,
				kind: kind.kind,
				publisher: get('document_org'),
				title: get('document_title'),
				url,
				published: '',
				vintage: '',
				original_publisher: '',
				original_title: '',
				original_url: '',
				note: ''
			});
		}
		if (get('document_published'))
			published.set(url, (published.get(url) ?? new Set()).add(get('document_published')));
		report.kept();
		claims.push({
			id: `ref:${id}`,
			document_id: docId,
			measure: get('measure'),
			scope_as_stated: get('scope_as_stated'),
			scope_code: scope.code,
			geography: get('geography'),
			period_start: get('period_start'),
			period_end: get('period_end'),
			value: values[0]!,
			value_low: values[1]!,
			value_high: values[2]!,
			unit,
			qualifier: get('qualifier'),
			attributed_to: get('attributed_to'),
			note: notes.join(' ')
		});
	}
	for (const [url, dates] of published) {
		if (dates.size === 1) documents.get(url)!.published = [...dates][0]!;
		else
			report.note(
				`${url}: claims give several document dates (${[...dates].join(', ')}); left empty`
			);
	}
	return { claims, documents: [...documents.values()] };
}
