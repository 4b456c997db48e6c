import type { Provenance } from './parseProvenance';

/** The GitHub blob URL of a file at a commit, each path segment URL-encoded ("a b" -> "a%20b"). */
export function githubBlobUrl(p: Provenance): string {
	const path = p.path.split('/').map(encodeURIComponent).join('/');
	return `https://github.com/${p.owner}/${p.repo}/blob/${p.commit}/${path}`;
}
