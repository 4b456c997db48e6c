// Each fixture article, figure by figure: what the extractor reads from it.
import { describe, expect, it } from 'vitest';
import { byFigure, expectWellFormed, extractFile } from './helpers';

describe('career-school post about medical lab technicians', () => {
	const { text, claims } = extractFile('medical-lab-school.txt');

	it('finds the seven figures and nothing else (no phone, address, weeks or step numbers)', () => {
		expect(claims.map((c) => c.figureText)).toEqual([
			'5% to 7%',
			'16,800',
			'1.9 million',
			'60%',
			'$60,780',
			'$45,000 to $60,000',
			'70%'
		]);
		expectWellFormed(text, claims);
	});

	it('reads "grow 5% to 7% from 2023 to 2033" as a growth range credited to BLS', () => {
		const c = byFigure(claims, '5% to 7%');
		expect(c.claim).toMatchObject({
			measure: 'employment_change_pct',
			value: '',
			value_low: '5',
			value_high: '7',
			unit: 'percent',
			qualifier: 'range',
			period_start: '2023',
			period_end: '2033',
			scope_as_stated: 'medical laboratory technicians',
			scope_code: '29-2012',
			geography: 'US',
			attributed_to: 'BLS'
		});
		expect(c.confidence).toBe('high');
	});

	it('does not take the scope from "faster than the average for all occupations"', () => {
		expect(byFigure(claims, '5% to 7%').claim.scope_code).not.toBe('00-0000');
	});

	it('reads "approximately 16,800 new positions" with period and scope from the previous sentence', () => {
		const c = byFigure(claims, '16,800');
		expect(c.claim).toMatchObject({
			measure: 'employment_change_num',
			value: '16800',
			unit: 'persons',
			qualifier: 'about',
			period_start: '2023',
			period_end: '2033',
			scope_code: '29-2012',
			attributed_to: 'not stated'
		});
		expect(c.claim.note).toContain('period taken from the previous sentence');
		expect(c.confidence).toBe('low');
	});

	it('reads "about 1.9 million annual openings between 2024 and 2034 across healthcare occupations"', () => {
		expect(byFigure(claims, '1.9 million').claim).toMatchObject({
			measure: 'annual_openings',
			value: '1900000',
			unit: 'openings per year',
			qualifier: 'about',
			period_start: '2024',
			period_end: '2034',
			scope_as_stated: 'healthcare occupations',
			scope_code: 'HC',
			attributed_to: 'BLS'
		});
	});

	it('reads "up to 60% ... eligible to retire by 2026" as noted by ASCLS', () => {
		expect(byFigure(claims, '60%').claim).toMatchObject({
			measure: 'share_eligible_to_retire',
			value: '60',
			unit: 'percent',
			qualifier: 'up_to',
			period_start: '',
			period_end: '2026',
			scope_as_stated: 'lab professionals',
			scope_code: '29-2010',
			attributed_to: 'ASCLS'
		});
	});

	it('reads the median wage "in May 2023" as a monthly period', () => {
		expect(byFigure(claims, '$60,780').claim).toMatchObject({
			measure: 'median_annual_wage',
			value: '60780',
			unit: 'USD per year',
			qualifier: 'exact',
			period_start: '2023-05',
			period_end: '2023-05',
			scope_code: '29-2012',
			attributed_to: 'not stated'
		});
	});

	it('reads "salaries range from $45,000 to $60,000" as a salary range', () => {
		expect(byFigure(claims, '$45,000 to $60,000').claim).toMatchObject({
			measure: 'salary_range',
			value: '',
			value_low: '45000',
			value_high: '60000',
			unit: 'USD per year',
			qualifier: 'range',
			scope_code: '29-2012'
		});
	});

	it('reads "roughly 70% of critical medical decisions"', () => {
		expect(byFigure(claims, '70%').claim).toMatchObject({
			measure: 'share_decisions_influenced_by_lab',
			value: '70',
			unit: 'percent',
			qualifier: 'about',
			period_start: '',
			period_end: ''
		});
	});
});

describe('news article about registered nurses', () => {
	const { text, claims } = extractFile('nurses-news.txt');

	it('finds six figures, not the "45 days" or the date line', () => {
		expect(claims.map((c) => c.figureText)).toEqual([
			'5 percent',
			'190,000',
			'3.1 percent',
			'3.3 million',
			'$93,600',
			'$49,500'
		]);
		expectWellFormed(text, claims);
	});

	it('reads "grow 5 percent from 2024 to 2034 ... according to the U.S. Bureau of Labor Statistics"', () => {
		expect(byFigure(claims, '5 percent').claim).toMatchObject({
			measure: 'employment_change_pct',
			value: '5',
			unit: 'percent',
			qualifier: 'exact',
			period_start: '2024',
			period_end: '2034',
			scope_as_stated: 'registered nurses',
			scope_code: '29-1141',
			geography: 'US',
			attributed_to: 'BLS'
		});
	});

	it('reads "more than 190,000 openings each year"', () => {
		const c = byFigure(claims, '190,000');
		expect(c.claim).toMatchObject({
			measure: 'annual_openings',
			value: '190000',
			unit: 'openings per year',
			qualifier: 'at_least',
			period_start: '2024',
			period_end: '2034',
			scope_code: '29-1141',
			attributed_to: 'not stated'
		});
		expect(c.claim.note).toBe('period taken from the previous sentence');
	});

	it('reads the all-occupations growth figure', () => {
		expect(byFigure(claims, '3.1 percent').claim).toMatchObject({
			measure: 'employment_change_pct',
			value: '3.1',
			scope_as_stated: 'all occupations',
			scope_code: '00-0000',
			period_start: '2024',
			period_end: '2034'
		});
	});

	it('reads "held about 3.3 million jobs in 2024" as an employment level in a bare year', () => {
		const c = byFigure(claims, '3.3 million');
		expect(c.claim).toMatchObject({
			measure: 'employment',
			value: '3300000',
			unit: 'persons',
			qualifier: 'about',
			period_start: '2024',
			period_end: '2024',
			scope_code: '29-1141'
		});
		expect(c.confidence).toBe('medium');
	});

	it('reads the median wage and the all-workers figure it is compared with', () => {
		expect(byFigure(claims, '$93,600').claim).toMatchObject({
			measure: 'median_annual_wage',
			value: '93600',
			period_start: '2024-05',
			period_end: '2024-05',
			scope_code: '29-1141'
		});
		const all = byFigure(claims, '$49,500');
		expect(all.claim).toMatchObject({
			measure: 'median_annual_wage',
			value: '49500',
			period_start: '2024-05',
			period_end: '2024-05',
			scope_as_stated: 'all workers',
			scope_code: '00-0000'
		});
		expect(all.reasons.join(' ')).toContain('carried over');
	});
});

describe('college program page (HTML with a list, a table, scripts and styles)', () => {
	const { text, claims } = extractFile('mlt-program.html');

	it('finds the list and table figures, and nothing from <script>, <style> or the tuition line', () => {
		expect(claims.map((c) => c.figureText)).toEqual([
			'$61,890 per year',
			'343,000',
			'2%',
			'22,600 to 24,000',
			'$40,100',
			'$61,890',
			'$88,790'
		]);
		expect(claims.some((c) => /999|45%|12,000|5000000/.test(c.figureText))).toBe(false);
		expectWellFormed(text, claims);
	});

	it('uses each list item label as its context, and the lead-in for scope and source', () => {
		const [pay, jobs, outlook, openings] = claims;
		expect(pay!.claim).toMatchObject({
			measure: 'median_annual_wage',
			value: '61890',
			unit: 'USD per year',
			period_start: '2024-05',
			period_end: '2024-05',
			scope_code: '29-2010',
			attributed_to: 'BLS'
		});
		expect(jobs!.claim).toMatchObject({
			measure: 'employment',
			value: '343000',
			unit: 'persons',
			period_start: '2024',
			period_end: '2024',
			scope_code: '29-2010',
			attributed_to: 'BLS'
		});
		expect(outlook!.claim).toMatchObject({
			measure: 'employment_change_pct',
			value: '2',
			unit: 'percent',
			period_start: '2024',
			period_end: '2034',
			scope_code: '29-2010',
			attributed_to: 'BLS'
		});
		expect(openings!.claim).toMatchObject({
			measure: 'annual_openings',
			value_low: '22600',
			value_high: '24000',
			qualifier: 'range',
			unit: 'openings per year',
			scope_code: '29-2010'
		});
		expect(pay!.claim.note).toBe("scope taken from the list's lead-in");
	});

	it('reads the table rows with their row labels, and period and scope from the caption', () => {
		const rows = claims
			.slice(4)
			.map((c) => [
				c.claim.measure,
				c.claim.value,
				c.claim.period_start,
				c.claim.period_end,
				c.claim.scope_code,
				c.claim.qualifier
			]);
		expect(rows).toEqual([
			['wage_p10_annual', '40100', '2024-05', '2024-05', '29-2010', 'exact'],
			['median_annual_wage', '61890', '2024-05', '2024-05', '29-2010', 'exact'],
			['wage_p90_annual', '88790', '2024-05', '2024-05', '29-2010', 'exact']
		]);
	});
});

describe('blog post with hourly wages and percentiles', () => {
	const { text, claims } = extractFile('lab-pay-blog.txt');

	it('finds five figures, not the age, hours or years of the author', () => {
		expect(claims.map((c) => c.figureText)).toEqual([
			'$29.75 per hour',
			'$61,890 a year',
			'$97,990',
			'$40,100',
			'$20.40 an hour'
		]);
		expectWellFormed(text, claims);
	});

	it('reads "$29.75 per hour" as the median hourly wage', () => {
		expect(byFigure(claims, '$29.75 per hour').claim).toMatchObject({
			measure: 'median_hourly_wage',
			value: '29.75',
			unit: 'USD per hour',
			qualifier: 'exact',
			period_start: '2024-05',
			period_end: '2024-05',
			scope_code: '29-2010',
			attributed_to: 'BLS'
		});
	});

	it('reads "the top 10% earn more than $97,990" as the 90th percentile, at least', () => {
		const c = byFigure(claims, '$97,990');
		expect(c.claim).toMatchObject({
			measure: 'wage_p90_annual',
			value: '97990',
			unit: 'USD per year',
			qualifier: 'at_least',
			scope_code: '29-2010',
			period_start: '2024-05'
		});
		expect(c.claim.note).toContain('an earlier sentence');
	});

	it('reads "the lowest 10 percent earn less than $40,100" as the 10th percentile, up to', () => {
		expect(byFigure(claims, '$40,100').claim).toMatchObject({
			measure: 'wage_p10_annual',
			value: '40100',
			qualifier: 'up_to'
		});
	});

	it('reads an hourly average for phlebotomists', () => {
		expect(byFigure(claims, '$20.40 an hour').claim).toMatchObject({
			measure: 'mean_hourly_wage',
			value: '20.4',
			unit: 'USD per hour',
			scope_as_stated: 'Phlebotomists',
			scope_code: '31-9097',
			period_start: '2024-05'
		});
	});
});

describe('a text with numbers but no labor-market figures', () => {
	it('yields no claims', () => {
		expect(extractFile('open-house.txt').claims).toEqual([]);
	});
});

describe('state figures and "by 2030"', () => {
	const { text, claims } = extractFile('minnesota-labs.txt');

	it('finds seven figures', () => {
		expect(claims.map((c) => c.figureText)).toEqual([
			'4,800',
			'$64,350',
			'22%',
			'9.5%',
			'1,150',
			'1.8 million',
			'$52,110'
		]);
		expectWellFormed(text, claims);
	});

	it('reads "In Minnesota, about 4,800 ... were employed in May 2023" with a state source', () => {
		expect(byFigure(claims, '4,800').claim).toMatchObject({
			measure: 'employment',
			value: '4800',
			unit: 'persons',
			qualifier: 'about',
			geography: 'MN',
			period_start: '2023-05',
			period_end: '2023-05',
			scope_code: '29-2010',
			attributed_to: 'Minnesota Department of Employment and Economic Development'
		});
	});

	it('carries the state into "Statewide, ..." in the next sentence', () => {
		expect(byFigure(claims, '$64,350').claim).toMatchObject({
			measure: 'median_annual_wage',
			geography: 'MN',
			period_start: '2023-05'
		});
	});

	it('reads retirement within five years and a vacancy rate from a survey', () => {
		expect(byFigure(claims, '22%').claim).toMatchObject({
			measure: 'share_retiring_within_5y',
			value: '22',
			unit: 'percent',
			geography: 'MN',
			attributed_to: 'Minnesota Society for Clinical Laboratory Science'
		});
		expect(byFigure(claims, '9.5%').claim).toMatchObject({
			measure: 'vacancy_rate',
			value: '9.5',
			unit: 'percent',
			geography: 'MN'
		});
	});

	it('reads "by 2030" as an end period only', () => {
		expect(byFigure(claims, '1,150').claim).toMatchObject({
			measure: 'employment_change_num',
			value: '1150',
			period_start: '',
			period_end: '2030',
			geography: 'MN',
			scope_code: '29-2010',
			attributed_to: 'not stated'
		});
		expect(byFigure(claims, '1.8 million').claim).toMatchObject({
			measure: 'employment_change_num',
			value: '1800000',
			qualifier: 'about',
			period_start: '',
			period_end: '2030',
			geography: 'US',
			scope_code: 'HC'
		});
	});

	it('reads another state named in the sentence', () => {
		expect(byFigure(claims, '$52,110').claim).toMatchObject({
			measure: 'median_annual_wage',
			geography: 'TX',
			scope_code: '29-2012',
			period_start: '2023-05'
		});
	});
});
