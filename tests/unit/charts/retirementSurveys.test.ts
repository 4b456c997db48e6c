import { describe as group, expect, it } from 'vitest';
import {
	retirementSurveys,
	describe,
	fitRowLabel
} from '$lib/charts/retirementSurveys/retirementSurveys';
import { SOURCES, check, claim, fig } from './fixtures';
import type { Figure } from '$lib/core/schema/figure';

const share = (
	id: string,
	dept: string,
	value: number,
	measure: Figure['measure'] = 'share_retiring_within_5y'
): Figure =>
	fig({
		id,
		measure,
		soc_code: '',
		occupation: dept,
		vintage: 'ASCP Vacancy Survey 2022',
		period_start: '2022',
		value,
		unit: 'percent',
		source_id: 'ascp'
	});
const FIGURES = [
	share('s1', 'Chemistry', 13.4),
	share('s2', 'Histology', 20.0),
	share('s3', 'Cytology', 9.1),
	share('s4', 'Chemistry', 24.6, 'share_retiring_within_10y')
];

group('retirementSurveys', () => {
	it('has one row per survey vintage and department, with one dot per measure', () => {
		const m = retirementSurveys({ figures: FIGURES, sources: SOURCES });
		expect(m.rows.map((r) => r.label)).toEqual(['Chemistry', 'Cytology', 'Histology']);
		expect(m.rows[0]!.dots.map((d) => d.measure)).toEqual([
			'share_retiring_within_5y',
			'share_retiring_within_10y'
		]);
		expect(m.rows[0]!.sublabel).toBe('ASCP Vacancy Survey 2022');
	});

	it('gives each measure its own colour and shape', () => {
		const m = retirementSurveys({ figures: FIGURES, sources: SOURCES });
		const [a, b] = m.legend;
		expect(a!.style.shape).not.toBe(b!.style.shape);
		expect(a!.style.color).not.toBe(b!.style.color);
	});

	it('places x by percent', () => {
		const m = retirementSurveys({ figures: FIGURES, sources: SOURCES });
		const x = (dept: string) => m.rows.find((r) => r.label === dept)!.dots[0]!.x;
		expect(x('Cytology')).toBeLessThan(x('Chemistry'));
		expect(x('Chemistry')).toBeLessThan(x('Histology'));
	});

	it('draws a claim on its own row in the document’s words, at the value it states', () => {
		const c = check(
			claim({
				id: 'r1',
				measure: 'share_retiring_within_5y',
				scope_code: '',
				unit: 'percent',
				scope_as_stated: 'lab professionals',
				value: 20,
				qualifier: 'up_to'
			}),
			['wrong_scope']
		);
		const m = retirementSurveys({ figures: FIGURES, sources: SOURCES, claims: [c] });
		const row = m.rows.at(-1)!;
		expect(row).toMatchObject({ claimRow: true, label: 'Claim: lab professionals' });
		const histology = m.rows.find((r) => r.label === 'Histology')!.dots[0]!;
		expect(m.claims.marks[0]).toMatchObject({
			x: histology.x,
			y: row.dotY,
			kind: 'up_to',
			verdict: 'wrong_scope',
			hollow: true
		});
		expect(m.claims.marks[0]!.path).toContain('L'); // arrow head
	});

	it('describes the spread for the 5-year measure', () => {
		expect(describe(retirementSurveys({ figures: FIGURES, sources: SOURCES }))).toBe(
			'ASCP Vacancy Survey 2022: share expected to retire within 5 years ranges from 9.1% (Cytology) to 20% (Histology) across 3 groups.'
		);
	});
});

group('fitting survey row labels to the chart width', () => {
	it('keeps a label that fits, drops the survey name before shortening the group name', () => {
		expect(fitRowLabel('Chemistry', 'ASCP 2014', 40)).toEqual({
			label: 'Chemistry',
			sublabel: 'ASCP 2014'
		});
		expect(
			fitRowLabel('Medical laboratory staff — chemistry', 'ASCP Vacancy Survey 2014', 40)
		).toEqual({ label: 'Medical laboratory staff — chemistry', sublabel: '' });
		expect(
			fitRowLabel(
				'Medical laboratory staff incl. supervisors — core laboratory (highest department)',
				'ASCP 2022',
				40
			)
		).toEqual({ label: 'Medical laboratory staff incl. supervis…', sublabel: '' });
	});
});
