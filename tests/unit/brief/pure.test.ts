// Mapping, citations, fingerprint and inflation: the brief's pure logic.
import { describe, expect, it } from 'vitest';
import { mapCode, usedCodes, type Coverage } from '../../../src/lib/brief/mapping';
import { Citations, formatReference } from '../../../src/lib/brief/citations';
import { fingerprint } from '../../../src/lib/brief/fingerprint';
import { sha256Hex } from '../../../src/lib/brief/sha256';
import { cpiRatio, inDollarsOf, type CpiIndex } from '../../../src/lib/brief/inflation';
import { everyFiveYears } from '../../../src/lib/brief/select';
import type { Source } from '../../../src/lib/core/schema/source';

// Invented codes: the rule must be generic, not about any one occupation.
const coverage: Coverage = {
	newestLineItems: new Set(['11-1110', '22-2222']),
	anyEp: new Set(['11-1110', '22-2222', '33-3331']),
	newestVintage: 'EP 2030-40',
	titleOf: (s) => ({ '11-1110': 'Broad widget makers', '22-2222': 'Gadget fixers' })[s]
};

describe('mapping', () => {
	it('uses a detailed code that is its own line item directly', () => {
		expect(mapCode('22-2222', 'Gadget Fixers', coverage)).toMatchObject({
			kind: 'direct',
			uses: '22-2222'
		});
	});
	it('uses the broad group, labelled combined, when only the broad group is published', () => {
		const m = mapCode('11-1112', 'Fine Widget Makers', coverage);
		expect(m).toMatchObject({
			kind: 'combined',
			uses: '11-1110',
			usesTitle: 'Broad widget makers',
			title: 'Fine Widget Makers'
		});
		expect(m.explanation).toMatch(/combined/);
	});
	it('marks codes with older figures only, and codes with none', () => {
		expect(mapCode('33-3331', 'Old', coverage).kind).toBe('older_only');
		expect(mapCode('44-4444', 'Nothing', coverage).kind).toBe('none');
	});
	it('shows a combined figure once for several detailed codes and drops unselected codes', () => {
		const mapping = ['11-1111', '11-1112', '22-2222', '44-4444'].map((s) =>
			mapCode(s, s, coverage)
		);
		const used = usedCodes(mapping, ['11-1111', '11-1112', '44-4444']);
		expect(used.map((u) => [u.uses, u.members.map((m) => m.soc)])).toEqual([
			['11-1110', ['11-1111', '11-1112']]
		]);
	});
});

const src = (id: string, over: Partial<Source> = {}): Source => ({
	source_id: id,
	kind: 'reproduction',
	publisher: 'GitHub: someone/repo',
	title: 'data/file.csv at commit abc1234',
	url: `https://github.com/someone/repo/blob/abc/${id}.csv`,
	published: '',
	vintage: 'EP 2030-40',
	original_publisher: 'U.S. Bureau of Labor Statistics',
	original_title: 'Employment Projections 2030-40',
	original_url: '',
	note: '',
	...over
});

describe('citations', () => {
	it('numbers sources in order of first use and reuses a number for the same source', () => {
		const c = new Citations(
			new Map([
				['a', src('a')],
				['b', src('b')],
				['b2', src('b2', { url: 'https://github.com/someone/repo/blob/abc/b.csv' })]
			])
		);
		expect([c.cite('b'), c.cite('a'), c.cite('b'), c.cite('b2'), c.cite('missing')]).toEqual([
			1,
			2,
			1,
			1,
			null
		]);
		const refs = c.references({ 'EP 2030-40': '2031-09-03' }, '2026-11-21');
		expect(refs.map((r) => r.n)).toEqual([1, 2]);
		expect(refs[0]!.sourceIds).toEqual(['b', 'b2']);
	});
	it('formats an APA-like reference with year, title, vintage, URL and access date', () => {
		expect(formatReference(src('a'), { 'EP 2030-40': '2031-09-03' }, '2026-11-21')).toBe(
			'U.S. Bureau of Labor Statistics. (2031). Employment Projections 2030-40. Read in GitHub someone/repo: https://github.com/someone/repo/blob/abc/a.csv. Accessed 2026-11-21.'
		);
		const own = src('x', {
			kind: 'survey',
			publisher: 'A Society',
			title: 'Survey results.',
			published: '2018-03-01',
			vintage: 'Survey 2017',
			original_publisher: '',
			original_title: ''
		});
		expect(formatReference(own, {}, '2026-11-21')).toBe(
			'A Society. (2018). Survey results. [Survey 2017]. https://github.com/someone/repo/blob/abc/x.csv. Accessed 2026-11-21.'
		);
		expect(formatReference(src('y', { vintage: 'EP 1999-09' }), {}, '2026-11-21')).toContain(
			'(n.d.). Employment Projections 2030-40 [EP 1999-09].'
		);
	});
});

describe('fingerprint', () => {
	const figs = [
		{ id: 'ep:1', vintage: 'EP 2030-40', value: 1.7 },
		{ id: 'oews:1', vintage: 'OEWS May 2030', value: 61890 },
		{ id: 'oews:2', vintage: 'OEWS May 2030', value: null, value_flag: 'top_coded' }
	];
	it('is SHA-256 (known vector)', () => {
		expect(sha256Hex('abc')).toBe(
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
		);
		expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
	});
	it('is stable, order-independent and changes with any figure', () => {
		const fp = fingerprint(figs);
		expect(fp).toMatch(/^[0-9a-f]{10}$/);
		expect(fingerprint([...figs].reverse())).toBe(fp);
		expect(fingerprint([{ ...figs[0]!, value: 1.8 }, figs[1]!, figs[2]!])).not.toBe(fp);
		expect(fingerprint([{ ...figs[0]!, vintage: 'EP 2029-39' }, figs[1]!, figs[2]!])).not.toBe(fp);
		expect(fingerprint(figs.slice(0, 2))).not.toBe(fp);
	});
});

describe('inflation', () => {
	const cpi: CpiIndex = {
		series: 'CUUR0000SA0',
		base: '1982-84=100',
		sourceId: 'cpi:x',
		points: [
			{ year: 2014, value: 236.736 },
			{ year: 2023, value: 304.702 },
			{ year: 2024, value: 313.689 }
		]
	};
	it('uses the ratio of annual averages', () => {
		expect(cpiRatio(cpi, 2023, 2024)).toBeCloseTo(313.689 / 304.702, 12);
		expect(inDollarsOf(cpi, 60000, 2023, 2024)).toBe(61770); // 60000 × 1.029494… = 61769.6 → $10
		expect(inDollarsOf(cpi, 52330, 2014, 2024)).toBe(
			Math.round((52330 * 313.689) / 236.736 / 10) * 10
		);
		expect(inDollarsOf(cpi, 1, 2024, 2024)).toBe(0);
		expect(inDollarsOf(cpi, 100, 2019, 2024)).toBeNull();
	});
	it('picks wage years every five years back from the pinned one', () => {
		const rows = [2004, 2009, 2014, 2018, 2021, 2023, 2024].map((year) => ({
			vintage: `OEWS May ${year}`,
			year,
			median: null,
			p10: null,
			p90: null,
			medianReal: null
		}));
		expect(everyFiveYears(rows, 2024).map((r) => r.year)).toEqual([2004, 2009, 2014, 2018, 2024]);
	});
});
