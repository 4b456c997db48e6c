// An occupation's title and entry requirements, as published with an Employment Projections vintage.
import { z } from 'zod';
import * as cell from './cells';

export const OccupationSchema = z.object({
	soc_code: cell.socCode,
	title: cell.requiredText(300),
	/** The newest EP vintage that lists this code as a line item. */
	vintage: cell.requiredText(120),
	typical_education: cell.text(120),
	work_experience: cell.text(120),
	training: cell.text(120),
	source_id: cell.identifier
});

export type Occupation = z.infer<typeof OccupationSchema>;
