// Every cell fast path must accept exactly the strings its zod schema accepts, with the same value.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { fastCell, REJECT } from '../../../src/lib/core/schema/fastCell';
import * as cell from '../../../src/lib/core/schema/cells';
import { FigureSchema } from '../../../src/lib/core/schema/figure';
import { ClaimSchema } from '../../../src/lib/core/schema/claim';
import { SourceSchema } from '../../../src/lib/core/schema/source';
import { ReleaseSchema } from '../../../src/lib/core/schema/release';
import { SupplySchema } from '../../../src/lib/core/schema/supply';
import { CpiSchema } from '../../../src/lib/core/schema/cpi';
import { CrosswalkSchema } from '../../../src/lib/core/schema/crosswalk';
import { OccupationSchema } from '../../../src/lib/core/schema/occupation';
import { CLAIM_MEASURES, FIGURE_MEASURES, UNITS } from '../../../src/lib/core/schema/vocabulary';

const HAND_PICKED = [
	'',
	' ',
	'  ',
	'\t',
	'\n',
	'\r\n',
	'\u00a0',
	'\ufeff',
	'\u2028',
	'\u3000',
	'\u0000',
	'\u0007',
	'\u001f',
	'\u007f',
	'\u0085',
	'0',
	'00',
	'007',
	'-0',
	'+0',
	'-',
	'+',
	'.',
	'-.',
	'.5',
	'5.',
	'5..0',
	'0.0',
	'-0.0',
	'1.',
	'1.0',
	'01.50',
	'-12.34',
	'--1',
	'+-1',
	'1-',
	'1e3',
	'1E3',
	'1e-3',
	'1e+3',
	'-1e3',
	'e3',
	'1e',
	'NaN',
	'nan',
	'-NaN',
	'Infinity',
	'-Infinity',
	'+Infinity',
	'inf',
	'-INF',
	'infinity',
	'0x10',
	'0X1F',
	'0b101',
	'0o17',
	'1_000',
	'1,000',
	'1,000.50',
	'60,290',
	'$60290',
	'60290$',
	'4.9%',
	'%',
	'60 290',
	' 60290',
	'60290 ',
	'\t60290\n',
	'\u00a060290\u00a0',
	'\ufeff60290',
	'６０２９０',
	'٣',
	'१२',
	'1\u200b2',
	'9'.repeat(400),
	`0.${'1'.repeat(400)}`,
	'9007199254740993',
	'1e400',
	'US',
	'us',
	'USA',
	'U',
	'CA',
	'ZZ',
	'ÄB',
	'Us',
	' US',
	'US ',
	'1900',
	'1899',
	'2099',
	'2100',
	'2024',
	'2024-00',
	'2024-01',
	'2024-12',
	'2024-13',
	'2024-1',
	'2024-05-01',
	'2024-02-30',
	'2024-02-31',
	'2024-02-32',
	'2024-05-1',
	'24-05',
	'2024/05',
	'2024-05 ',
	'May 2024',
	'２０２４',
	'29-2010',
	'29-201',
	'29-20100',
	'292010',
	'HC',
	'hc',
	'HC ',
	'00-0000',
	'29–2010',
	'NAICS 62',
	'NAICS 621511',
	'NAICS 6',
	'NAICS 6215111',
	'NAICS62',
	'naics 62',
	'a',
	'a.b:c_d-e',
	'_a',
	'.a',
	'-a',
	':a',
	'a b',
	'a/b',
	'é',
	'gen:f1',
	'x'.repeat(120),
	'x'.repeat(121),
	'x'.repeat(200),
	'x'.repeat(201),
	'x'.repeat(300),
	'x'.repeat(301),
	'x'.repeat(500),
	'x'.repeat(501),
	'x'.repeat(2000),
	'x'.repeat(2001),
	'exact',
	'Exact',
	'about',
	'rounded',
	'range',
	'up_to',
	'top_coded',
	'not_available',
	'comparable',
	'not_comparable',
	'official',
	'survey',
	'awards',
	'<b>html</b>',
	'line\nbreak',
	'tab\there',
	'emoji 😀',
	'\ud800',
	'a\u0000b',
	'http://x.org',
	'https://example.com/a?b=c',
	'ftp://x',
	'https://',
	' https://x.org',
	'javascript:alert(1)',
	'51.1004',
	'51.100',
	'CUUR0000SA0',
	'cuur0000sa0',
	...FIGURE_MEASURES,
	...CLAIM_MEASURES,
	...UNITS
];

/** Deterministic pseudo-random strings over an alphabet that hits every rule's edges. */
function generated(count: number): string[] {
	const alphabet = [
		'0',
		'1',
		'2',
		'5',
		'9',
		'-',
		'+',
		'.',
		',',
		'e',
		'E',
		' ',
		'\t',
		'\u00a0',
		'$',
		'%',
		'x',
		'A',
		'Z',
		'H',
		'C',
		'U',
		'S',
		':',
		'_',
		'/',
		'\u0001',
		'٣',
		'N',
		'a',
		'I'
	];
	let s = 12345;
	const next = () => (s = (s * 1103515245 + 12345) % 2 ** 31);
	const out: string[] = [];
	for (let i = 0; i < count; i++) {
		const length = next() % 12;
		let t = '';
		for (let j = 0; j < length; j++) t += alphabet[next() % alphabet.length];
		out.push(t);
		// Near-misses of well-formed values.
		const year = 1890 + (next() % 230);
		const month = next() % 14;
		out.push(
			`${year}`,
			`${year}-${String(month).padStart(2, '0')}`,
			`${year}-${String(month).padStart(2, '0')}-${String(next() % 33).padStart(2, '0')}`
		);
		out.push(`${String(next() % 100).padStart(2, '0')}-${String(next() % 10000).padStart(4, '0')}`);
		out.push(String((next() % 2000000) / 10 ** (next() % 4)), `-${next() % 1000}.${next() % 100}`);
	}
	return out;
}

const INPUTS = [...HAND_PICKED, ...generated(4000)];

const SCHEMAS = {
	FigureSchema,
	ClaimSchema,
	SourceSchema,
	ReleaseSchema,
	SupplySchema,
	CpiSchema,
	CrosswalkSchema,
	OccupationSchema
};

/** Every distinct cell schema of every row schema, plus the exported cells. */
function cellSchemas(): [string, z.ZodType][] {
	const out: [string, z.ZodType][] = [];
	for (const [name, schema] of Object.entries(SCHEMAS))
		for (const [column, s] of Object.entries(schema.shape))
			out.push([`${name}.${column}`, s as z.ZodType]);
	for (const [name, s] of Object.entries(cell))
		if (typeof s === 'object' && s !== null && 'safeParse' in s)
			out.push([`cells.${name}`, s as z.ZodType]);
	return out;
}

describe('cell fast paths', () => {
	const withPaths = cellSchemas().filter(([, s]) => fastCell(s) !== null);

	it('cover the hot cells of datasets and claims', () => {
		for (const schema of [FigureSchema, ClaimSchema])
			for (const [column, s] of Object.entries(schema.shape))
				expect(fastCell(s as z.ZodType), column).not.toBeNull();
	});

	it.each(withPaths)(
		'%s accepts exactly what zod accepts, with the same value',
		(_name, schema) => {
			const fast = fastCell(schema)!;
			const disagreements: string[] = [];
			for (const raw of INPUTS) {
				const expected = schema.safeParse(raw);
				const got = fast(raw);
				const same = expected.success ? Object.is(got, expected.data) : got === REJECT;
				if (!same)
					disagreements.push(
						`${JSON.stringify(raw)}: fast ${String(got)}, zod ${expected.success ? String(expected.data) : 'rejects'}`
					);
			}
			expect(disagreements).toEqual([]);
		}
	);
});
