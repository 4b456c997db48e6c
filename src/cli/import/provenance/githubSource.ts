// The sources.csv row for one input file: the GitHub copy named in the README's provenance
// table, or, for a file the table does not list, the --source-url/--publisher given by hand.
import type { SourceRow } from '../rowTypes';
import { githubBlobUrl } from './githubBlobUrl';
import type { Provenance } from './parseProvenance';

export type Original = { publisher: string; title: string; url: string };
export type ManualSource = { sourceUrl?: string; publisher?: string };

export function githubSource(
	file: string,
	provenance: Provenance | undefined,
	manual: ManualSource,
	row: { source_id: string; vintage: string; original: Original; note: string }
): SourceRow {
	const common = {
		source_id: row.source_id,
		kind: 'reproduction',
		published: '',
		vintage: row.vintage,
		original_publisher: row.original.publisher,
		original_title: row.original.title,
		original_url: row.original.url
	};
	if (provenance) {
		const said = provenance.remark.replace(/^[;,]\s*/, '').replace(/^\((.*)\)$/, '$1');
		const remark = said ? ` Provenance remark: ${said}.` : '';
		const title = `${provenance.path} at commit ${provenance.commit.slice(0, 7)}`;
		const conversion = provenance.conversion;
		// A conversion cites the workbook it was made from: that is the copy whose bytes were checked.
		const sheet = conversion?.sheet ? `sheet "${conversion.sheet}"` : 'its main sheet';
		return {
			...common,
			publisher: `GitHub: ${provenance.owner}/${provenance.repo}`,
			title: conversion ? `${title}, ${sheet} (read from the CSV conversion ${file})` : title,
			url: githubBlobUrl(provenance),
			note: conversion
				? `Workbook: byte-for-byte copy (blob hash checked, per the folder's README); ${file} converts its ${sheet}.${remark} ${row.note}`
				: `Byte-for-byte copy (git blob hash checked, per the input folder's README).${remark} ${row.note}`
		};
	}
	if (!manual.sourceUrl || !manual.publisher)
		throw new Error(
			`${file} has no row in the folder's README.md provenance table: pass --source-url <url> and --publisher <name> to say where it comes from`
		);
	return {
		...common,
		publisher: manual.publisher,
		title: file,
		url: manual.sourceUrl,
		note: `Source named with --source-url/--publisher; not checked by the import. ${row.note}`
	};
}
