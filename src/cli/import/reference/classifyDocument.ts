// Claims come from documents of two kinds (data/README.md states the rule):
//   marketing: pages that promote training, a school, staffing or a career/salary site;
//   article: news, journals and their summaries, independent blogs, government pages.
// The rule reads only the document's organisation and host name.

export type DocumentKind = { kind: 'article' | 'marketing'; reason: string };

const MARKETING: [RegExp, string][] = [
	[
		/\b(college|school|university|academy|institute)\b|\.edu$|\.school$/i,
		'school or training provider'
	],
	[/staff/i, 'staffing agency'],
	[/career|job|salary/i, 'career or salary site'],
	[
		/^(vault\.com|legacy\.vault\.com|climbtheladder\.com|citytowninfo\.com|raise\.me|plainworkforce\.com)$/i,
		'career or salary site'
	]
];

export function classifyDocument(org: string, url: string): DocumentKind {
	const host = new URL(url).hostname.replace(/^www\d*\./, '');
	for (const [pattern, reason] of MARKETING)
		if (pattern.test(org) || pattern.test(host)) return { kind: 'marketing', reason };
	return { kind: 'article', reason: 'news, journal, blog or government page' };
}
