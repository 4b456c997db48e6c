// Validated cell values by raw text, for one column. A Map spends ~100 ns hashing each fresh cell
// string; this hashes the length and at most fourteen characters instead, into a 4-way
// set-associative table, and confirms a hit with ===. Full sets evict in turn, so memory stays fixed however many
// distinct values a file has; strings that hash alike only cost hits, never correctness.

const SET_BITS = 11;
const WAYS = 4;

export type CellCache = {
	/** The value cached for exactly this text, or undefined. */
	get(text: string): unknown;
	/** Cache a value for the text. */
	set(text: string, value: unknown): void;
};

export function cellCache(): CellCache {
	const keys: (string | null)[] = new Array<string | null>((1 << SET_BITS) * WAYS).fill(null);
	const values: unknown[] = new Array<unknown>(keys.length).fill(undefined);
	let turn = 0;

	// Every character of a short text; of a long one, the first four, two in the middle and the last
	// eight (numbered values differ at the end).
	const setOf = (s: string) => {
		const n = s.length;
		let h = Math.imul(n, 0x9e3779b1);
		if (n <= 14) for (let i = 0; i < n; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
		else {
			for (let i = 0; i < 4; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
			h = Math.imul(h ^ s.charCodeAt(n >> 1), 0x01000193);
			h = Math.imul(h ^ s.charCodeAt((n >> 1) + 1), 0x01000193);
			for (let i = n - 8; i < n; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
		}
		h ^= h >>> 15;
		return (Math.imul(h, 0x2c1b3c6d) >>> (32 - SET_BITS)) * WAYS;
	};

	return {
		get(text) {
			const start = setOf(text);
			for (let i = start; i < start + WAYS; i++) {
				const k = keys[i];
				if (k === text) return values[i];
				if (k === null) return undefined;
			}
			return undefined;
		},
		set(text, value) {
			const start = setOf(text);
			let at = -1;
			for (let i = start; i < start + WAYS && at < 0; i++)
				if (keys[i] === null || keys[i] === text) at = i;
			if (at < 0) at = start + (turn++ % WAYS);
			keys[at] = text;
			values[at] = value;
		}
	};
}
