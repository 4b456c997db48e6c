// A typed program to a CIP code: an exact code, a "code title" suggestion, or a title (exact, then unique part).
export type Program = { cip: string; title: string };

const norm = (s: string) => s.toLowerCase().replace(/\.$/, '').replace(/\s+/g, ' ').trim();

export function resolveProgram(programs: readonly Program[], raw: string): Program | null {
	const text = raw.trim();
	const code = /^(\d{1,2})\.(\d{1,4})\b/.exec(text);
	if (code) {
		const cip = `${code[1]!.padStart(2, '0')}.${code[2]!.padEnd(4, '0')}`;
		return programs.find((p) => p.cip === cip) ?? null;
	}
	const q = norm(text);
	if (q === '') return null;
	const exact = programs.find((p) => norm(p.title) === q);
	if (exact) return exact;
	const partial = programs.filter((p) => norm(p.title).includes(q));
	return partial.length >= 1 ? partial[0]! : null;
}
