// One pair of the BLS SOC 2010 -> SOC 2018 crosswalk. The mapping is many-to-many: a 2010 code
// that split has several rows, and a 2018 code formed from several 2010 codes has several rows.
import { z } from 'zod';
import * as cell from './cells';
import { socCode2018 } from './soc';

export const SocChangeSchema = z.object({
	soc_2010_code: socCode2018,
	/** As BLS prints it, without the (#)/(##) split and merge markers. */
	soc_2010_title: cell.requiredText(300),
	/** A detailed SOC 2018 code (a row of soc.csv with level detailed). */
	soc_2018_code: socCode2018,
	soc_2018_title: cell.requiredText(300),
	source_id: cell.identifier
});

export type SocChange = z.infer<typeof SocChangeSchema>;
