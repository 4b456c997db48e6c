// Crosswalk proposals → the codes whose figures a brief uses. Generic rule: a detailed code with no
// line item in the newest EP vintage, whose broad group (XX-XXX0) is a line item there, is published
// only inside that combined occupation, so the combined figure is used and labelled as such.
import type { MappedCode } from './types';

export type Coverage = {
	/** Codes that are published (not computed) EP line items in the newest vintage. */
	newestLineItems: ReadonlySet<string>;
	/** Codes with any EP figure in any vintage. */
	anyEp: ReadonlySet<string>;
	newestVintage: string;
	titleOf: (soc: string) => string | undefined;
};

/** "29-2010" for 29-2012: the broad group of a detailed SOC code. */
export const broadGroupOf = (soc: string) => `${soc.slice(0, 6)}0`;

export function mapCode(soc: string, crosswalkTitle: string, c: Coverage): MappedCode {
	const title = c.titleOf(soc) ?? crosswalkTitle;
	const base = { soc, title };
	if (c.newestLineItems.has(soc))
		return {
			...base,
			kind: 'direct',
			uses: soc,
			usesTitle: title,
			explanation: `${c.newestVintage} publishes ${soc} as its own line item.`
		};
	const broad = broadGroupOf(soc);
	if (broad !== soc && c.newestLineItems.has(broad)) {
		const usesTitle = c.titleOf(broad) ?? broad;
		return {
			...base,
			kind: 'combined',
			uses: broad,
			usesTitle,
			explanation: `BLS publishes no separate figures for ${soc} in ${c.newestVintage}; it is counted inside ${broad} ${usesTitle}, so the combined figure is used and labelled as combined.`
		};
	}
	if (c.anyEp.has(soc))
		return {
			...base,
			kind: 'older_only',
			uses: soc,
			usesTitle: title,
			explanation: `${soc} has figures only in older EP vintages; it is not a line item in ${c.newestVintage}.`
		};
	return {
		...base,
		kind: 'none',
		uses: soc,
		usesTitle: title,
		explanation: `No Employment Projections figures exist for ${soc}.`
	};
}

/** Each selected code once, in the order given; codes that use the same combined figure are grouped. */
export function usedCodes(
	mapping: readonly MappedCode[],
	selected: readonly string[]
): { uses: string; title: string; members: MappedCode[] }[] {
	const out: { uses: string; title: string; members: MappedCode[] }[] = [];
	for (const m of mapping) {
		if (!selected.includes(m.soc) || m.kind === 'none') continue;
		const existing = out.find((o) => o.uses === m.uses);
		if (existing) existing.members.push(m);
		else out.push({ uses: m.uses, title: m.usesTitle, members: [m] });
	}
	return out;
}
