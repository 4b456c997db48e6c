// Shared shapes of the article extractor. Everything in src/lib/extract runs in the browser
// and in the CLI: no node imports here.
import type { z } from 'zod';
import type { ClaimSchema } from '../schema/claim';

/** A claims-CSV row: every ClaimSchema column, as the string a CSV cell (or a form field) holds. */
export type ClaimRow = { [K in keyof z.input<typeof ClaimSchema>]: string };

export type Confidence = 'high' | 'medium' | 'low';

export type ExtractedClaim = {
	claim: ClaimRow;
	/** Offsets of the figure's sentence, list item or table row in the input text. */
	span: { start: number; end: number };
	/** Offsets of the figure itself in the input text. */
	figureSpan: { start: number; end: number };
	/** The figure as written, e.g. "$29.75 per hour" or "5% to 7%". */
	figureText: string;
	confidence: Confidence;
	/** Why each field was chosen. */
	reasons: string[];
};

export type ExtractOptions = { documentId?: string; idPrefix?: string };

/** A text range relative to the segment it was found in. */
export type Range = { start: number; end: number };
