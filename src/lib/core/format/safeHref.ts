// Links are only ever made from http(s) URLs; anything else (javascript:, data:, relative) is refused.

/** The URL as given if it is an absolute http(s) URL, otherwise null. */
export function safeHref(raw: string | null | undefined): string | null {
	if (typeof raw !== 'string') return null;
	// Browsers strip leading/trailing whitespace and control characters before parsing, so a
	// URL carrying them is refused outright rather than second-guessed.
	// eslint-disable-next-line no-control-regex -- control characters are what it refuses
	if (raw !== raw.trim() || /[\u0000-\u001F\u007F\s]/.test(raw)) return null;
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		return null;
	}
	return url.protocol === 'http:' || url.protocol === 'https:' ? raw : null;
}
