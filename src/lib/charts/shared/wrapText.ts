// SVG text does not wrap: split a note into lines of about `maxChars` characters at word breaks.
export function wrapText(text: string, maxChars: number): string[] {
	const lines: string[] = [];
	let current = '';
	for (const word of text.split(/\s+/).filter((w) => w !== '')) {
		if (current !== '' && current.length + 1 + word.length > maxChars) {
			lines.push(current);
			current = word;
		} else current = current === '' ? word : `${current} ${word}`;
	}
	if (current !== '') lines.push(current);
	return lines;
}
