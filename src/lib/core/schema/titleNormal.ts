// The one rule that turns an occupation title into its matching form. data/titles.csv stores
// titleNormal(title) in `normalised`, and a recognizer must put article text through this same
// function before looking titles up, so both sides fold alike.

/**
 * Compatibility-decompose (NFKD: ligatures, full-width and non-breaking spaces fold), drop
 * combining accents, lower-case, turn every run of characters that are not letters or digits
 * (hyphens, slashes, apostrophes, parentheses, periods, spaces, ...) into one space, and trim.
 * "Med-Surg RN", "med surg  r.n." -> "med surg rn" / "med surg r n"; "Café" -> "cafe".
 */
export function titleNormal(title: string): string {
	return title
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}
