// What an OEWS marker means, per ../shared/bls-oews/README.md, for a figure's note.
import type { OewsRow } from './parseOewsFile';

const MEANING: Record<string, string> = {
	'#': 'OEWS marker #: the wage is at or above the top code, which the file does not state.',
	'*': 'OEWS marker *: the wage estimate is not available.',
	'**': 'OEWS marker **: the employment estimate is not available.',
	'***':
		'OEWS marker ***: no wage published in this cell (used in the 2002-06 files; the file does not define it).'
};

export function oewsMarkerNote(marker: string, row: OewsRow, hourly: boolean): string {
	const meaning = MEANING[marker] ?? `OEWS marker ${marker}.`;
	if (hourly && row.annualOnly)
		return `${meaning} ANNUAL = TRUE: only annual wages are published for this occupation.`;
	if (!hourly && row.hourlyOnly && marker !== '**')
		return `${meaning} HOURLY = TRUE: only hourly wages are published for this occupation.`;
	return meaning;
}
