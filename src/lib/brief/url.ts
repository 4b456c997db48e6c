// A brief's state in its URL: /brief/<cip>?soc=a,b&ep=EP 2024-34&oews=OEWS May 2024.
// soc lists the selected crosswalk codes (absent = all proposed); ep/oews pin the vintages.

export type BriefParams = { soc: string[] | null; ep: string | null; oews: string | null };

export function readBriefParams(search: URLSearchParams): BriefParams {
	const soc = search.get('soc');
	const codes =
		soc === null
			? null
			: soc
					.split(',')
					.map((s) => s.trim())
					.filter((s) => /^\d\d-\d{4}$/.test(s));
	const ep = search.get('ep');
	const oews = search.get('oews');
	return {
		soc: codes,
		ep: ep && /^EP \d{4}-\d{2}$/.test(ep) ? ep : null,
		oews: oews && /^OEWS (May|Nov) \d{4}$/.test(oews) ? oews : null
	};
}

/** The query string that rebuilds this brief; vintages are always pinned, soc only when it differs from the default. */
export function briefQuery(
	selected: readonly string[],
	proposed: readonly string[],
	ep: string,
	oews: string
): string {
	const q = new URLSearchParams();
	const same = selected.length === proposed.length && proposed.every((s) => selected.includes(s));
	if (!same) q.set('soc', selected.join(','));
	q.set('ep', ep);
	q.set('oews', oews);
	return q.toString().replace(/\+/g, '%20');
}
