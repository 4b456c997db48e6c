// The article extractor's public surface.
export { extractClaims } from './extractClaims';
export { htmlToText } from './htmlToText';
export { claimsToCsv, CLAIM_COLUMNS } from './claimsCsv';
export type { ExtractedClaim, ExtractOptions, ClaimRow, Confidence } from './types';
