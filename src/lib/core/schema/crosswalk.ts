// One pair of the NCES CIP 2020 → SOC 2018 crosswalk: a program and an occupation it prepares for.
import { z } from 'zod';
import * as cell from './cells';

/** A CIP 2020 code: two digits, a dot, four digits (e.g. 51.1004). */
export const cipCode = z.string().regex(/^\d\d\.\d{4}$/, 'must be a CIP code like 51.1004');

export const CrosswalkSchema = z.object({
	cip_code: cipCode,
	/** As NCES prints it (ending in a period). */
	cip_title: cell.requiredText(300),
	/** A detailed SOC 2018 code (never HC). */
	soc_code: z.string().regex(/^\d\d-\d{4}$/, 'must be a SOC code like 29-2012'),
	soc_title: cell.requiredText(300),
	source_id: cell.identifier
});

export type CrosswalkPair = z.infer<typeof CrosswalkSchema>;
