import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { extractClaims, type ExtractedClaim } from '../../../src/lib/core/extract/extractClaims';
import { htmlToText } from '../../../src/lib/core/extract/htmlToText';
import { ClaimSchema } from '../../../src/lib/core/schema/claim';

export const ARTICLES = join(__dirname, '../../fixtures/articles');

export function readArticle(name: string): string {
	const raw = readFileSync(join(ARTICLES, name), 'utf8');
	return name.endsWith('.html') ? htmlToText(raw) : raw;
}

export function extractFile(name: string): { text: string; claims: ExtractedClaim[] } {
	const text = readArticle(name);
	return { text, claims: extractClaims(text, { documentId: 'doc:test', idPrefix: 't' }) };
}

/** The one claim whose figure text is `figure`. */
export function byFigure(claims: ExtractedClaim[], figure: string): ExtractedClaim {
	const found = claims.filter((c) => c.figureText === figure);
	expect(
		found.map((c) => c.figureText),
		`exactly one claim for ${figure} among ${claims.map((c) => c.figureText).join(' | ')}`
	).toEqual([figure]);
	return found[0]!;
}

/** Every claim validates, and its spans point at its own figure and sentence. */
export function expectWellFormed(text: string, claims: ExtractedClaim[]) {
	claims.forEach((c, i) => {
		const parsed = ClaimSchema.safeParse(c.claim);
		expect(
			parsed.success,
			`${c.claim.id}: ${parsed.success ? '' : JSON.stringify(parsed.error.issues)}`
		).toBe(true);
		expect(c.claim.id).toBe(`t:${i + 1}`);
		expect(c.claim.document_id).toBe('doc:test');
		expect(text.slice(c.figureSpan.start, c.figureSpan.end)).toBe(c.figureText);
		expect(c.span.start).toBeLessThanOrEqual(c.figureSpan.start);
		expect(c.span.end).toBeGreaterThanOrEqual(c.figureSpan.end);
		expect(text.slice(c.span.start, c.span.end)).toContain(c.figureText);
		expect(Object.keys(c.claim)).toEqual(Object.keys(ClaimSchema.shape));
		expect(c.reasons.some((r) => r.startsWith('measure'))).toBe(true);
	});
}
