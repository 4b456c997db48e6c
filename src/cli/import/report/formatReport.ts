// The human-readable form of an import report, printed by the CLI.
import type { ImportReport } from './ReportBuilder';

export function formatReport(r: ImportReport): string {
	const lines = [`== import ${r.kind}`];
	lines.push(`files read (${r.filesRead.length}): ${r.filesRead.join(', ')}`);
	lines.push(`rows read: ${r.rowsRead}; rows kept: ${r.rowsKept}`);
	for (const f of r.files)
		lines.push(
			`  ${f.file}: read ${f.read}, kept ${f.kept}, flagged ${f.flagged}, skipped ${f.skipped}`
		);
	const byFlag =
		Object.entries(r.flagged.byFlag)
			.map(([k, v]) => `${k} ${v}`)
			.join(', ') || 'none';
	const byMarker = Object.entries(r.flagged.byMarker)
		.map(([k, v]) => `"${k}" ${v}`)
		.join(', ');
	lines.push(
		`figures flagged: ${r.flagged.total} (${byFlag})${byMarker ? `; markers: ${byMarker}` : ''}`
	);
	if (r.skipped.length === 0) lines.push('rows skipped: none');
	for (const s of r.skipped)
		lines.push(`rows skipped: ${s.count} — ${s.reason} (e.g. ${s.examples.join('; ')})`);
	lines.push(
		`occupations: ${r.occupations}; vintages (${r.vintages.length}): ${r.vintages.join(', ')}`
	);
	for (const [file, n] of Object.entries(r.produced)) lines.push(`produced ${file}: ${n} rows`);
	for (const o of r.outputs)
		lines.push(
			`wrote ${o.file}: ${o.written} own rows (${o.replaced} replaced from the previous run), ${o.keptOthers} other rows kept`
		);
	for (const n of r.notes) lines.push(`note: ${n}`);
	return lines.join('\n');
}
