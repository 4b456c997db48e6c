// For a reproduction: the official release it copies, named from the reference vintages.
// "OOH 2018-19 (EP 2016-26)" -> BLS Occupational Outlook Handbook 2018-19 edition (EP 2016-26).

export type OriginalNames = { publisher: string; title: string; url: string };

const BLS = 'U.S. Bureau of Labor Statistics';
const FAMILIES: { pattern: RegExp; title: (m: RegExpExecArray) => string; url: string }[] = [
	{
		pattern: /^OOH (\S+) \((EP \S+)\)$/,
		title: (m) => `BLS Occupational Outlook Handbook ${m[1]} edition (${m[2]})`,
		url: ''
	},
	{
		pattern: /^EP (\d{4}-\d{2})$/,
		title: (m) => `BLS Employment Projections ${m[1]}`,
		url: 'https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm'
	},
	{
		pattern: /^OEWS May (\d{4})$/,
		title: (m) => `BLS OEWS May ${m[1]} estimates`,
		url: 'https://www.bls.gov/oes/tables.htm'
	}
];

export function originalOf(vintages: readonly string[]): OriginalNames {
	const matched = vintages.map((v) => {
		for (const f of FAMILIES) {
			const m = f.pattern.exec(v);
			if (m) return { title: f.title(m), url: f.url };
		}
		return null;
	});
	if (matched.some((m) => m === null))
		return { publisher: '', title: vintages.join('; '), url: '' };
	const urls = new Set(matched.map((m) => m!.url));
	return {
		publisher: BLS,
		title: matched.map((m) => m!.title).join('; '),
		url: urls.size === 1 ? [...urls][0]! : ''
	};
}
