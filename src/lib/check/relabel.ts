// An upload is never official, whatever its source_id or kind columns say: every uploaded
// figure is re-labelled with one synthetic source per file, badged "Your upload", and is only
// ever reconciled separately from the official figures.
import type { Figure } from '../core/schema/figure';
import type { Source } from '../core/schema/source';

export const UPLOAD_PREFIX = 'upload:';

export const isUploadSource = (sourceId: string | null | undefined) =>
	typeof sourceId === 'string' && sourceId.startsWith(UPLOAD_PREFIX);

/** A short, safe identifier part from a file name. */
export function uploadId(fileName: string): string {
	const slug = fileName
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^a-z0-9.]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60);
	return `${UPLOAD_PREFIX}${slug || 'file'}`;
}

/** The synthetic source of one uploaded file. No URL: nothing links anywhere. */
export function uploadSource(fileName: string): Source {
	return {
		source_id: uploadId(fileName),
		// The schema has no "upload" kind; the badge is chosen from the upload: prefix, never from kind.
		kind: 'article',
		publisher: 'Your upload',
		title: fileName,
		url: '',
		published: '',
		vintage: '',
		original_publisher: '',
		original_title: '',
		original_url: '',
		note: 'Uploaded in this browser; not checked against any official release.'
	};
}

/** The figure as uploaded, re-labelled: its id and source point at the upload, its stated source goes to the note. */
export function relabelFigure(f: Figure, sourceId: string): Figure {
	return relabelRow({ ...f }, sourceId);
}

/** relabelFigure without the copy, for a row the loader has just made and nothing else holds. */
export function relabelRow(row: Figure, sourceId: string): Figure {
	const stated = `Uploaded row; the file names source "${row.source_id}".`;
	row.id = `${sourceId}:${row.id}`;
	row.source_id = sourceId;
	row.note = row.note ? `${stated} ${row.note}` : stated;
	return row;
}
