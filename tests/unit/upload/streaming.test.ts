// The upload path must give exactly the strict loader's results, however the bytes are split.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parseCsv } from '../../../src/lib/core/csv/parseCsv';
import { decodeText } from '../../../src/lib/core/csv/decodeText';
import { createCsvStream } from '../../../src/lib/core/csv/streamCsv';
import type { Problem } from '../../../src/lib/core/csv/problem';
import { FigureSchema } from '../../../src/lib/core/schema/figure';
import { ClaimSchema } from '../../../src/lib/core/schema/claim';
import { ReleaseSchema } from '../../../src/lib/core/schema/release';
import { bytesSource, ingest, type IngestEvent } from '../../../src/lib/check/ingest';

/** A deterministic pseudo-random split of the text into pieces of 1..max characters. */
function split(text: string, seed: number, max: number): string[] {
	const out: string[] = [];
	let s = seed;
	for (let i = 0; i < text.length;) {
		s = (s * 1103515245 + 12345) % 2 ** 31;
		const n = 1 + (s % max);
		out.push(text.slice(i, i + n));
		i += n;
	}
	return out;
}

function streamed<S extends Parameters<typeof parseCsv>[1]>(
	pieces: string[],
	schema: S,
	file: string
) {
	const rows: unknown[] = [];
	const lines: number[] = [];
	const problems: Problem[] = [];
	const s = createCsvStream(schema, file, {
		onRow: (r, l) => (rows.push(r), lines.push(l)),
		onProblem: (p) => problems.push(p)
	});
	// The first piece carries the guessing text, as the ingest core guarantees.
	const [first, ...rest] = pieces;
	s.push(first ?? '');
	for (const p of rest) s.push(p);
	s.end();
	return { rows, lines, problems, ...s.counts };
}

const TEXTS: [string, string, Parameters<typeof parseCsv>[1]][] = [
	[
		'CRLF with quoted line breaks',
		'vintage,released,source_id,note\r\nEP 2024-34,2025-08-28,a,"two\r\nlines"\r\n\r\nEP 2023-33,bad,b,\r\n"EP 2022-32",2024,c,"x ""q"""\r\n',
		ReleaseSchema
	],
	[
		'CR only',
		'vintage,released,source_id,note\rEP 2024-34,2025-08-28,a,\rEP 2023-33,20x,b,\r',
		ReleaseSchema
	],
	[
		'unterminated quote',
		'vintage,released,source_id,note\nEP 2024-34,2025,a,\nEP 2023-33,2024,b,"open\n',
		ReleaseSchema
	],
	[
		'ragged and blank lines',
		'vintage,released,source_id,note\n\n\nEP 1,2025,a\nEP 2,2025,a,,x\n\nEP 3,2025,a,\n',
		ReleaseSchema
	]
];

describe('streaming the strict loader', () => {
	it.each(TEXTS)(
		"%s: any chunking gives parseCsv's rows, lines and problems",
		(_name, text, schema) => {
			const whole = parseCsv(text, schema, 'f.csv');
			for (const [seed, max] of [
				[1, 1],
				[2, 3],
				[3, 7],
				[4, 50]
			] as const) {
				const pieces = split(text, seed, max);
				// Keep the first piece whole up to the header's end, like the ingest core's first chunk.
				const r = streamed(
					[text.slice(0, 40), ...split(text.slice(40), seed, max)],
					schema,
					'f.csv'
				);
				expect(pieces.join('')).toBe(text);
				expect({
					rows: r.rows,
					lines: r.lines,
					problems: r.problems,
					total: r.total,
					accepted: r.accepted,
					rejected: r.rejected
				}).toEqual({
					rows: whole.rows,
					lines: whole.lines,
					problems: whole.problems,
					total: whole.total,
					accepted: whole.accepted,
					rejected: whole.rejected
				});
			}
		}
	);

	it('gives the same results as parseCsv on the hostile fixtures and a slice of the shipped data', () => {
		const files = readdirSync('tests/fixtures/hostile').map((f) => `tests/fixtures/hostile/${f}`);
		for (const path of [...files, 'tests/fixtures/uploads/figures-invalid.csv']) {
			const d = decodeText(readFileSync(path));
			if (!d.ok) continue;
			const schema = path.includes('figures') ? FigureSchema : ReleaseSchema;
			const whole = parseCsv(d.text, schema, 'x');
			const r = streamed([d.text.slice(0, 200), ...split(d.text.slice(200), 9, 13)], schema, 'x');
			expect([r.total, r.accepted, r.rejected, r.lines, r.problems]).toEqual([
				whole.total,
				whole.accepted,
				whole.rejected,
				whole.lines,
				whole.problems
			]);
		}
		const wages = readFileSync('data/wages.csv', 'utf8').slice(0, 400_000);
		const text = wages.slice(0, wages.lastIndexOf('\n') + 1);
		const whole = parseCsv(text, FigureSchema, 'w');
		const r = streamed(
			[text.slice(0, 1000), ...split(text.slice(1000), 5, 4096)],
			FigureSchema,
			'w'
		);
		expect(r.total).toBeGreaterThan(1000);
		expect([r.total, r.accepted, r.rejected, r.lines, r.problems]).toEqual([
			whole.total,
			whole.accepted,
			whole.rejected,
			whole.lines,
			whole.problems
		]);
	});
});

async function run(bytes: Uint8Array, name: string, chunkBytes = 1024 * 1024) {
	const events: IngestEvent[] = [];
	const result = await ingest(bytesSource(bytes), name, (e) => events.push(e), {
		chunkBytes,
		batchRows: 3
	});
	const batches = events.filter(
		(e): e is Extract<IngestEvent, { type: 'batch' }> => e.type === 'batch'
	);
	return {
		result,
		events,
		rows: batches.flatMap((b) => b.rows as unknown[]),
		lines: batches.flatMap((b) => b.lines),
		problems: batches.flatMap((b) => b.problems)
	};
}

describe('the ingest core (the worker without the Worker)', () => {
	it('streams a claims file in tiny chunks to the same accepted, rejected and problems as parseCsv with unique ids', async () => {
		const bytes = readFileSync('tests/fixtures/uploads/claims-valid.csv');
		const whole = parseCsv(bytes.toString('utf8'), ClaimSchema, 'claims.csv', { unique: ['id'] });
		const r = await run(new Uint8Array(bytes), 'claims.csv', 7);
		expect(r.result).toEqual({
			ok: true,
			kind: 'claims',
			counts: { total: whole.total, accepted: whole.accepted, rejected: whole.rejected }
		});
		expect(r.rows).toEqual(whole.rows);
		expect(r.lines).toEqual(whole.lines);
		expect(r.problems).toEqual(whole.problems);
	});

	it('reports every rejected row of a dataset with line, column, value and rule; counts balance', async () => {
		const bytes = readFileSync('tests/fixtures/uploads/figures-invalid.csv');
		const whole = parseCsv(bytes.toString('utf8'), FigureSchema, 'figures-invalid.csv', {
			unique: ['id']
		});
		const r = await run(new Uint8Array(bytes), 'figures-invalid.csv', 5);
		if (!r.result.ok) throw new Error(r.result.message);
		const { total, accepted, rejected } = r.result.counts;
		expect([total, accepted, rejected]).toEqual([6, 1, 5]);
		const byLine = (p: { line: number }[]) => [...p].sort((a, b) => a.line - b.line);
		expect(byLine(r.problems)).toEqual(byLine(whole.problems));
		expect(r.problems.map((p) => [p.line, p.column, p.rule])).toContainEqual([
			2,
			'value',
			'must be a plain number: remove thousands separators'
		]);
		expect(r.problems.map((p) => [p.line, p.column, p.value])).toContainEqual([
			3,
			'measure',
			'median_wage'
		]);
		expect(r.problems.map((p) => [p.line, p.rule])).toContainEqual([
			7,
			'duplicate value: already used on line 4'
		]);
	});

	it('sends progress before any row, and progress reaches the file size', async () => {
		const bytes = readFileSync('tests/fixtures/uploads/figures-valid.csv');
		const r = await run(new Uint8Array(bytes), 'f.csv', 50);
		expect(r.events[0]!.type).toBe('kind');
		expect(r.events[1]!.type).toBe('progress');
		const last = r.events.filter((e) => e.type === 'progress').at(-1)!;
		expect(last.type === 'progress' && last.bytes === bytes.length).toBe(true);
	});

	it('splits a multi-byte character across chunks without calling it bad UTF-8', async () => {
		const text = `${readFileSync('tests/fixtures/uploads/figures-valid.csv', 'utf8').trimEnd()}\nmy:4,employment,29-2010,Técnicos de laboratório — ü,US,2024,2024,EP 2024-34,1,,,persons,exact,comparable,x,,\n`;
		const r = await run(new TextEncoder().encode(text), 'f.csv', 3);
		expect(r.result.ok && r.result.counts.accepted).toBe(4);
	});

	it('refuses empty, binary, UTF-16, non-UTF-8, too large and unknown files with a clear message', async () => {
		const msg = async (bytes: Uint8Array, name = 'x.csv', maxBytes?: number) => {
			const result = await ingest(bytesSource(bytes), name, () => {}, { maxBytes });
			return result.ok ? 'ok' : result.message;
		};
		const file = (n: string) => new Uint8Array(readFileSync(`tests/fixtures/uploads/${n}`));
		expect(await msg(file('empty.csv'))).toBe('The file is empty: there is nothing to check.');
		// The same words as the strict loader's decodeText.
		const binary = decodeText(file('binary.csv'));
		expect(await msg(file('binary.csv'))).toBe(!binary.ok && binary.reason);
		const latin1 = decodeText(file('latin1.csv'));
		expect(await msg(file('latin1.csv'))).toBe(!latin1.ok && latin1.reason);
		expect(await msg(new Uint8Array([0xff, 0xfe, 0x41, 0x42]))).toMatch(/UTF-16/);
		expect(await msg(file('figures-valid.csv'), 'x.csv', 100)).toMatch(
			/^The file is 0\.0 MB; the limit is 0\.0 MB/
		);
		expect(await msg(new Uint8Array(60 * 1024 * 1024))).toMatch(/the limit is 50 MB/);
		expect(await msg(new TextEncoder().encode('a,b,c\n1,2,3\n'))).toMatch(/header matches neither/);
		expect(await msg(new TextEncoder().encode('\n\n  \n'))).toMatch(/no text/);
	});

	it('stops between chunks when cancelled (after the 1 MB first chunk), with the rows read so far', async () => {
		const head = readFileSync('tests/fixtures/uploads/figures-valid.csv', 'utf8');
		const body = Array.from(
			{ length: 20000 },
			(_, i) =>
				`c:${i},employment,29-2010,Lab,US,2024,2024,EP 2024-34,${i},,,persons,exact,comparable,x,,`
		).join('\n');
		let chunks = 0;
		const r = await ingest(
			bytesSource(new TextEncoder().encode(`${head}${body}\n`)),
			'big.csv',
			(e) => e.type === 'progress' && chunks++,
			{ chunkBytes: 4096, cancelled: () => chunks > 4 }
		);
		expect(r.ok).toBe(false);
		expect(!r.ok && r.message).toBe('cancelled');
		expect(r.counts.total).toBeGreaterThan(0);
		expect(r.counts.total).toBeLessThan(20003);
		expect(r.counts.accepted + r.counts.rejected).toBe(r.counts.total);
	});
});
