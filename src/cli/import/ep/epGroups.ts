// The groups EP does not publish in its export but the ledger needs: all occupations, each
// SOC major group present, healthcare (major groups 29 and 31, the OOH "healthcare
// occupations"), and each broad group that is not itself a line item but has two or more
// detailed line items. The rules are generic: they look only at the shape of SOC codes.
import type { EpLineItem, EpVintage } from './parseEpFile';

export type EpGroup = { code: string; title: string; scope: string; members: EpLineItem[] };
export type TitleOf = (code: string) => string | null;

const HEALTHCARE_MAJORS = ['29', '31'];

/** Detailed SOC codes do not end in 0; broad ones end in a single 0 (XX-XXX0, not XX-XX00). */
function broadOf(code: string): string | null {
	if (code.endsWith('0')) return null;
	const broad = `${code.slice(0, 6)}0`;
	return broad.endsWith('00') ? null : broad;
}

export function epGroups(v: EpVintage, titleOf: TitleOf): EpGroup[] {
	const items = v.items;
	const label = v.label;
	const title = (code: string) => `${titleOf(code) ?? `SOC group ${code}`} (computed)`;
	const groups: EpGroup[] = [
		{
			code: '00-0000',
			title: 'All occupations (computed)',
			scope: `all ${items.length} ${label} line items`,
			members: items
		}
	];
	const healthcare = items.filter((i) => HEALTHCARE_MAJORS.includes(i.code.slice(0, 2)));
	if (healthcare.length > 0)
		groups.push({
			code: 'HC',
			title: 'Healthcare occupations, SOC 29 + 31 (computed)',
			scope: `${healthcare.length} ${label} line items in SOC major groups ${HEALTHCARE_MAJORS.join(' and ')}`,
			members: healthcare
		});
	const majors = [...new Set(items.map((i) => i.code.slice(0, 2)))].sort();
	for (const major of majors) {
		const members = items.filter((i) => i.code.startsWith(`${major}-`));
		const code = `${major}-0000`;
		groups.push({
			code,
			title: title(code),
			scope: `${members.length} ${label} line items in SOC major group ${major}`,
			members
		});
	}
	const lineItemCodes = new Set(items.map((i) => i.code));
	const broads = new Map<string, EpLineItem[]>();
	for (const item of items) {
		const broad = broadOf(item.code);
		if (broad) broads.set(broad, [...(broads.get(broad) ?? []), item]);
	}
	for (const [code, members] of [...broads].sort(([a], [b]) => (a < b ? -1 : 1))) {
		if (members.length < 2 || lineItemCodes.has(code)) continue;
		const codes = members
			.map((m) => m.code)
			.sort()
			.join(', ');
		groups.push({
			code,
			title: title(code),
			scope: `${members.length} ${label} line items in SOC broad group ${code} (${codes})`,
			members
		});
	}
	return groups;
}
