// What an upload may be, checked before a byte is parsed.
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
export const MAX_UPLOAD_LABEL = '50 MB';

const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;

/** Why a file of this size is refused, or null when it may be read. */
export function sizeProblem(size: number, limit = MAX_UPLOAD_BYTES): string | null {
	if (size === 0) return 'The file is empty: there is nothing to check.';
	if (size > limit)
		return `The file is ${mb(size)}; the limit is ${limit === MAX_UPLOAD_BYTES ? MAX_UPLOAD_LABEL : mb(limit)}. Split it into smaller files and upload them one at a time.`;
	return null;
}

/** The first bytes' verdict, with the strict loader's rules (decodeText): NUL bytes, UTF-16. */
export function headProblem(head: Uint8Array): string | null {
	const h = head.subarray(0, Math.min(head.length, 8192));
	if (h.includes(0)) return 'the file is binary, not CSV text (it contains NUL bytes)';
	if ((h[0] === 0xff && h[1] === 0xfe) || (h[0] === 0xfe && h[1] === 0xff))
		return 'the file is UTF-16; save it as UTF-8 CSV';
	return null;
}

export const NOT_UTF8 = 'the file is not valid UTF-8 text; save it as UTF-8 CSV';
