// Bytes to text, refusing what is not UTF-8 text rather than guessing.
export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

export function decodeText(bytes: Uint8Array): Decoded {
	if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
	const head = bytes.subarray(0, Math.min(bytes.length, 8192));
	if (head.includes(0))
		return { ok: false, reason: 'the file is binary, not CSV text (it contains NUL bytes)' };
	if (head[0] === 0xff && head[1] === 0xfe)
		return { ok: false, reason: 'the file is UTF-16; save it as UTF-8 CSV' };
	if (head[0] === 0xfe && head[1] === 0xff)
		return { ok: false, reason: 'the file is UTF-16; save it as UTF-8 CSV' };
	try {
		const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return { ok: true, text };
	} catch {
		return { ok: false, reason: 'the file is not valid UTF-8 text; save it as UTF-8 CSV' };
	}
}
