import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/cli/import/csv/toCsv';
import { mergeRows } from '../../../src/cli/import/csv/mergeRows';
import { readCsvRecords } from '../../../src/cli/import/csv/readCsvRecords';
import { parseProvenance } from '../../../src/cli/import/provenance/parseProvenance';
import { githubBlobUrl } from '../../../src/cli/import/provenance/githubBlobUrl';

describe('toCsv', () => {
	it('quotes per RFC 4180, uses LF and writes no BOM', () => {
		const csv = toCsv(
			['a', 'b'],
			[
				{ a: 'x, y', b: 'say "hi"' },
				{ a: 'line\nbreak', b: '' }
			]
		);
		expect(csv).toBe('a,b\n"x, y","say ""hi"""\n"line\nbreak",\n');
		expect(csv.charCodeAt(0)).not.toBe(0xfeff);
		expect(readCsvRecords(csv)).toEqual([
			['a', 'b'],
			['x, y', 'say "hi"'],
			['line\nbreak', '']
		]);
	});
});

describe('mergeRows', () => {
	const columns = ['id', 'v'] as const;
	const existing = 'id,v\nbh:1,hand\nep:old,1\noews:x,2\n';
	it('replaces exactly its own prefix and keeps other rows', () => {
		const m = mergeRows(existing, columns, 'id', 'ep:', [{ id: 'ep:new', v: '3' }]);
		expect(m.rows.map((r) => r.id)).toEqual(['bh:1', 'ep:new', 'oews:x']);
		expect(m).toMatchObject({ kept: 2, replaced: 1, shadowed: [] });
	});
	it('refuses a file whose header is not the schema', () => {
		expect(() => mergeRows('x,y\n1,2\n', columns, 'id', 'ep:', [])).toThrow(/header/);
	});
	it('never overwrites a hand row that uses a generated key', () => {
		const m = mergeRows(
			'id,v\nep:new,hand\n',
			columns,
			'id',
			'ep:',
			[{ id: 'ep:new', v: '3' }],
			(r) => r.v !== 'hand'
		);
		expect(m.rows).toEqual([{ id: 'ep:new', v: 'hand' }]);
		expect(m.shadowed).toEqual(['ep:new']);
	});
});

describe('parseProvenance', () => {
	const readme = [
		'| file | survey | source repo @ commit : path | bytes |',
		'|---|---|---|---|',
		'| a.csv | May 2024 | Owner/Repo @ ac82a0cb4c62c79f5ca1b6dd3cb7a810b31c90a7 : `data/national_M2024_dl.csv` | 1 |',
		'| b.csv | May 2016 | Other/R2 @ 502c55bbdcded457a1e5b02236928f0a4c734743 : `x.csv` | 1 |',
		'| c.csv | May 2015 | Owner/Repo @ ac82a0cb… : `data/national_M2015_dl.csv` | 1 |',
		'| d.csv | May 2014 | Other/R2 @ 502c55bb… : `national_M2014_dl.csv` | 1 |',
		'| e.csv | May 2013 | same repo : `national_dl.csv` (identified by content) | 1 |'
	].join('\n');
	it('expands abbreviated commits and "same repo"', () => {
		const p = parseProvenance(readme);
		expect(p.get('c.csv')).toMatchObject({
			owner: 'Owner',
			repo: 'Repo',
			commit: 'ac82a0cb4c62c79f5ca1b6dd3cb7a810b31c90a7'
		});
		expect(p.get('e.csv')).toMatchObject({
			owner: 'Other',
			repo: 'R2',
			commit: '502c55bbdcded457a1e5b02236928f0a4c734743',
			path: 'national_dl.csv',
			remark: '(identified by content)'
		});
	});
	it('URL-encodes spaces in the blob path', () => {
		expect(
			githubBlobUrl({
				file: 'x',
				owner: 'o',
				repo: 'r',
				commit: 'c',
				path: 'data/Employment Projections.csv',
				remark: ''
			})
		).toBe('https://github.com/o/r/blob/c/data/Employment%20Projections.csv');
	});
});
