// Every generated row goes through the project's own zod schema before it is written, so an
// import can never write a row the strict loader would reject.
import type { z } from 'zod';
import type { ReportBuilder } from '../report/ReportBuilder';

export function validateRows<R extends Record<string, string>>(
	rows: readonly R[],
	schema: z.ZodType,
	file: string,
	key: keyof R,
	report: ReportBuilder
): R[] {
	return rows.filter((row) => {
		const parsed = schema.safeParse(row);
		if (parsed.success) return true;
		const issue = parsed.error.issues[0]!;
		report.skip(
			`${file}: generated row fails the schema (${String(issue.path[0] ?? '')}: ${issue.message})`,
			String(row[key])
		);
		return false;
	});
}
