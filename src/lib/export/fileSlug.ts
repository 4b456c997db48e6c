// Kept apart from download.ts so pages can name files without loading the export code.
/** A file name from a chart title: lower case, ASCII letters, digits and dashes only. */
export function fileSlug(title: string): string {
	return (
		title
			.normalize('NFKD')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 80) || 'chart'
	);
}
