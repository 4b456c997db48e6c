// Exported images carry their provenance: the chart SVG is nested in a taller SVG with the
// title, source line and export note drawn underneath as text.

export type FooterOptions = {
	width: number;
	height: number;
	title: string;
	lines: readonly string[];
};

const LINE = 15;

export function escapeXml(s: string): string {
	return s.replace(
		/[<>&"']/g,
		(c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!
	);
}

/** Wrap to roughly the characters that fit the width at 11px. */
function wrap(text: string, width: number): string[] {
	const max = Math.max(30, Math.floor(width / 6.2));
	const out: string[] = [];
	let line = '';
	for (const w of text.split(/\s+/)) {
		if (line && line.length + w.length + 1 > max) {
			out.push(line);
			line = w;
		} else line = line ? `${line} ${w}` : w;
	}
	if (line) out.push(line);
	return out;
}

/** `chartSvg` is the serialised chart (an <svg> element); returns a standalone SVG document. */
export function withProvenanceFooter(
	chartSvg: string,
	o: FooterOptions
): { svg: string; width: number; height: number } {
	const lines = o.lines.flatMap((l) => wrap(l, o.width - 16));
	const top = 28;
	const footerTop = top + o.height + 10;
	const height = footerTop + lines.length * LINE + 8;
	const inner = chartSvg.replace(
		/^<svg\b/,
		`<svg x="0" y="${top}" width="${o.width}" height="${o.height}"`
	);
	const text = lines
		.map(
			(l, i) =>
				`<text x="8" y="${footerTop + (i + 1) * LINE - 4}" font-size="11" fill="#333">${escapeXml(l)}</text>`
		)
		.join('');
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${o.width}" height="${height}" viewBox="0 0 ${o.width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif">` +
		`<rect width="100%" height="100%" fill="#ffffff"/>` +
		`<text x="8" y="19" font-size="14" font-weight="600" fill="#1a1a1a">${escapeXml(o.title)}</text>` +
		inner +
		`<line x1="8" x2="${o.width - 8}" y1="${footerTop}" y2="${footerTop}" stroke="#ccc"/>` +
		text +
		`</svg>`;
	return { svg, width: o.width, height };
}
