// The article as plain text pieces with marked ranges, for rendering with <mark> elements
// (text nodes only, never HTML). Overlapping ranges are merged into the earlier mark.

export type Piece = { text: string; mark: number | null };

/** Split `text` at the given ranges; each marked piece carries the index of its range. */
export function markSegments(
	text: string,
	ranges: readonly { start: number; end: number }[]
): Piece[] {
	const order = ranges
		.map((r, i) => ({
			start: Math.max(0, Math.min(r.start, text.length)),
			end: Math.max(0, Math.min(r.end, text.length)),
			i
		}))
		.filter((r) => r.end > r.start)
		.sort((a, b) => a.start - b.start || a.i - b.i);
	const out: Piece[] = [];
	let at = 0;
	for (const r of order) {
		if (r.start < at) continue;
		if (r.start > at) out.push({ text: text.slice(at, r.start), mark: null });
		out.push({ text: text.slice(r.start, r.end), mark: r.i });
		at = r.end;
	}
	if (at < text.length) out.push({ text: text.slice(at), mark: null });
	return out;
}
