// sources.csv rows for the reference figures: one per distinct source URL. Official rows read on
// BLS or a state labour department's own page are "official"; copies are "reproduction" and
// name the release they copy; survey rows are "survey".
import type { ReportBuilder } from '../report/ReportBuilder';
import type { SourceRow } from '../rowTypes';
import { originalOf } from './originalOf';
import type { ReferenceRecord } from './readReferenceTable';
import { sourceSlug } from './sourceSlug';

export type SourceInput = { file: 'official.csv' | 'surveys.csv'; row: ReferenceRecord };

const OFFICIAL_ORG = /Bureau of Labor Statistics|Department of Labor|\bDOL\b/i;

/** Titles of one source: the shared one, or the one the others extend, or all of them. */
function title(values: string[], url: string, report: ReportBuilder): string {
	const distinct = [...new Set(values)];
	if (distinct.length === 1) return distinct[0]!;
	const stem = distinct.find((t) => distinct.every((o) => o.startsWith(t)));
	report.note(
		`${url}: rows give ${distinct.length} source titles; using ${stem ? 'the shortest, which the others extend' : 'all of them'}`
	);
	return stem ?? distinct.join('; ');
}

/** One value shared by every row of a source; on disagreement the first, reported. */
function single(values: string[], what: string, url: string, report: ReportBuilder): string {
	const distinct = [...new Set(values)];
	if (distinct.length > 1)
		report.note(`${url}: rows disagree on ${what} (${distinct.join(' | ')}); using the first`);
	return distinct[0] ?? '';
}

/** Society names, from the rows a society published itself: "ASCP" -> its source_org. */
function societies(inputs: readonly SourceInput[]): Map<string, string> {
	const names = new Map<string, string>();
	for (const { file, row } of inputs) {
		const acronym = /^([A-Z]{2,})\b/.exec(row.get('vintage'))?.[1];
		if (
			file === 'surveys.csv' &&
			row.get('provenance') === 'primary' &&
			acronym &&
			!names.has(acronym)
		)
			names.set(acronym, row.get('source_org').replace(/\s*\(.*\)\s*$/, ''));
	}
	return names;
}

export function referenceSources(
	inputs: readonly SourceInput[],
	report: ReportBuilder
): { rows: SourceRow[]; idOf: Map<string, string> } {
	const byUrl = new Map<string, SourceInput[]>();
	for (const input of inputs) {
		const url = input.row.get('source_url');
		byUrl.set(url, [...(byUrl.get(url) ?? []), input]);
	}
	const society = societies(inputs);
	const rows: SourceRow[] = [];
	const idOf = new Map<string, string>();
	const slugs = new Set<string>();
	for (const [url, group] of byUrl) {
		const slug = sourceSlug(url);
		if (slugs.has(slug)) throw new Error(`two source URLs share the slug ${slug}`);
		slugs.add(slug);
		const id = `ref:src:${slug}`;
		const files = new Set(group.map((g) => g.file));
		if (files.size > 1)
			report.note(
				`${url} is cited by both official.csv and surveys.csv; it is described as a survey source`
			);
		const get = (c: string) => group.map((g) => g.row.get(c));
		const org = single(get('source_org'), 'source_org', url, report);
		const provenance = single(get('provenance'), 'provenance', url, report);
		const published = [...new Set(get('published').filter(Boolean))];
		if (published.length > 1)
			report.note(
				`${url}: rows give several published dates (${published.join(', ')}); left empty`
			);
		const vintages = [...new Set(get('vintage'))].sort();
		let kind: string;
		let original = { publisher: '', title: '', url: '' };
		if (files.has('surveys.csv')) {
			kind = 'survey';
			if (provenance !== 'primary') {
				const acronym = /^([A-Z]{2,})\b/.exec(vintages[0]!)?.[1] ?? '';
				original = { publisher: society.get(acronym) ?? '', title: vintages.join('; '), url: '' };
			}
		} else if (provenance === 'primary') {
			if (!OFFICIAL_ORG.test(org)) {
				report.skip(
					'official.csv: primary source is neither BLS nor a state labour department; its rows are not imported',
					url
				);
				continue;
			}
			kind = 'official';
		} else {
			kind = 'reproduction';
			original = originalOf(vintages);
		}
		idOf.set(url, id);
		rows.push({
			source_id: id,
			kind,
			publisher: org,
			title: title(get('source_title'), url, report),
			url,
			published: published.length === 1 ? published[0]! : '',
			vintage: vintages.join('; '),
			original_publisher: original.publisher,
			original_title: original.title,
			original_url: original.url,
			note:
				kind !== 'survey' && published.length === 1
					? 'published: the release date of the official figures, as the reference file gives it.'
					: ''
		});
	}
	return { rows, idOf };
}
