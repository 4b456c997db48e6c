// Output rows are plain strings keyed by the schema's columns: the schemas own the column
// list and order, so a schema change shows up here (and in every writer) at compile time.
import { FigureSchema } from '../../lib/core/schema/figure';
import { SourceSchema } from '../../lib/core/schema/source';
import { ClaimSchema } from '../../lib/core/schema/claim';
import { OccupationSchema } from '../../lib/core/schema/occupation';

export const FIGURE_COLUMNS = Object.keys(
	FigureSchema.shape
) as (keyof typeof FigureSchema.shape)[];
export const SOURCE_COLUMNS = Object.keys(
	SourceSchema.shape
) as (keyof typeof SourceSchema.shape)[];
export const CLAIM_COLUMNS = Object.keys(ClaimSchema.shape) as (keyof typeof ClaimSchema.shape)[];
export const OCCUPATION_COLUMNS = Object.keys(
	OccupationSchema.shape
) as (keyof typeof OccupationSchema.shape)[];

export type FigureRow = Record<(typeof FIGURE_COLUMNS)[number], string>;
export type SourceRow = Record<(typeof SOURCE_COLUMNS)[number], string>;
export type ClaimRow = Record<(typeof CLAIM_COLUMNS)[number], string>;
export type OccupationRow = Record<(typeof OCCUPATION_COLUMNS)[number], string>;
