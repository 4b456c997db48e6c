// One title row per (normalised, soc_code): the most authoritative kind wins (TITLE_KINDS order:
// SOC > O*NET title > O*NET alternate > Census > O*NET reported > editorial), then the title
// that sorts first, so the result never depends on input order.
import { TITLE_KINDS } from '../../../lib/core/schema/title';
import type { ReportBuilder } from '../report/ReportBuilder';
import type { Candidate } from './titleCandidates';

const rank = (c: Candidate) => TITLE_KINDS.indexOf(c.kind);

export function dedupeTitles(candidates: readonly Candidate[], report: ReportBuilder): Candidate[] {
	const best = new Map<string, Candidate>();
	const dropped: Record<string, number> = {};
	for (const c of candidates) {
		const key = `${c.normalised}|${c.soc_code}`;
		const held = best.get(key);
		const wins = !held || rank(c) < rank(held) || (rank(c) === rank(held) && c.title < held.title);
		const loser = !held ? null : wins ? held : c;
		if (loser) dropped[loser.kind] = (dropped[loser.kind] ?? 0) + 1;
		if (wins) best.set(key, c);
	}
	const total = Object.values(dropped).reduce((a, b) => a + b, 0);
	report.note(
		`deduplicated by (normalised, soc_code): ${total} rows dropped for a more authoritative or identical one (${TITLE_KINDS.filter(
			(k) => dropped[k]
		)
			.map((k) => `${k} ${dropped[k]}`)
			.join(', ')})`
	);
	return [...best.values()];
}
