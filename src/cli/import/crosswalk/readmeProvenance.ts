// Provenance of a shared input described in prose: "**Source repo:** `owner/name` … @ commit `<40 hex>`"
// plus a table row `| <file> | <repo path> | …`. Used by the crosswalk and CPI imports.
import type { Provenance } from '../provenance/parseProvenance';

export function readmeProvenance(readme: string, file: string): Provenance | undefined {
	const repo =
		/\*\*Source repo:\*\*\s*`?([\w.-]+)\/([\w.-]+)`?[^@]{0,200}?@\s+commit\s+`([0-9a-f]{40})`/.exec(
			readme
		);
	if (!repo) return undefined;
	const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const tableRow = new RegExp(`^\\|\\s*\`${escaped}\`\\s*\\|\\s*\`([^\`]+)\``, 'm').exec(readme);
	const inline = new RegExp(`path \`([^\`]*${escaped})\``).exec(readme);
	const path = tableRow?.[1] ?? inline?.[1];
	if (!path) return undefined;
	return { file, owner: repo[1]!, repo: repo[2]!, commit: repo[3]!, path, remark: '' };
}
