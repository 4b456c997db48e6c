import { describe, expect, it } from 'vitest';
import { parseDecimal } from '../../../src/cli/import/values/parseDecimal';
import { thousandsToPersons } from '../../../src/cli/import/values/thousandsToPersons';
import { percentChange } from '../../../src/cli/import/values/percentChange';
import { parseMarker } from '../../../src/cli/import/values/parseMarker';
import { cleanTitle } from '../../../src/cli/import/ep/cleanTitle';
import { scopeCode } from '../../../src/cli/import/reference/scopeCode';
import { classifyDocument } from '../../../src/cli/import/reference/classifyDocument';
import { sourceSlug } from '../../../src/cli/import/reference/sourceSlug';

describe('parseDecimal', () => {
	it('reads the number formats of the shared files without floats', () => {
		expect(parseDecimal('"1,424.00"'.replace(/"/g, ''))).toBe('1424');
		expect(parseDecimal('   127567910')).toBe('127567910');
		expect(parseDecimal('6')).toBe('6');
		expect(parseDecimal('14.0')).toBe('14');
		expect(parseDecimal('58.40')).toBe('58.4');
		expect(parseDecimal('-0.3')).toBe('-0.3');
		expect(parseDecimal('151,853,870')).toBe('151853870');
	});
	it('refuses markers and malformed numbers', () => {
		for (const s of ['#', '*', '**', '***', 'N/A', '—', '>=239,200', '', '1,42', '12a'])
			expect(parseDecimal(s)).toBeNull();
	});
});

describe('thousandsToPersons', () => {
	it('shifts the decimal point exactly', () => {
		expect(thousandsToPersons('351.2')).toBe('351200');
		expect(thousandsToPersons('0.1')).toBe('100');
		expect(thousandsToPersons('1579.8')).toBe('1579800');
		expect(thousandsToPersons('-5.4')).toBe('-5400');
		expect(thousandsToPersons('0')).toBe('0');
		// no float artefacts: 1.005 * 1000 is 1004.999… in floating point
		expect(thousandsToPersons('1.005')).toBe('1005');
	});
	it('refuses a value that is not a whole number of persons', () => {
		expect(() => thousandsToPersons('1.2345')).toThrow();
	});
});

describe('percentChange', () => {
	it('rounds half away from zero to 0.1 in integer arithmetic', () => {
		expect(percentChange(325800n, 396500n)).toBe('21.7');
		expect(percentChange(1000n, 1000n)).toBe('0');
		expect(percentChange(2000n, 2001n)).toBe('0.1'); // 0.05 rounds up
		expect(percentChange(2000n, 1999n)).toBe('-0.1');
		expect(percentChange(1000n, 1060n)).toBe('6');
	});
});

describe('parseMarker', () => {
	it('keeps flags as flags and only stated bounds as bounds', () => {
		expect(parseMarker('#')).toEqual({ flag: 'top_coded', bound: '', marker: '#' });
		expect(parseMarker('>=239,200')).toEqual({
			flag: 'top_coded',
			bound: '239200',
			marker: '>=239,200'
		});
		expect(parseMarker('>=$208,000')?.bound).toBe('208000');
		for (const s of ['*', '**', '***', 'N/A', '—'])
			expect(parseMarker(s)?.flag).toBe('not_available');
		expect(parseMarker('12')).toBeNull();
	});
});

describe('cleanTitle', () => {
	it('strips example job titles and the 2012-22 show/hide text, keeping mangled characters', () => {
		expect(
			cleanTitle(
				'Actors     \t \t\t\t\tShow/hide Example Job Titles \t\t\t\t* Actor Understudy* Actress'
			).title
		).toBe('Actors');
		expect(cleanTitle('Actuaries    * Actuarial Associate* Health Actuary').title).toBe(
			'Actuaries'
		);
		expect(
			cleanTitle('Stationary engineers and boiler operators    * Boiler Operator¿¿¿').dropped
		).toContain('¿¿¿');
		expect(cleanTitle('Chief executives').title).toBe('Chief executives');
	});
});

describe('claims helpers', () => {
	it('turns stated industry codes into NAICS scope codes', () => {
		expect(scopeCode('NAICS 62 (industry)')).toEqual({ code: 'NAICS 62', remark: 'industry' });
		expect(scopeCode('NAICS 6215 (industry, approx.)')).toEqual({
			code: 'NAICS 6215',
			remark: 'industry, approx.'
		});
		expect(scopeCode('29-2010')).toEqual({ code: '29-2010', remark: '' });
		expect(scopeCode('HC')).toEqual({ code: 'HC', remark: '' });
		expect('error' in scopeCode('lab techs')).toBe(true);
	});
	it('classifies documents by organisation and host', () => {
		expect(
			classifyDocument('Lake Superior College (CareerOneStop display)', 'https://lsc.edu/x').kind
		).toBe('marketing');
		expect(
			classifyDocument('TriageStaff (staffing blog)', 'https://triagestaff.com/blog/x').kind
		).toBe('marketing');
		expect(
			classifyDocument('Baltimore Sun (commentary)', 'https://www.baltimoresun.com/opinion/x').kind
		).toBe('article');
		expect(
			classifyDocument('Minnesota DEED (Minnesota Economic Trends)', 'https://mn.gov/deed/x').kind
		).toBe('article');
		// the path is not read: a news page about jobs stays an article
		expect(
			classifyDocument('WorkingNation', 'https://www.workingnation.com/health-care-jobs-x/').kind
		).toBe('article');
	});
	it('makes short, stable, distinct slugs', () => {
		const a = sourceSlug(
			'https://github.com/kngoran/Mylastrepo/blob/07f280475803b89138b5b9229e7d658eee6c78e5/Employment%20Projections.csv'
		);
		const b = sourceSlug(
			'https://github.com/kngoran/Mylastrepo/blob/07f280475803b89138b5b9229e7d658eee6c78e5/Other.csv'
		);
		expect(a.length).toBeLessThanOrEqual(60);
		expect(a).not.toBe(b);
		expect(sourceSlug('https://www.medlabmag.com/article/1437')).toBe('medlabmag-com-article-1437');
	});
});
