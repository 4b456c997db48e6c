// A short, stable, readable id part for a URL: host and path, lower case, dashes. Long ones
// are cut and given a hash of the full URL so two URLs never share a slug by truncation.
import { createHash } from 'node:crypto';

const MAX = 60;

export function sourceSlug(url: string): string {
	const u = new URL(url);
	const host = u.hostname.replace(/^www\d*\./, '');
	const slug = `${host}${u.pathname}${u.search}`
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length <= MAX) return slug;
	const hash = createHash('sha1').update(url).digest('hex').slice(0, 8);
	return `${slug.slice(0, MAX - 9).replace(/-+$/, '')}-${hash}`;
}
