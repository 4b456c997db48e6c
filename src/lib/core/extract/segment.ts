// Splits a text into the units figures are read from: sentences of paragraphs, list items,
// table rows and headings, each with its offsets in the input. A list item or table row is its
// own unit; its list's lead-in line, its table's header row and a trailing "Source: ..." line
// are kept as context for it.

export type SegmentKind = 'sentence' | 'list_item' | 'table_row' | 'heading';

export type Cell = { start: number; end: number };

export type Segment = {
	index: number;
	kind: SegmentKind;
	/** Offsets in the input; text === input.slice(start, end). */
	start: number;
	end: number;
	text: string;
	/** Index of the nearest heading before this segment (or null). */
	heading: number | null;
	/** Indexes of lead-in / caption / trailer segments of the list or table this belongs to. */
	context: number[];
	/** Table rows: cell ranges relative to the segment text. */
	cells?: Cell[];
	/** Table rows: the header row's segment index, when the table has one. */
	headerRow?: number;
};

type Line = { start: number; end: number; text: string };
type LineKind = 'blank' | 'table' | 'separator' | 'list' | 'heading' | 'plain';

const LIST_MARKER = /^\s*(?:[-*•‣◦▪●]|\d{1,2}[.)])\s+/;

function lineKind(text: string): LineKind {
	const t = text.trim();
	if (t === '') return 'blank';
	if (/^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/.test(t)) return 'separator';
	if (t.startsWith('|')) return 'table';
	if (/^#{1,6}\s/.test(t)) return 'heading';
	if (LIST_MARKER.test(text)) return 'list';
	return 'plain';
}

function splitLines(input: string): Line[] {
	const lines: Line[] = [];
	const re = /\r\n|\n|\r/g;
	let pos = 0;
	for (let m = re.exec(input); ; m = re.exec(input)) {
		const end = m ? m.index : input.length;
		lines.push({ start: pos, end, text: input.slice(pos, end) });
		if (!m) break;
		pos = m.index + m[0].length;
	}
	return lines;
}

/** Words followed by a period that do not end a sentence. */
const ABBREVIATIONS = new Set([
	'mr',
	'mrs',
	'ms',
	'dr',
	'prof',
	'st',
	'jr',
	'sr',
	'inc',
	'co',
	'corp',
	'ltd',
	'no',
	'vs',
	'etc',
	'approx',
	'est',
	'fig',
	'jan',
	'feb',
	'mar',
	'apr',
	'jun',
	'jul',
	'aug',
	'sep',
	'sept',
	'oct',
	'nov',
	'dec',
	'dept',
	'gov',
	'univ',
	'assn',
	'ave',
	'e.g',
	'i.e'
]);

/** Sentence ranges inside [start, end) of the input. */
function splitSentences(input: string, start: number, end: number): Cell[] {
	const text = input.slice(start, end);
	const out: Cell[] = [];
	const re = /[.!?]["”’')\]]*\s+(?=["“‘([]?[A-Z0-9$])/g;
	let from = 0;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		if (text[m.index] === '.') {
			const word = /(\S+)$/.exec(text.slice(from, m.index))?.[1] ?? '';
			const bare = word.replace(/^[("“'‘]+/, '').toLowerCase();
			// Abbreviations and initials ("U.S.", "e.g.", "D.C.") do not end a sentence.
			if (ABBREVIATIONS.has(bare) || /^([a-z]\.)+[a-z]?$/i.test(bare) || /^[a-z]$/i.test(bare))
				continue;
		}
		const stop = m.index + m[0].length;
		out.push({ start: start + from, end: start + m.index + m[0].trimEnd().length });
		from = stop;
	}
	if (from < text.length) out.push({ start: start + from, end: start + text.trimEnd().length });
	return out.filter((c) => c.end > c.start);
}

/** Cells of a table row, relative to the row's text. */
function splitCells(text: string): Cell[] {
	const cells: Cell[] = [];
	const bars: number[] = [];
	for (let i = 0; i < text.length; i++) if (text[i] === '|') bars.push(i);
	if (bars[0] !== 0) bars.unshift(-1);
	if (bars[bars.length - 1] !== text.length - 1) bars.push(text.length);
	for (let k = 0; k + 1 < bars.length; k++) {
		let s = bars[k]! + 1;
		let e = bars[k + 1]!;
		while (s < e && /\s/.test(text[s]!)) s++;
		while (e > s && /\s/.test(text[e - 1]!)) e--;
		cells.push({ start: s, end: e });
	}
	return cells;
}

export function segment(input: string): Segment[] {
	const lines = splitLines(input);
	const kinds = lines.map((l) => lineKind(l.text));
	const segs: Segment[] = [];
	let heading: number | null = null;
	const push = (
		kind: SegmentKind,
		start: number,
		end: number,
		extra: Partial<Segment> = {}
	): Segment => {
		// Trim whitespace so offsets point at text.
		while (start < end && /\s/.test(input[start]!)) start++;
		while (end > start && /\s/.test(input[end - 1]!)) end--;
		const seg: Segment = {
			index: segs.length,
			kind,
			start,
			end,
			text: input.slice(start, end),
			heading,
			context: [],
			...extra
		};
		segs.push(seg);
		if (kind === 'heading') heading = seg.index;
		return seg;
	};

	let i = 0;
	while (i < lines.length) {
		const kind = kinds[i]!;
		const line = lines[i]!;
		if (kind === 'blank' || kind === 'separator') {
			i++;
			continue;
		}
		if (kind === 'heading') {
			const hashes = /^\s*#{1,6}\s+/.exec(line.text)![0].length;
			push('heading', line.start + hashes, line.end);
			i++;
			continue;
		}
		if (kind === 'list' || kind === 'table') {
			// A run of list items or table rows, with its lead-in (the segment just before).
			// The lead-in: the segment right before, when it touches the block, ends with ":" or
			// is a heading or caption line.
			const last = segs[segs.length - 1];
			const leadIn =
				last && (kinds[i - 1] !== 'blank' || /:\s*$/.test(last.text) || last.kind === 'heading')
					? last.index
					: null;
			const members: Segment[] = [];
			let headerRow: number | undefined;
			let first = true;
			while (i < lines.length) {
				// Loose lists: blank lines between items of one list.
				if (kinds[i] === 'blank') {
					let j = i;
					while (j < lines.length && kinds[j] === 'blank') j++;
					if (j < lines.length && kinds[j] === kind && kind === 'list') {
						i = j;
						continue;
					}
					break;
				}
				if (kinds[i] !== kind && kinds[i] !== 'separator') break;
				const l = lines[i]!;
				if (kinds[i] === 'separator') {
					// The row above a separator is the table's header.
					if (members.length === 1 && kind === 'table') headerRow = members[0]!.index;
					i++;
					continue;
				}
				if (kind === 'list') {
					const marker = LIST_MARKER.exec(l.text)![0].length;
					members.push(push('list_item', l.start + marker, l.end));
				} else {
					const seg = push('table_row', l.start, l.end);
					seg.cells = splitCells(seg.text);
					// HTML tables have no separator row: a first row without digits is a header.
					if (first && !/\d/.test(seg.text) && kinds[i + 1] === 'table') headerRow = seg.index;
					members.push(seg);
				}
				first = false;
				i++;
			}
			// A trailing "Source: ..." line belongs to the block.
			let trailer: number | null = null;
			let j = i;
			while (j < lines.length && kinds[j] === 'blank') j++;
			if (
				j < lines.length &&
				kinds[j] === 'plain' &&
				/^\s*\(?\s*(sources?|data)\s*:/i.test(lines[j]!.text)
			) {
				trailer = push('sentence', lines[j]!.start, lines[j]!.end).index;
				i = j + 1;
			}
			for (const m of members) {
				if (leadIn !== null) m.context.push(leadIn);
				if (trailer !== null) m.context.push(trailer);
				if (headerRow !== undefined && m.index !== headerRow) {
					m.headerRow = headerRow;
					m.context.push(headerRow);
				}
			}
			continue;
		}
		// A paragraph: consecutive plain lines.
		let j = i;
		while (j < lines.length && kinds[j] === 'plain') j++;
		const start = line.start;
		const end = lines[j - 1]!.end;
		const single = j === i + 1;
		const t = line.text.trim();
		if (single && t.length <= 120 && !/[.!?:;,]["”’)]?$/.test(t) && !/\$|\d%/.test(t))
			push('heading', start, end);
		else for (const s of splitSentences(input, start, end)) push('sentence', s.start, s.end);
		i = j;
	}
	return segs;
}

/** The document's headline: its first heading, if it comes before any sentence with a figure. */
export function headline(segs: Segment[]): Segment | null {
	return segs.find((s) => s.kind === 'heading') ?? null;
}
