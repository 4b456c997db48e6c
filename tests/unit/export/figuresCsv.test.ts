import { describe as group, expect, it } from 'vitest';
import { figuresCsv, FIGURE_CSV_COLUMNS } from '$lib/export/figuresCsv';
import { withProvenanceFooter, escapeXml } from '$lib/export/withProvenanceFooter';
import { fileSlug } from '$lib/export/download';
import { EMPLOYMENT, SOURCES, fig } from '../charts/fixtures';

group('figuresCsv', () => {
	it('writes one row per figure with value, unit, period, vintage and source provenance', () => {
		const lines = figuresCsv(EMPLOYMENT.slice(0, 1), SOURCES).trimEnd().split('\r\n');
		expect(lines[0]).toBe(FIGURE_CSV_COLUMNS.join(','));
		expect(lines[1]).toBe(
			'emp-2018,employment,29-2010,Clinical laboratory technologists and technicians,US,2018,2018,EP 2018-28,331700,,,persons,exact,comparable,,,bls-ep,U.S. Bureau of Labor Statistics,"Employment Projections, Table 1.2",https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm'
		);
	});

	it('keeps a top-coded value empty and drops unsafe source URLs', () => {
		const f = fig({
			id: 't',
			measure: 'wage_p90_annual',
			vintage: 'OEWS May 2024',
			period_start: '2024-05',
			value: null,
			value_flag: 'top_coded',
			value_bound: 239200,
			unit: 'USD per year',
			source_id: 'ooh',
			note: '=cmd|x'
		});
		const row = figuresCsv([f], SOURCES).trimEnd().split('\r\n')[1]!;
		expect(row).toContain(',,top_coded,239200,');
		expect(row).toContain(`"'=cmd|x"`);
		expect(row).not.toContain('javascript:');
	});
});

group('withProvenanceFooter', () => {
	it('nests the chart and writes title and provenance lines as escaped text', () => {
		const out = withProvenanceFooter('<svg viewBox="0 0 100 50"><rect/></svg>', {
			width: 400,
			height: 200,
			title: 'Wages <2024>',
			lines: ['Source: BLS & partners']
		});
		expect(out.svg).toContain('<svg x="0" y="28" width="400" height="200" viewBox="0 0 100 50">');
		expect(out.svg).toContain('Wages &lt;2024&gt;');
		expect(out.svg).toContain('Source: BLS &amp; partners');
		expect(out.height).toBeGreaterThan(228);
		expect(escapeXml(`"'`)).toBe('&quot;&apos;');
	});

	it('makes safe file names from titles', () => {
		expect(fileSlug('Annual wages: Clinical lab (29-2010)')).toBe(
			'annual-wages-clinical-lab-29-2010'
		);
	});
});
