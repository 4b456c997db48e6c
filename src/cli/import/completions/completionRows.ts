// A completions table (awards conferred by CIP code, year and award level) to supply rows.
// Award levels may be written as our names or as IPEDS AWLEVEL numbers.
import { AWARD_LEVELS, type AwardLevel } from '../../../lib/core/schema/supply';
import type { ReportBuilder } from '../report/ReportBuilder';

export type SupplyRow = {
	id: string;
	kind: string;
	cip_code: string;
	program: string;
	period_start: string;
	period_end: string;
	award_level: string;
	value: string;
	unit: string;
	publisher: string;
	source_id: string;
	note: string;
};

const AWLEVEL: Record<string, AwardLevel> = {
	'1': 'certificate_under_1y',
	'20': 'certificate_under_1y',
	'21': 'certificate_under_1y',
	'2': 'certificate_1_2y',
	'3': 'associate',
	'4': 'award_2_4y',
	'5': 'bachelor',
	'6': 'postbacc_certificate',
	'7': 'master',
	'17': 'doctor',
	'18': 'doctor',
	'19': 'doctor'
};

export const REQUIRED_COLUMNS = ['cip_code', 'year', 'award_level', 'awards'] as const;

function awardLevel(raw: string): AwardLevel | null {
	if (raw !== '' && (AWARD_LEVELS as readonly string[]).includes(raw)) return raw as AwardLevel;
	return AWLEVEL[raw] ?? null;
}

export function completionRows(
	records: string[][],
	file: string,
	source: { id: string; publisher: string },
	report: ReportBuilder
): SupplyRow[] {
	const [header, ...data] = records;
	const cols = (header ?? []).map((h) => h.trim().toLowerCase());
	const missing = REQUIRED_COLUMNS.filter((c) => !cols.includes(c));
	if (missing.length > 0)
		throw new Error(
			`${file}: missing column(s) ${missing.join(', ')} (need ${REQUIRED_COLUMNS.join(', ')})`
		);
	const at = (record: string[], name: string) => (record[cols.indexOf(name)] ?? '').trim();
	report.read(file, data.length);
	const seen = new Set<string>();
	const rows: SupplyRow[] = [];
	data.forEach((record, i) => {
		const line = `line ${i + 2}`;
		const cip = at(record, 'cip_code');
		const year = at(record, 'year');
		const level = awardLevel(at(record, 'award_level'));
		const awards = at(record, 'awards');
		if (!/^\d\d\.\d{4}$/.test(cip))
			return report.skip('cip_code is not NN.NNNN', `${line}: ${cip}`);
		if (!/^(19|20)\d\d$/.test(year)) return report.skip('year is not YYYY', `${line}: ${year}`);
		if (!level) return report.skip('unknown award_level', `${line}: ${at(record, 'award_level')}`);
		if (!/^\d+$/.test(awards))
			return report.skip(
				'awards is not a whole number (markers and blanks are never turned into numbers)',
				`${line}: ${awards}`
			);
		const id = `completions:${cip}:${year}:${level}`;
		if (seen.has(id)) return report.skip('the same CIP, year and award level listed twice', id);
		seen.add(id);
		const title = cols.includes('cip_title') ? at(record, 'cip_title') : '';
		rows.push({
			id,
			kind: 'awards',
			cip_code: cip,
			program: title || `CIP ${cip}`,
			period_start: year,
			period_end: year,
			award_level: level,
			value: awards,
			unit: 'awards',
			publisher: source.publisher,
			source_id: source.id,
			note: ''
		});
	});
	report.kept(rows.length);
	return rows;
}
