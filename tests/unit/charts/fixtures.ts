// Small fixtures built from real published values (29-2010 Clinical laboratory technologists and technicians).
import type { Figure } from '$lib/core/schema/figure';
import type { Source } from '$lib/core/schema/source';
import type { Claim } from '$lib/core/schema/claim';
import type { ClaimCheck, Verdict } from '$lib/core/ledger/types';

export function fig(
	p: Partial<Figure> & Pick<Figure, 'id' | 'measure' | 'vintage' | 'period_start'>
): Figure {
	return {
		soc_code: '29-2010',
		occupation: 'Clinical laboratory technologists and technicians',
		geography: 'US',
		period_end: p.period_start,
		value: null,
		value_flag: '',
		value_bound: null,
		unit: 'persons',
		qualifier: 'exact',
		comparability: 'comparable',
		source_id: 'bls-ep',
		derivation: '',
		note: '',
		...p
	};
}

export const SOURCES: Source[] = [
	{
		source_id: 'bls-ep',
		kind: 'official',
		publisher: 'U.S. Bureau of Labor Statistics',
		title: 'Employment Projections, Table 1.2',
		url: 'https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm',
		published: '',
		vintage: 'EP 2024-34',
		original_publisher: '',
		original_title: '',
		original_url: '',
		note: ''
	},
	{
		source_id: 'bls-oews',
		kind: 'official',
		publisher: 'U.S. Bureau of Labor Statistics',
		title: 'Occupational Employment and Wage Statistics',
		url: 'https://www.bls.gov/oes/',
		published: '',
		vintage: 'OEWS May 2024',
		original_publisher: '',
		original_title: '',
		original_url: '',
		note: ''
	},
	{
		source_id: 'ooh',
		kind: 'reproduction',
		publisher: 'U.S. Bureau of Labor Statistics',
		title: 'Occupational Outlook Handbook',
		url: 'javascript:alert(1)',
		published: '',
		vintage: 'EP 2024-34',
		original_publisher: 'BLS',
		original_title: 'Table 1.2',
		original_url: '',
		note: ''
	},
	{
		source_id: 'ascp',
		kind: 'survey',
		publisher: 'American Society for Clinical Pathology',
		title: 'Vacancy Survey',
		url: 'https://academic.oup.com/ajcp',
		published: '',
		vintage: 'ASCP Vacancy Survey 2022',
		original_publisher: '',
		original_title: '',
		original_url: '',
		note: ''
	},
	{
		source_id: 'blog',
		kind: 'article',
		publisher: 'Example Staffing',
		title: 'Lab jobs are booming',
		url: 'https://example.com/blog',
		published: '2023',
		vintage: '',
		original_publisher: '',
		original_title: '',
		original_url: '',
		note: ''
	}
];

/** EP base-year employment and projected employment: [vintage, base year, base, target year, projected]. */
const EP: [string, string, number, string, number][] = [
	['EP 2018-28', '2018', 331700, '2028', 366800],
	['EP 2019-29', '2019', 337800, '2029', 362500],
	['EP 2022-32', '2022', 342900, '2032', 359700],
	['EP 2024-34', '2024', 351200, '2034', 357200]
];

export const EMPLOYMENT: Figure[] = EP.flatMap(([vintage, by, base, ty, proj]) => [
	fig({ id: `emp-${by}`, measure: 'employment', vintage, period_start: by, value: base }),
	fig({ id: `proj-${ty}`, measure: 'employment_projected', vintage, period_start: ty, value: proj })
]);

export function claim(p: Partial<Claim> & Pick<Claim, 'id' | 'measure'>): Claim {
	return {
		document_id: 'blog',
		scope_as_stated: 'lab professionals',
		scope_code: '29-2010',
		geography: 'US',
		period_start: '',
		period_end: '',
		value: null,
		value_low: null,
		value_high: null,
		unit: 'persons',
		qualifier: 'exact',
		attributed_to: 'BLS',
		note: '',
		...p
	};
}

export function check(
	c: Claim,
	verdicts: Verdict[] = ['confirmed'],
	explanation = 'Matches the published figure.'
): ClaimCheck {
	return {
		claim: c,
		document: SOURCES[4]!,
		verdicts,
		figures: [],
		differences: [],
		explanation,
		documentDate: { kind: 'unknown' }
	};
}
