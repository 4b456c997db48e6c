// The line on which each value of a unique column was first seen. A Map does this too, but on a
// million fresh id strings it spends most of its time rehashing and chasing keys; this table keeps
// each key's hash beside its slot, so a probe touches a key string only when the hashes agree.
// Values that are not strings (numbers, null) go to a plain Map.

const EMPTY = 0;

export type FirstSeen = {
	/** The line the value was first recorded on, or undefined. */
	get(value: unknown): number | undefined;
	/** Record a value not yet present. */
	add(value: unknown, line: number): void;
};

export function firstSeen(): FirstSeen {
	const other = new Map<unknown, number>();
	let mask = 1023;
	/** Per slot: 1 + the entry's index, or EMPTY. */
	let slots = new Int32Array(mask + 1);
	let hashes = new Int32Array(mask + 1);
	const keys: string[] = [];
	const lines: number[] = [];

	// get() then add() of the same value is the usual pattern: hash it once.
	let lastKey: string | null = null;
	let lastHash = 0;
	const hashOf = (s: string) => {
		if (s === lastKey) return lastHash;
		let h = 0x811c9dc5 | 0;
		for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
		lastKey = s;
		lastHash = h;
		return h;
	};
	/** The slot holding s, or the empty slot where it belongs. */
	const slotOf = (s: string, h: number) => {
		let i = h & mask;
		for (;;) {
			const at = slots[i]!;
			if (at === EMPTY || (hashes[i] === h && keys[at - 1] === s)) return i;
			i = (i + 1) & mask;
		}
	};
	const grow = () => {
		const oldSlots = slots;
		const oldHashes = hashes;
		mask = mask * 2 + 1;
		slots = new Int32Array(mask + 1);
		hashes = new Int32Array(mask + 1);
		for (let j = 0; j < oldSlots.length; j++) {
			if (oldSlots[j] === EMPTY) continue;
			let i = oldHashes[j]! & mask;
			while (slots[i] !== EMPTY) i = (i + 1) & mask;
			slots[i] = oldSlots[j]!;
			hashes[i] = oldHashes[j]!;
		}
	};

	return {
		get(value) {
			if (typeof value !== 'string') return other.get(value);
			const at = slots[slotOf(value, hashOf(value))]!;
			return at === EMPTY ? undefined : lines[at - 1];
		},
		add(value, line) {
			if (typeof value !== 'string') {
				other.set(value, line);
				return;
			}
			// At most half full, so probes stay short.
			if ((keys.length + 1) * 2 > mask + 1) grow();
			const h = hashOf(value);
			const i = slotOf(value, h);
			if (slots[i] !== EMPTY) return;
			keys.push(value);
			lines.push(line);
			slots[i] = keys.length;
			hashes[i] = h;
		}
	};
}
