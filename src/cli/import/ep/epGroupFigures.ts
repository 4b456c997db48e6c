// Computed totals for the groups of one EP vintage. Levels, numeric change and openings are
// sums of the published line items (converted to persons); percent change is recomputed from
// the summed levels. Line items of different vintages are never mixed. A group the table
// publishes itself (a Table 1.7 summary row) is not computed: the published row stands.
import { figureRow } from '../figureRow';
import type { ReportBuilder } from '../report/ReportBuilder';
import { percentChange } from '../values/percentChange';
import type { EpFigures } from './epLineItemFigures';
import { epCellValue, epMeasures, type EpMeasure } from './epMeasures';
import { epGroups, type TitleOf } from './epGroups';
import type { EpVintage } from './parseEpFile';

const NOTE =
	'Computed by the import from published line items (each rounded to 0.1 thousand); not a published BLS figure.';

function derivation(m: EpMeasure, scope: string, v: EpVintage): string {
	switch (m.measure) {
		case 'employment':
			return `Sum of ${scope}: employment ${v.base}.`;
		case 'employment_projected':
			return `Sum of ${scope}: projected employment ${v.target}.`;
		case 'employment_change_num':
			return `Sum of ${scope}: published numeric change ${v.base}-${v.target} (may differ by rounding from projected minus base of the sums).`;
		case 'employment_change_pct':
			return `Computed from ${scope}: percent = (projected − base) / base × 100 of the sums, rounded to 0.1.`;
		default:
			return `Sum of ${scope}: ${m.unit === 'openings per year' ? 'annual average openings' : 'old-method 10-year openings totals'}.`;
	}
}

export function epGroupFigures(
	v: EpVintage,
	titleOf: TitleOf,
	report: ReportBuilder,
	published: ReadonlySet<string> = new Set()
): EpFigures {
	const out: EpFigures = { 'projections.csv': [], 'openings.csv': [] };
	const measures = epMeasures(v);
	for (const group of epGroups(v, titleOf).filter((g) => !published.has(g.code))) {
		const sums = new Map<string, bigint>();
		for (const m of measures.filter((x) => x.inThousands)) {
			let sum = 0n;
			const missing = group.members.filter((item) => {
				const cell = epCellValue(m, m.cell(item));
				if ('value' in cell) sum += BigInt(cell.value);
				return !('value' in cell);
			});
			// A total with a missing member would be an estimate: leave the figure out instead.
			if (missing.length > 0)
				report.skip(
					`${v.file}: group total not computed because a member has no number`,
					`${group.code} ${m.measure} (${missing[0]!.code})`
				);
			else sums.set(m.measure, sum);
		}
		for (const m of measures) {
			let value: string | undefined;
			if (m.inThousands) value = sums.get(m.measure)?.toString();
			else {
				const base = sums.get('employment');
				const projected = sums.get('employment_projected');
				if (base !== undefined && projected !== undefined && base > 0n)
					value = percentChange(base, projected);
			}
			if (value === undefined) continue;
			const [period_start, period_end] = m.period(v);
			out[m.file].push(
				figureRow({
					id: `ep:${v.key}:${group.code}:${m.measure}`,
					measure: m.measure,
					soc_code: group.code,
					occupation: group.title,
					period_start,
					period_end,
					vintage: v.label,
					value,
					unit: m.unit,
					comparability: m.comparability,
					source_id: `ep:${v.key}`,
					derivation: derivation(m, group.scope, v),
					note: [m.note, NOTE].filter(Boolean).join(' ')
				})
			);
		}
	}
	return out;
}
