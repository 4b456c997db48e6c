// The piecewise text window must read exactly like the joined string it stands for.
import { describe, expect, it } from 'vitest';
import { textWindow } from '../../../src/lib/core/csv/textWindow';

/** Line breaks in [from, to) of the text pushed so far: LF, CRLF (once) or a CR not (yet) followed by LF. */
function breaksOf(s: string, from: number, to: number): number {
	let n = 0;
	for (let i = from; i < to; i++) if (s[i] === '\n' || (s[i] === '\r' && s[i + 1] !== '\n')) n++;
	return n;
}

describe('textWindow', () => {
	it.each([
		['LF only', 'a,b\nc,d\n\n"e\nf",g\nh,i\n'],
		['CRLF, lone CR and LF', 'a,b\r\nc,d\r\re,f\n"g\r\nh",i\r'],
		['one line', 'abc']
	])('reads %s like the joined string, however it is split', (_name, line) => {
		const whole = line.repeat(40);
		const crs = whole.includes('\r');
		let s = 7;
		const next = (n: number) => ((s = (s * 48271) % 2147483647), s % n);
		for (let trial = 0; trial < 30; trial++) {
			const w = textWindow();
			let pushed = 0;
			let dropped = 0;
			while (pushed < whole.length) {
				const n = 1 + next(trial % 2 ? 5 : 60);
				w.push(whole.slice(pushed, pushed + n));
				pushed = Math.min(whole.length, pushed + n);
				for (let q = 0; q < 5; q++) {
					const from = dropped + next(pushed - dropped + 1);
					const to = from + next(pushed - from + 1);
					expect(w.breaksIn(from, to, crs)).toBe(breaksOf(whole.slice(0, pushed), from, to));
					const at = dropped + next(pushed - dropped + 2);
					expect(w.codeAt(at)).toEqual(whole.slice(0, pushed).charCodeAt(at));
				}
				dropped = Math.max(dropped, pushed - next(30));
				w.dropBefore(dropped);
			}
		}
	});
});
