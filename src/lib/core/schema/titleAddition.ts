// One hand-entered abbreviation that no official title list has (data/title-additions.csv).
// `expands` must be an official title of the same code: the import checks it and cites its source.
import { z } from 'zod';
import * as cell from './cells';
import { socCode2018 } from './soc';

export const TitleAdditionSchema = z.object({
	/** The abbreviation as documents write it, e.g. "medical lab tech". */
	title: cell.requiredText(120),
	/** The detailed SOC 2018 code it names. */
	soc_code: socCode2018,
	/** The official title (any kind) of soc_code that it abbreviates, e.g. "Medical Lab Technician". */
	expands: cell.requiredText(300),
	/** Why it is added: where it is used and that no official list has it. */
	reason: cell.requiredText(500)
});

export type TitleAddition = z.infer<typeof TitleAdditionSchema>;
