// The words of a source credit (format/sourceLine.ts builds the credits). Kept apart so a page can
// draw a source line without shipping the code that builds one.

/** A copy a reproduced figure was read from: "GitHub kngoran/Mylastrepo" and its link. */
export type SourceCopy = {
	sourceId: string;
	label: string;
	detail: string;
	vintage: string;
	href: string | null;
};

export type SourceCredit = {
	sourceId: string;
	/** The original publisher for a reproduction, else the source's publisher. */
	publisher: string;
	/** The original table's title (for a group of copies: the title they share, e.g. "Employment Projections"). */
	title: string;
	/** The original table's page for a reproduction (when every copy names the same), else the source's URL. */
	href: string | null;
	vintages: string[];
	/** The verbatim copies the figures were read from; empty for a source we read directly. */
	copies: SourceCopy[];
};

/** Vintages as written in a credit: all of them up to three, else "EP 2012-22 … 2024-34". */
export function vintageSpan(vintages: readonly string[]): string {
	if (vintages.length <= 3) return vintages.join(', ');
	const first = vintages[0]!;
	const last = vintages.at(-1)!;
	const prefix = /^(\D+\s)\d/.exec(first)?.[1];
	return `${first} … ${prefix && last.startsWith(prefix) ? last.slice(prefix.length) : last}`;
}

/** How the copies are introduced: one copy is named, several are numbered. */
export const copiesLead = (c: SourceCredit) =>
	c.copies.length === 1 ? 'via a verbatim copy:' : 'read from verbatim copies:';

/** A numbered copy link's tooltip and accessible name. */
export const copyTitle = (x: SourceCopy) =>
	`${x.vintage ? `${x.vintage}: ` : ''}verbatim copy at ${x.label}, ${x.detail}`;
