// When a vintage was published. Only dates a stored source states are listed; the rest stay unknown.
import { z } from 'zod';
import * as cell from './cells';

export const ReleaseSchema = z.object({
	vintage: cell.requiredText(120),
	released: cell.partialDate,
	source_id: cell.identifier,
	note: cell.text(500)
});

export type Release = z.infer<typeof ReleaseSchema>;
