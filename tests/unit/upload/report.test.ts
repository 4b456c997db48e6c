// The full validation report is built in the upload worker a batch at a time: the parts joined
// must be one CSV with every problem located, formula-safe like every other download.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { bytesSource, ingest } from '../../../src/lib/check/ingest';
import { reportBlob, reportLines } from '../../../src/lib/check/report';
import { toCsv } from '../../../src/lib/export/toCsv';
import type { Problem } from '../../../src/lib/core/csv/problem';

const p = (over: Partial<Problem>): Problem => ({
	file: 'f.csv',
	line: 2,
	column: 'value',
	value: '',
	rule: 'must be a number',
	severity: 'error',
	...over
});

describe('validation report parts', () => {
	it('joined, the parts are exactly toCsv of every problem', async () => {
		const problems = [
			p({}),
			p({ line: 3, value: '=cmd()', rule: 'must be a plain number' }),
			p({ line: 4, column: '', value: 'a,"b"', severity: 'warning' })
		];
		const parts = [
			reportLines(problems.slice(0, 2)),
			reportLines([]),
			reportLines(problems.slice(2))
		];
		const expected = toCsv(
			['file', 'line', 'column', 'value', 'rule', 'severity'],
			problems.map((x) => [x.file, x.line, x.column, x.value, x.rule, x.severity])
		);
		expect(await reportBlob(parts).text()).toBe(expected);
		expect(expected).toContain(`"'=cmd()"`);
	});

	it('a real upload: one line per problem, in file order, whatever the batch size', async () => {
		const bytes = new Uint8Array(readFileSync('tests/fixtures/uploads/figures-invalid.csv'));
		const all: Problem[] = [];
		const parts: string[] = [];
		const r = await ingest(
			bytesSource(bytes),
			'figures-invalid.csv',
			(e) => {
				if (e.type !== 'batch') return;
				for (const x of e.problems) all.push(x);
				parts.push(reportLines(e.problems));
			},
			{ batchRows: 1 }
		);
		expect(r.ok && r.counts.accepted + r.counts.rejected).toBe(r.counts.total);
		const lines = (await reportBlob(parts).text()).split('\r\n').filter(Boolean);
		expect(lines.length - 1).toBe(all.length);
		expect(lines.slice(1).map((l) => Number(l.split(',')[1]))).toEqual(all.map((x) => x.line));
		expect(new Set(all.filter((x) => x.severity === 'error').map((x) => x.line))).toEqual(
			new Set([2, 3, 5, 6, 7])
		);
	});
});
