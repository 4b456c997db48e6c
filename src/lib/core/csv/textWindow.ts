// The recent text of a stream, by absolute position, kept as the pieces that were pushed. Joining
// them into one string (buf += text) would make every read flatten a fresh copy of the whole
// chunk; the loader only ever looks near the newest record, so a short walk over pieces is cheaper.

export type TextWindow = {
	push(text: string): void;
	/** Forget pieces that end at or before this position. */
	dropBefore(pos: number): void;
	/** The UTF-16 code at pos, NaN outside the kept text (as charCodeAt). */
	codeAt(pos: number): number;
	/** Line breaks (LF, CRLF or lone CR) in [from, to); `crs` false: the text has no CR at all. */
	breaksIn(from: number, to: number, crs: boolean): number;
};

export function textWindow(): TextWindow {
	const pieces: string[] = [];
	const bases: number[] = [];
	let end = 0;
	/** The piece holding pos, searched from the newest; -1 when none does. */
	const pieceAt = (pos: number) => {
		for (let k = pieces.length - 1; k >= 0; k--)
			if (bases[k]! <= pos) return pos < bases[k]! + pieces[k]!.length ? k : -1;
		return -1;
	};
	const codeAt = (pos: number) => {
		const k = pieceAt(pos);
		return k < 0 ? NaN : pieces[k]!.charCodeAt(pos - bases[k]!);
	};
	return {
		push(text) {
			if (text === '') return;
			pieces.push(text);
			bases.push(end);
			end += text.length;
		},
		dropBefore(pos) {
			let n = 0;
			while (n < pieces.length - 1 && bases[n]! + pieces[n]!.length <= pos) n++;
			if (n > 0) {
				pieces.splice(0, n);
				bases.splice(0, n);
			}
		},
		codeAt,
		breaksIn(from, to, crs) {
			let breaks = 0;
			if (!crs) {
				for (let k = Math.max(0, pieceAt(from)); k < pieces.length && bases[k]! < to; k++) {
					const piece = pieces[k]!;
					const base = bases[k]!;
					const stop = to - base;
					for (let i = Math.max(0, from - base); ;) {
						const j = piece.indexOf('\n', i);
						if (j < 0 || j >= stop) break;
						breaks++;
						i = j + 1;
					}
				}
				return breaks;
			}
			for (let i = from; i < to; i++) {
				const c = codeAt(i);
				if (c === 10) breaks++;
				else if (c === 13 && codeAt(i + 1) !== 10) breaks++;
			}
			return breaks;
		}
	};
}
