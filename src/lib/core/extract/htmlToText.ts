// HTML to plain text without building a document: a small tokenizer that never executes or
// loads anything. <script>, <style> and similar raw-text elements are dropped with their
// contents; block tags become line breaks; list items become "- " lines and table rows become
// "| a | b |" lines, so the extractor treats them like markdown lists and tables.

/** Elements whose contents are never text for the reader. */
const DROPPED = new Set([
	'script',
	'style',
	'noscript',
	'template',
	'iframe',
	'object',
	'svg',
	'math',
	'canvas',
	'select',
	'textarea',
	'button'
]);

/** Tags that break the flow into a new paragraph. */
const BLOCKS = new Set([
	'address',
	'article',
	'aside',
	'blockquote',
	'body',
	'caption',
	'dd',
	'details',
	'dialog',
	'div',
	'dl',
	'dt',
	'fieldset',
	'figcaption',
	'figure',
	'footer',
	'form',
	'header',
	'hgroup',
	'hr',
	'html',
	'legend',
	'main',
	'nav',
	'ol',
	'p',
	'pre',
	'section',
	'summary',
	'table',
	'tbody',
	'thead',
	'tfoot',
	'title',
	'ul',
	'head'
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const NAMED_ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	ensp: ' ',
	emsp: ' ',
	thinsp: ' ',
	ndash: '–',
	mdash: '—',
	minus: '-',
	hellip: '…',
	lsquo: '‘',
	rsquo: '’',
	ldquo: '“',
	rdquo: '”',
	sbquo: '‚',
	bdquo: '„',
	laquo: '«',
	raquo: '»',
	bull: '•',
	middot: '·',
	dollar: '$',
	percnt: '%',
	cent: '¢',
	pound: '£',
	euro: '€',
	yen: '¥',
	copy: '©',
	reg: '®',
	trade: '™',
	deg: '°',
	times: '×',
	divide: '÷',
	frac12: '½',
	frac14: '¼',
	frac34: '¾',
	shy: '',
	zwj: '',
	zwnj: '',
	lrm: '',
	rlm: '',
	comma: ',',
	period: '.',
	colon: ':',
	semi: ';',
	excl: '!',
	quest: '?',
	num: '#',
	sol: '/'
};

export function decodeEntities(s: string): string {
	return s.replace(
		/&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g,
		(whole, body: string) => {
			if (body.startsWith('#')) {
				const code =
					body[1] === 'x' || body[1] === 'X'
						? parseInt(body.slice(2), 16)
						: parseInt(body.slice(1), 10);
				if (
					!Number.isFinite(code) ||
					code <= 0 ||
					code > 0x10ffff ||
					(code >= 0xd800 && code <= 0xdfff)
				)
					return '\uFFFD';
				if (code < 0x20 && code !== 0x09 && code !== 0x0a) return ' ';
				return String.fromCodePoint(code);
			}
			const named = NAMED_ENTITIES[body] ?? NAMED_ENTITIES[body.toLowerCase()];
			return named ?? whole;
		}
	);
}

/** Index just past the end of a tag starting at `from` ('<'), honouring quoted attribute values. */
function tagEnd(html: string, from: number): number {
	let quote: string | null = null;
	for (let i = from + 1; i < html.length; i++) {
		const c = html[i];
		if (quote) {
			if (c === quote) quote = null;
		} else if (c === '"' || c === "'") quote = c;
		else if (c === '>') return i + 1;
	}
	return html.length;
}

export function htmlToText(html: string): string {
	const out: string[] = [];
	let i = 0;
	let inRow = false;
	const text = (s: string) => out.push(s.replace(/[\s\u00a0]+/g, ' '));
	const br = (n: 1 | 2) => out.push(n === 2 ? '\n\n' : '\n');
	while (i < html.length) {
		const lt = html.indexOf('<', i);
		if (lt === -1) {
			text(decodeEntities(html.slice(i)));
			break;
		}
		if (lt > i) text(decodeEntities(html.slice(i, lt)));
		if (html.startsWith('<!--', lt)) {
			const close = html.indexOf('-->', lt + 4);
			i = close === -1 ? html.length : close + 3;
			continue;
		}
		if (html[lt + 1] === '!' || html[lt + 1] === '?') {
			const cdata = html.startsWith('<![CDATA[', lt) ? html.indexOf(']]>', lt) : -1;
			i = cdata !== -1 ? cdata + 3 : tagEnd(html, lt);
			continue;
		}
		const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(lt, lt + 40));
		if (!m) {
			// A lone "<" is text.
			text('<');
			i = lt + 1;
			continue;
		}
		const closing = m[1] === '/';
		const name = m[2]!.toLowerCase();
		const end = tagEnd(html, lt);
		const selfClosing = html[end - 2] === '/';
		i = end;
		if (!closing && DROPPED.has(name) && !selfClosing) {
			// Skip to the matching close tag (raw text: nothing inside is markup).
			const re = new RegExp(`</${name}\\s*>`, 'ig');
			re.lastIndex = end;
			const close = re.exec(html);
			i = close ? close.index + close[0].length : html.length;
			continue;
		}
		if (name === 'br') br(1);
		else if (name === 'li') {
			br(1);
			if (!closing) out.push('- ');
		} else if (name === 'tr') {
			if (!closing) {
				br(1);
				inRow = true;
			} else {
				if (inRow) out.push(' |');
				inRow = false;
				br(1);
			}
		} else if (name === 'td' || name === 'th') {
			if (!closing) {
				if (!inRow) {
					br(1);
					inRow = true;
				}
				out.push(' | ');
			}
		} else if (HEADINGS.has(name)) {
			br(2);
			if (!closing) out.push('# ');
		} else if (BLOCKS.has(name)) br(2);
		else if (name === 'img' && !closing) {
			const alt = /\salt\s*=\s*("([^"]*)"|'([^']*)')/i.exec(html.slice(lt, end));
			if (alt) text(` ${decodeEntities(alt[2] ?? alt[3] ?? '')} `);
		}
	}
	return (
		out
			.join('')
			.split('\n')
			.map((line) => line.replace(/[ \t]+/g, ' ').trim())
			.join('\n')
			.replace(/\n{3,}/g, '\n\n')
			// Consecutive list items and table rows stay on adjacent lines.
			.replace(/^(- .*)\n\n(?=- )/gm, '$1\n')
			.replace(/^(- .*)\n\n(?=- )/gm, '$1\n')
			.replace(/^(\|.*)\n\n(?=\|)/gm, '$1\n')
			.replace(/^(\|.*)\n\n(?=\|)/gm, '$1\n')
			.trim()
	);
}
