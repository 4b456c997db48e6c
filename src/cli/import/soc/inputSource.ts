// The sources.csv row for a shared input whose README describes its GitHub copy in prose (the
// SOC, O*NET and Census folders). The copy's repository, commit and path are stated here and
// checked against the README, so a changed shared folder stops the import instead of being
// cited wrongly. The official publisher, table, address and release date go in original_*/published.
import type { SourceRow } from '../rowTypes';
import { githubBlobUrl } from '../provenance/githubBlobUrl';

export type SharedInput = {
	source_id: string;
	/** The file read, in the shared folder. */
	file: string;
	/** The GitHub copy the shared file is (or was converted from). */
	copy: { owner: string; repo: string; commit: string; path: string };
	/** The release as the input states it, e.g. "SOC 2018 (November 2017 final structure)". */
	vintage: string;
	/** The official release date as the README or file states it (YYYY, YYYY-MM or YYYY-MM-DD), or ''. */
	published: string;
	original: { publisher: string; title: string; url: string };
	note: string;
};

/** Throws unless the README names the copy's repository, commit and file name. */
export function checkReadme(readme: string, input: SharedInput, readmePath: string): void {
	const { owner, repo, commit, path } = input.copy;
	for (const needle of [`${owner}/${repo}`, commit, path.split('/').at(-1)!])
		if (!readme.includes(needle))
			throw new Error(
				`${readmePath}: does not mention "${needle}" for ${input.file}; update the provenance in src/cli/import before importing`
			);
}

export function inputSource(input: SharedInput): SourceRow {
	const { owner, repo, commit, path } = input.copy;
	return {
		source_id: input.source_id,
		kind: 'reproduction',
		publisher: `GitHub: ${owner}/${repo}`,
		title: `${path} at commit ${commit.slice(0, 7)}`,
		url: githubBlobUrl({ file: input.file, owner, repo, commit, path, remark: '' }),
		published: input.published,
		vintage: input.vintage,
		original_publisher: input.original.publisher,
		original_title: input.original.title,
		original_url: input.original.url,
		note: input.note
	};
}
