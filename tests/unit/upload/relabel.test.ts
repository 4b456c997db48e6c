// An upload never passes itself off as official, whatever its source_id or kind columns say.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { bytesSource, ingest, type IngestEvent } from '../../../src/lib/check/ingest';
import { isUploadSource, relabelFigure, uploadSource } from '../../../src/lib/check/relabel';
import { sizeProblem, MAX_UPLOAD_BYTES } from '../../../src/lib/check/limits';
import { sourceBadge } from '../../../src/lib/check/badges';

describe('uploaded figures', () => {
	it('are re-labelled with the upload source, whatever source_id they state', async () => {
		const events: IngestEvent[] = [];
		const bytes = new Uint8Array(readFileSync('tests/fixtures/uploads/figures-valid.csv'));
		await ingest(bytesSource(bytes), 'My figures.csv', (e) => events.push(e));
		const rows = events.flatMap((e) => (e.type === 'batch' && e.kind === 'figures' ? e.rows : []));
		expect(rows).toHaveLength(3);
		for (const f of rows) {
			expect(f.source_id).toBe('upload:my-figures.csv');
			expect(f.id.startsWith('upload:my-figures.csv:')).toBe(true);
			expect(isUploadSource(f.source_id)).toBe(true);
		}
		// The stated (official-looking) source survives only as text in the note.
		expect(rows[0]!.note).toMatch(/the file names source "ep:2024-34"/);
	});

	it('re-labelled one at a time leave the figure they came from unchanged', async () => {
		const events: IngestEvent[] = [];
		await ingest(
			bytesSource(new Uint8Array(readFileSync('tests/fixtures/uploads/figures-valid.csv'))),
			'a.csv',
			(e) => events.push(e)
		);
		const row = events.flatMap((e) =>
			e.type === 'batch' && e.kind === 'figures' ? e.rows : []
		)[0]!;
		const before = structuredClone(row);
		const again = relabelFigure(row, 'upload:b.csv');
		expect(row).toEqual(before);
		expect(again.id).toBe(`upload:b.csv:${row.id}`);
		expect(again.note.startsWith(`Uploaded row; the file names source "${row.source_id}".`)).toBe(
			true
		);
	});

	it('get a "Your upload" badge, never the official one', () => {
		const s = uploadSource('official.csv');
		expect(sourceBadge(s)).toEqual({ label: 'Your upload', tone: 'upload' });
		expect(sourceBadge({ ...s, source_id: 'ep:2024-34', kind: 'official' }).label).toBe('Official');
		// Even a synthetic source that claims kind official stays an upload.
		expect(sourceBadge({ ...s, kind: 'official' }).label).toBe('Your upload');
		expect(s.url).toBe('');
	});

	it('are size-checked before parsing, naming the limit', () => {
		expect(sizeProblem(MAX_UPLOAD_BYTES)).toBeNull();
		expect(sizeProblem(MAX_UPLOAD_BYTES + 1)).toMatch(/the limit is 50 MB/);
		expect(sizeProblem(0)).toMatch(/empty/);
	});
});
