// Extracted claims as a claims CSV (header = the ClaimSchema columns, in schema order).
import Papa from 'papaparse';
import { ClaimSchema } from '../schema/claim';
import type { ClaimRow } from './types';

export const CLAIM_COLUMNS = Object.keys(ClaimSchema.shape) as (keyof ClaimRow)[];

export function claimsToCsv(rows: ClaimRow[]): string {
	return `${Papa.unparse({ fields: CLAIM_COLUMNS, data: rows.map((r) => CLAIM_COLUMNS.map((c) => r[c])) }, { quotes: false, newline: '\n' })}\n`;
}
