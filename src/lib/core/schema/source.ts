// Where a figure or a claim comes from. Every figure and claim in data/ points at one of these.
import { z } from 'zod';
import * as cell from './cells';
import { SOURCE_KINDS } from './vocabulary';

const SourceShape = z.object({
	source_id: cell.identifier,
	kind: cell.oneOf(SOURCE_KINDS),
	publisher: cell.requiredText(200),
	title: cell.requiredText(300),
	url: cell.httpUrl,
	/** Publication date as precisely as a stored source states it; empty when unknown. */
	published: cell.optionalDate,
	/** The release this source carries, e.g. "EP 2024-34"; empty for documents. */
	vintage: cell.text(120),
	/** For a copy: the original publisher, table and address it reproduces or summarises. */
	original_publisher: cell.text(200),
	original_title: cell.text(300),
	original_url: cell.optionalHttpUrl,
	note: cell.text(500)
});

function sourceRules(s: z.output<typeof SourceShape>, ctx: cell.RowRuleContext) {
	if (s.kind === 'reproduction' && s.original_title === '')
		ctx.addIssue({
			code: 'custom',
			path: ['original_title'],
			message: 'required for a reproduction: name the official table it copies'
		});
	if (s.kind === 'reproduction' && s.original_publisher === '')
		ctx.addIssue({
			code: 'custom',
			path: ['original_publisher'],
			message: 'required for a reproduction'
		});
	if (
		(s.kind === 'official' || s.kind === 'reproduction' || s.kind === 'survey') &&
		s.vintage === ''
	)
		ctx.addIssue({ code: 'custom', path: ['vintage'], message: `required for a ${s.kind} source` });
}

export const SourceSchema = cell.rowSchema(SourceShape, sourceRules);

export type Source = z.infer<typeof SourceSchema>;
