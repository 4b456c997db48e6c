// The extractor's building blocks, and small texts exercising one rule each.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/lib/core/extract/extractClaims';
import { htmlToText } from '../../../src/lib/core/extract/htmlToText';
import { findFigures } from '../../../src/lib/core/extract/numbers';
import { findPeriods } from '../../../src/lib/core/extract/periods';
import { findQualifier } from '../../../src/lib/core/extract/qualifiers';
import { findAttributions } from '../../../src/lib/core/extract/attributions';
import { findScopes, findStates } from '../../../src/lib/core/extract/scope';
import { claimsToCsv } from '../../../src/lib/core/extract/claimsCsv';
import { ClaimSchema } from '../../../src/lib/core/schema/claim';
import { parseCsv } from '../../../src/lib/core/csv/parseCsv';

const one = (text: string) => {
	const claims = extractClaims(text);
	expect(claims, JSON.stringify(claims.map((c) => c.figureText))).toHaveLength(1);
	expect(ClaimSchema.safeParse(claims[0]!.claim).success).toBe(true);
	return claims[0]!.claim;
};

describe('htmlToText', () => {
	it('drops script, style, noscript and comments, keeping the text around them', () => {
		const html =
			'<p>Before</p><script>alert("$99,999 salary")</script><style>p{}/* 45% */</style><noscript>12% growth</noscript><!-- 7% --><p>After</p>';
		const text = htmlToText(html);
		expect(text).toBe('Before\n\nAfter');
	});
	it('does not end a script at a string containing a different close tag', () => {
		expect(htmlToText('<script>var s = "</div>50%";</script>ok')).toBe('ok');
	});
	it('turns lists into "- " lines and table rows into "| a | b |" lines, decoding entities', () => {
		const text = htmlToText(
			'<h2>Pay &amp; outlook</h2><ul><li>Growth, 2024&ndash;34: 5&#37;</li>\n<li>Pay&nbsp;$61,890</li></ul><table><tr><th>A</th><th>B</th></tr><tr><td>x</td><td>&#x24;1</td></tr></table>'
		);
		expect(text).toBe(
			'# Pay & outlook\n\n- Growth, 2024–34: 5%\n- Pay $61,890\n\n| A | B |\n| x | $1 |'
		);
	});
	it('keeps attribute values with ">" inside a tag and keeps a lone "<" as text', () => {
		expect(htmlToText('<a title="a > b" href="#">link</a> 3 < 4')).toBe('link 3 < 4');
	});
	it('leaves unknown entities alone', () => {
		expect(htmlToText('AT&T &bogus; &lt;b&gt;')).toBe('AT&T &bogus; <b>');
	});
});

describe('numbers', () => {
	const read = (t: string) =>
		findFigures(t).map((f) => [f.text, f.kind, f.value, f.low, f.high, f.hourly]);
	it('reads percentages, money and counts with multipliers', () => {
		expect(read('5% and 1.7 percent')).toEqual([
			['5%', 'percent', 5, null, null, false],
			['1.7 percent', 'percent', 1.7, null, null, false]
		]);
		expect(read('$60,290, $29.75 per hour and $61K')).toEqual([
			['$60,290', 'money', 60290, null, null, false],
			['$29.75 per hour', 'money', 29.75, null, null, true],
			['$61K', 'money', 61000, null, null, false]
		]);
		expect(read('16,800 and 1.9 million')).toEqual([
			['16,800', 'count', 16800, null, null, false],
			['1.9 million', 'count', 1900000, null, null, false]
		]);
	});
	it('reads ranges in their common forms', () => {
		expect(read('5% to 7%')).toEqual([['5% to 7%', 'percent', null, 5, 7, false]]);
		expect(read('between 5 and 7 percent')).toEqual([
			['5 and 7 percent', 'percent', null, 5, 7, false]
		]);
		expect(read('$45,000 to $60,000')).toEqual([
			['$45,000 to $60,000', 'money', null, 45000, 60000, false]
		]);
		expect(read('$45,000-$60,000')).toEqual([
			['$45,000-$60,000', 'money', null, 45000, 60000, false]
		]);
		expect(read('22,600 to 24,000')).toEqual([
			['22,600 to 24,000', 'count', null, 22600, 24000, false]
		]);
		expect(read('1.5 to 2 million')).toEqual([
			['1.5 to 2 million', 'count', null, 1500000, 2000000, false]
		]);
	});
	it('skips years, phone numbers, ages, durations, steps, zip codes, pages and codes', () => {
		expect(
			read(
				'In 2024, call (555) 123-4567 or 555.123.4567. Ages 18 to 65, 18 years old, 12 weeks, 40 clock hours, Step 3, page 14, Chicago, IL 60601, 24/7, COVID-19, 401(k), 29-2012, the 10th percentile, top 10%'
			)
		).toEqual([]);
	});
});

describe('periods', () => {
	const read = (t: string) => findPeriods(t).map((p) => [p.period_start, p.period_end, p.form]);
	it.each([
		['from 2023 to 2033', ['2023', '2033', 'range']],
		['between 2024 and 2034', ['2024', '2034', 'range']],
		['2022-2032', ['2022', '2032', 'range']],
		['2022–32', ['2022', '2032', 'range']],
		['in May 2024', ['2024-05', '2024-05', 'point']],
		['as of May 2023', ['2023-05', '2023-05', 'point']],
		['by 2026', ['', '2026', 'end']],
		['through 2034', ['', '2034', 'end']],
		['in 2024', ['2024', '2024', 'point']],
		['over the next decade', ['', '', 'vague']]
	])('%s', (text, expected) => {
		expect(read(text)).toEqual([expected]);
	});
	it('states no period for "over the next decade", and says why', () => {
		const c = extractClaims(
			'Employment of phlebotomists is expected to grow 8% over the next decade.'
		);
		expect(c[0]!.claim).toMatchObject({
			measure: 'employment_change_pct',
			value: '8',
			period_start: '',
			period_end: '',
			scope_code: '31-9097'
		});
		expect(c[0]!.reasons.join(' ')).toContain("no period: 'over the next decade'");
	});
});

describe('qualifiers', () => {
	it.each([
		['up to ', 'up_to'],
		['as much as ', 'up_to'],
		['as many as ', 'up_to'],
		['less than ', 'up_to'],
		['under ', 'up_to'],
		['about ', 'about'],
		['approximately ', 'about'],
		['roughly ', 'about'],
		['around ', 'about'],
		['nearly ', 'about'],
		['an estimated ', 'about'],
		['more than ', 'at_least'],
		['over ', 'at_least'],
		['at least ', 'at_least'],
		['above ', 'at_least'],
		['exceeding ', 'at_least'],
		['was ', 'exact']
	])('"%s" -> %s', (before, q) => {
		expect(findQualifier(`Pay was ${before}`, '', false).qualifier).toBe(q);
	});
	it('reads "or more" after the figure, and ranges as range', () => {
		expect(findQualifier('earned ', ' or more per year', false).qualifier).toBe('at_least');
		expect(findQualifier('about ', '', true).qualifier).toBe('range');
	});
});

describe('attributions', () => {
	const names = (t: string) => findAttributions(t).map((a) => a.name);
	it.each([
		['According to the U.S. Bureau of Labor Statistics, pay rose.', 'BLS'],
		['according to the Bureau of Labor Statistics (BLS), pay rose.', 'BLS'],
		['The Bureau of Labor Statistics projects 5% growth.', 'BLS'],
		['Pay rose 5%, as noted by ASCLS.', 'ASCLS'],
		[
			'Pay rose, data from the American Hospital Association show.',
			'American Hospital Association'
		],
		['Pay rose 5% (source: Lightcast).', 'Lightcast'],
		['Pay rose 5%, per the Minnesota Hospital Association.', 'Minnesota Hospital Association'],
		['The American Nurses Association says pay rose.', 'American Nurses Association'],
		['Employment will grow 5%, BLS reports.', 'BLS']
	])('%s', (text, name) => {
		expect(names(text)).toEqual([name]);
	});
	it('credits nobody when no organisation is named', () => {
		expect(names('Experts say pay rose 5%. It reports nothing.')).toEqual([]);
		expect(
			extractClaims('Medical lab technicians earn a median salary of $58,000.')[0]!.claim
				.attributed_to
		).toBe('not stated');
	});
});

describe('scope and geography', () => {
	it('prefers the longest phrase', () => {
		expect(
			findScopes('clinical laboratory technologists and technicians').map((s) => s.code)
		).toEqual(['29-2010']);
		expect(findScopes('Medical Laboratory Technician').map((s) => s.code)).toEqual(['29-2012']);
		expect(findScopes('medical technologists and lab techs').map((s) => s.code)).toEqual([
			'29-2011',
			'29-2012'
		]);
	});
	it('skips "faster than the average for all occupations" but keeps "for all occupations" when a figure is given', () => {
		expect(findScopes('grow 5 percent, faster than the average for all occupations')).toEqual([]);
		expect(findScopes('compared with 3 percent for all occupations').map((s) => s.code)).toEqual([
			'00-0000'
		]);
	});
	it('maps state names, longest first', () => {
		expect(
			findStates('West Virginia and Virginia and Washington, D.C.').map((s) => s.code)
		).toEqual(['WV', 'VA', 'DC']);
	});
	it('uses the headline when no sentence names an occupation, and says so', () => {
		const c = one(
			'Pharmacy Technicians: A Career Guide\n\nThe median annual wage was $43,460 in May 2024.'
		);
		expect(c).toMatchObject({
			scope_code: '29-2052',
			scope_as_stated: 'Pharmacy Technicians',
			note: 'scope taken from the headline'
		});
	});
	it('leaves the scope empty when nothing names one', () => {
		expect(one('The median annual wage was $43,460 in May 2024.')).toMatchObject({
			scope_code: '',
			scope_as_stated: ''
		});
	});
});

describe('measures from the words near the number', () => {
	it.each([
		[
			'Software developers earn a median annual salary of $133,080.',
			'median_annual_wage',
			'USD per year'
		],
		[
			'Software developers earn a median wage of $63.98 per hour.',
			'median_hourly_wage',
			'USD per hour'
		],
		['The average salary for software developers is $144,570.', 'mean_annual_wage', 'USD per year'],
		[
			'Registered nurses will see 189,100 openings each year.',
			'annual_openings',
			'openings per year'
		],
		['Pharmacy technicians will add 8,400 new jobs.', 'employment_change_num', 'persons'],
		['Electricians held 818,700 jobs in 2024.', 'employment', 'persons'],
		[
			'Nearly 20% of lab staff are expected to retire, a 2023 survey found.',
			'share_retiring_within_5y',
			'percent'
		],
		[
			'About 15% of lab staff plan to retire within the next two years.',
			'share_retiring_within_2y',
			'percent'
		],
		[
			'About 40% of lab staff plan to retire in the next 10 years.',
			'share_retiring_within_10y',
			'percent'
		],
		['Chemistry departments reported a vacancy rate of 11%.', 'vacancy_rate', 'percent'],
		[
			'Employment of truck drivers is projected to decline 2% by 2034.',
			'employment_change_pct',
			'percent'
		]
	])('%s', (text, measure, unit) => {
		const c = one(text);
		expect([c.measure, c.unit]).toEqual([measure, unit]);
	});
	it('negates a decline', () => {
		expect(one('Employment of truck drivers is projected to decline 2% by 2034.').value).toBe('-2');
	});
	it('ignores money that is not pay and percentages that are not labor figures', () => {
		expect(
			extractClaims(
				'Tuition is $12,000 and the fee is $75. Our pass rate is 95%. We placed 120 graduates last year.'
			)
		).toEqual([]);
	});
	it('reads a markdown table row with its label as context', () => {
		const text =
			'## Registered nurses\n\n| Measure | Value |\n|---|---|\n| Job outlook, 2024-34 | 5% |\n| Median pay, May 2024 | $93,600 |\n';
		const claims = extractClaims(text);
		expect(
			claims.map((c) => [
				c.figureText,
				c.claim.measure,
				c.claim.period_start,
				c.claim.period_end,
				c.claim.scope_code
			])
		).toEqual([
			['5%', 'employment_change_pct', '2024', '2034', '29-1141'],
			['$93,600', 'median_annual_wage', '2024-05', '2024-05', '29-1141']
		]);
		for (const c of claims)
			expect(text.slice(c.figureSpan.start, c.figureSpan.end)).toBe(c.figureText);
	});
});

describe('options and CSV', () => {
	it('numbers ids with the prefix and sets the document id', () => {
		const claims = extractClaims(
			'Phlebotomists earn a median wage of $41,810. Employment of phlebotomists will grow 6%.',
			{ idPrefix: 'art', documentId: 'doc:my-article' }
		);
		expect(claims.map((c) => [c.claim.id, c.claim.document_id])).toEqual([
			['art:1', 'doc:my-article'],
			['art:2', 'doc:my-article']
		]);
		expect(extractClaims('Phlebotomists earn a median wage of $41,810.')[0]!.claim).toMatchObject({
			id: 'x:1',
			document_id: 'doc:pasted-article'
		});
	});
	it('writes a claims CSV that the strict loader accepts', () => {
		const claims = extractClaims(
			'According to the Bureau of Labor Statistics, software developers, "the builders", earn a median salary of $133,080 in May 2024.'
		);
		const csv = claimsToCsv(claims.map((c) => c.claim));
		const parsed = parseCsv(csv, ClaimSchema, 'x.csv', { unique: ['id'] });
		expect(parsed.problems).toEqual([]);
		expect(parsed.rows).toHaveLength(1);
		expect(parsed.rows[0]).toMatchObject({
			measure: 'median_annual_wage',
			value: 133080,
			attributed_to: 'BLS'
		});
	});
	it('yields [] for text without figures', () => {
		expect(extractClaims('')).toEqual([]);
		expect(extractClaims('Lab work is rewarding. Ask us about our program!')).toEqual([]);
	});
});
