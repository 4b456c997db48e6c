// A figure read from a reproduction is credited to the original publisher and table, "via" the copy.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import type { Source } from '$lib/core/schema/source';
import { sourceLine, sourceLineText, titleStem, vintageSpan } from '$lib/core/format/sourceLine';
import SourceCredits from '$lib/charts/shared/SourceCredits.svelte';
import { fig } from './fixtures';

const BLS_PAGE = 'https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm';
const copy = (vintage: string, repo: string, commit: string): Source =>
	({
		source_id: `ep:${vintage}`,
		kind: 'reproduction',
		publisher: `GitHub: ${repo}`,
		title: `Employment Projections.csv at commit ${commit}`,
		url: `https://github.com/${repo}/blob/${commit}/Employment%20Projections.csv`,
		document_date: '',
		vintage: `EP ${vintage}`,
		original_publisher: 'U.S. Bureau of Labor Statistics',
		original_title: `Employment Projections ${vintage}: occupational projections and worker characteristics (Table 1.7; occupationProj export)`,
		original_url: BLS_PAGE,
		notes: ''
	}) as unknown as Source;
const COPIES = [
	copy('2012-22', 'ALCrist/TopTenPresentation', 'f6c3847'),
	copy('2016-26', 'ipatents/data-visualization', '7c0b113'),
	copy('2018-28', 'kngoran/Mylastrepo', '07f2804'),
	copy('2019-29', 'Vthomps000/DATA-608', 'ad92961')
];
const figOf = (s: Source, i: number) =>
	fig({
		id: `f${i}`,
		measure: 'employment',
		vintage: (s as unknown as { vintage: string }).vintage,
		period_start: '2018',
		value: 1,
		source_id: s.source_id
	});

describe('source line for reproductions', () => {
	it('credits one copy to the original publisher and table, via the copy', () => {
		const credits = sourceLine([figOf(COPIES[2]!, 0)], COPIES);
		expect(credits).toHaveLength(1);
		const c = credits[0]!;
		expect(c.publisher).toBe('U.S. Bureau of Labor Statistics');
		expect(c.title).toBe(
			'Employment Projections 2018-28: occupational projections and worker characteristics (Table 1.7; occupationProj export)'
		);
		expect(c.href).toBe(BLS_PAGE);
		expect(c.copies.map((x) => [x.label, x.href])).toEqual([
			['GitHub kngoran/Mylastrepo', COPIES[2]!.url]
		]);
		expect(sourceLineText(credits)).toBe(
			`Source: U.S. Bureau of Labor Statistics, Employment Projections 2018-28: occupational projections and worker characteristics (Table 1.7; occupationProj export) (EP 2018-28) ${BLS_PAGE}, via a verbatim copy: GitHub kngoran/Mylastrepo ${COPIES[2]!.url}`
		);
		const html = render(SourceCredits, { props: { credits } })
			.body.replace(/<!--[^>]*-->/g, '')
			.replace(/\s+/g, ' ');
		expect(html).toContain(
			`U.S. Bureau of Labor Statistics, <a href="${BLS_PAGE}" rel="noopener noreferrer">Employment Projections 2018-28:`
		);
		expect(html).toContain(
			'(EP 2018-28), via a verbatim copy: <a href="https://github.com/kngoran/Mylastrepo/blob/07f2804/Employment%20Projections.csv" rel="noopener noreferrer"'
		);
		expect(html).toContain('>GitHub kngoran/Mylastrepo</a>');
		expect(html).not.toContain('>GitHub: kngoran');
	});

	it('groups copies of one series into a short credit with numbered links to each copy', () => {
		const credits = sourceLine(COPIES.map(figOf), COPIES);
		expect(credits).toHaveLength(1);
		expect(credits[0]!.title).toBe('Employment Projections');
		expect(credits[0]!.href).toBe(BLS_PAGE);
		expect(vintageSpan(credits[0]!.vintages)).toBe('EP 2012-22 … 2019-29');
		const text = sourceLineText(credits);
		expect(text).toMatch(
			/^Source: U\.S\. Bureau of Labor Statistics, Employment Projections \(EP 2012-22 … 2019-29\) https:\/\/www\.bls\.gov\/\S+, read from verbatim copies: \[1\] EP 2012-22 GitHub ALCrist\/TopTenPresentation https:\/\/github\.com\//
		);
		for (const s of COPIES) expect(text).toContain(s.url);
		const html = render(SourceCredits, { props: { credits } }).body;
		for (const [i, s] of COPIES.entries())
			expect(html).toMatch(
				new RegExp(
					`<a href="${s.url.replace(/[.?]/g, '\\$&')}" rel="noopener noreferrer" title="[^"]+" aria-label="Copy ${i + 1}: [^"]+">\\[${i + 1}\\]</a>`
				)
			);
	});

	it('keeps direct sources as they are and never links a non-http(s) URL', () => {
		const evil = {
			...copy('2024-34', 'x/y', 'abc'),
			source_id: 'bad',
			url: 'javascript:alert(1)',
			original_url: 'javascript:alert(2)'
		} as Source;
		const credits = sourceLine([figOf(evil, 0)], [evil]);
		expect(credits[0]!.href).toBeNull();
		expect(credits[0]!.copies[0]!.href).toBeNull();
		expect(render(SourceCredits, { props: { credits } }).body).not.toContain('javascript:');
		expect(titleStem('Consumer Price Index for All Urban Consumers (CPI-U)')).toBe(
			'Consumer Price Index for All Urban Consumers (CPI-U)'
		);
		expect(
			titleStem(
				'OEWS national occupational employment and wage estimates, May 2023 (national_M2023_dl)'
			)
		).toBe('OEWS national occupational employment and wage estimates');
		expect(
			titleStem(
				'OEWS national occupational employment and wage estimates, November 2002 (national_2002_dl)'
			)
		).toBe('OEWS national occupational employment and wage estimates');
		expect(titleStem('Employment Projections 2018-28: occupational projections')).toBe(
			'Employment Projections'
		);
	});
});
