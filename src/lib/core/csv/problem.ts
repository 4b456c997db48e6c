/** One located reason why a row (or a whole file) was not accepted. Line 1 is the header. */
export type Problem = {
	file: string;
	line: number;
	column: string;
	value: string;
	rule: string;
	/** error: the row (or file) was rejected. warning: noted, nothing rejected. */
	severity: 'error' | 'warning';
};

export function formatProblem(p: Problem): string {
	const value = p.value.length > 60 ? `${p.value.slice(0, 57)}...` : p.value;
	return `${p.file}:${p.line} column ${p.column || '(row)'}: ${p.rule}${value ? ` (found "${value}")` : ''}`;
}
