// `npm run ledger -- <command>`: check claims files and validate datasets from the shell.
import { readLedger, readCsvFile } from '../lib/server/readLedger';
import { ClaimSchema } from '../lib/core/schema/claim';
import { FigureSchema } from '../lib/core/schema/figure';
import { SourceSchema } from '../lib/core/schema/source';
import { ReleaseSchema } from '../lib/core/schema/release';
import { OccupationSchema } from '../lib/core/schema/occupation';
import { formatProblem, type Problem } from '../lib/core/csv/problem';
import { reconcile } from '../lib/core/ledger/reconcile';
import { checkToRecord } from '../lib/core/ledger/checkToRecord';
import { VERDICT_LABELS } from '../lib/core/ledger/types';
import { decodeText } from '../lib/core/csv/decodeText';
import { extractClaims } from '../lib/core/extract/extractClaims';
import { htmlToText } from '../lib/core/extract/htmlToText';
import { claimsToCsv } from '../lib/core/extract/claimsCsv';
import type { Claim } from '../lib/core/schema/claim';
import type { Source } from '../lib/core/schema/source';
import type { ClaimCheck } from '../lib/core/ledger/types';
import { readFileSync, existsSync } from 'node:fs';
import { basename } from 'node:path';

const USAGE = `Usage:
  npm run ledger -- check <claims.csv> [--json] [--sources extra-sources.csv] [--data data]
  npm run ledger -- check --text <article.txt|.html> [--json] [--data data]
  npm run ledger -- extract <article.txt|.html> [--json]
  npm run ledger -- validate <file.csv> [--kind figures|claims|sources|releases|occupations]`;

type Args = { command: string; file: string | null; flags: Map<string, string | true> };

function parseArgs(argv: string[]): Args {
	const flags = new Map<string, string | true>();
	const rest: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i]!;
		if (a.startsWith('--')) {
			const next = argv[i + 1];
			if (a === '--json') flags.set('json', true);
			else if (next !== undefined && !next.startsWith('--')) flags.set(a.slice(2), argv[++i]!);
			else flags.set(a.slice(2), true);
		} else rest.push(a);
	}
	return { command: rest[0] ?? '', file: rest[1] ?? null, flags };
}

const SCHEMAS = {
	figures: FigureSchema,
	claims: ClaimSchema,
	sources: SourceSchema,
	releases: ReleaseSchema,
	occupations: OccupationSchema
} as const;
type Kind = keyof typeof SCHEMAS;
const UNIQUE: Record<Kind, string[]> = {
	figures: ['id'],
	claims: ['id'],
	sources: ['source_id'],
	releases: ['vintage'],
	occupations: ['soc_code']
};

/** Guess a file's kind from its header row. */
function kindFromHeader(path: string): Kind | null {
	const decoded = decodeText(readFileSync(path));
	if (!decoded.ok) return null;
	const header = decoded.text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/, 1)[0] ?? '';
	const cols = header.split(',').map((c) => c.replace(/"/g, '').trim());
	if (cols.includes('document_id')) return 'claims';
	if (cols.includes('measure') && cols.includes('vintage')) return 'figures';
	if (cols.includes('source_id') && cols.includes('kind')) return 'sources';
	if (cols.includes('released')) return 'releases';
	if (cols.includes('typical_education')) return 'occupations';
	return null;
}

function printProblems(problems: Problem[]) {
	for (const p of problems)
		console.error(`${p.severity === 'error' ? 'error' : 'warning'}: ${formatProblem(p)}`);
}

function validate(args: Args): number {
	const path = args.file;
	if (!path || !existsSync(path)) {
		console.error(path ? `error: ${path}: file not found` : USAGE);
		return 2;
	}
	const decoded = decodeText(readFileSync(path));
	if (!decoded.ok) {
		console.error(`error: ${basename(path)}: ${decoded.reason}`);
		return 1;
	}
	const flagKind = args.flags.get('kind');
	const kind =
		typeof flagKind === 'string' && flagKind in SCHEMAS ? (flagKind as Kind) : kindFromHeader(path);
	if (!kind) {
		console.error(
			`error: ${basename(path)}: cannot tell what kind of file this is from its header; pass --kind figures|claims|sources|releases|occupations`
		);
		return 1;
	}
	const r = readCsvFile(path, SCHEMAS[kind], basename(path), UNIQUE[kind]);
	printProblems(r.problems);
	console.log(
		`${basename(path)} (${kind}): ${r.total} rows, ${r.accepted} accepted, ${r.rejected} rejected`
	);
	return r.problems.some((p) => p.severity === 'error') ? 1 : 0;
}

function check(args: Args): number {
	const path = args.file;
	if (!path || !existsSync(path)) {
		console.error(path ? `error: ${path}: file not found` : USAGE);
		return 2;
	}
	const dataDir =
		typeof args.flags.get('data') === 'string' ? (args.flags.get('data') as string) : 'data';
	const ledger = readLedger(dataDir);
	const dataErrors = ledger.problems.filter((p) => p.severity === 'error');
	if (dataErrors.length > 0) {
		printProblems(dataErrors.slice(0, 20));
		console.error(`error: the datasets in ${dataDir}/ are invalid (${dataErrors.length} problems)`);
		return 1;
	}
	const sources = [...ledger.sources];
	const problems: Problem[] = [];
	const extra = args.flags.get('sources');
	if (typeof extra === 'string') {
		const r = readCsvFile(extra, SourceSchema, basename(extra), ['source_id']);
		problems.push(...r.problems);
		sources.push(...r.rows);
	}
	const claims = readCsvFile(path, ClaimSchema, basename(path), ['id']);
	problems.push(...claims.problems);
	const known = new Set(sources.map((s) => s.source_id));
	const usable = claims.rows.filter((c, i) => {
		if (known.has(c.document_id)) return true;
		problems.push({
			file: basename(path),
			line: claims.lines[i]!,
			column: 'document_id',
			value: c.document_id,
			rule: 'must name a source_id in data/sources.csv or in the --sources file',
			severity: 'error'
		});
		return false;
	});
	printProblems(problems);
	const checks = reconcile(usable, { figures: ledger.figures, sources, releases: ledger.releases });
	printChecks(checks, args.flags.get('json') === true, claims.total, usable.length);
	return problems.some((p) => p.severity === 'error') ? 1 : 0;
}

function printChecks(checks: ClaimCheck[], json: boolean, total: number, checked: number) {
	if (json) {
		console.log(JSON.stringify(checks.map(checkToRecord), null, 2));
	} else {
		for (const c of checks) {
			const stated =
				c.claim.qualifier === 'range'
					? `${c.claim.value_low} to ${c.claim.value_high}`
					: `${c.claim.value}`;
			console.log(
				`${c.claim.id}  [${c.verdicts.map((v) => VERDICT_LABELS[v]).join(', ')}]  ${c.claim.measure} ${stated} (${c.claim.unit})`
			);
			console.log(`  ${c.explanation}\n`);
		}
		const rejected = total - checked;
		console.log(`${total} claims read, ${checked} checked, ${rejected} rejected`);
	}
}

/** An article file as plain text (.html/.htm through htmlToText), or an error message. */
function readArticle(path: string | null): { text: string } | { error: string; code: number } {
	if (!path || !existsSync(path))
		return { error: path ? `error: ${path}: file not found` : USAGE, code: 2 };
	const decoded = decodeText(readFileSync(path));
	if (!decoded.ok)
		return { error: `error: ${basename(path)}: ${decoded.reason.replace(/ CSV/g, '')}`, code: 1 };
	const text = decoded.text.replace(/^\uFEFF/, '');
	return { text: /\.html?$/i.test(path) ? htmlToText(text) : text };
}

/** "My Article (draft).html" -> "doc:my-article-draft". */
function documentIdFor(path: string): string {
	const slug = basename(path)
		.replace(/\.[^.]*$/, '')
		.toLowerCase()
		.replace(/[^a-z0-9._-]+/g, '-')
		.replace(/^[-._]+|[-._]+$/g, '')
		.slice(0, 100);
	return `doc:${slug || 'article'}`;
}

function extract(args: Args): number {
	const article = readArticle(args.file);
	if ('error' in article) {
		console.error(article.error);
		return article.code;
	}
	const documentId = documentIdFor(args.file!);
	const extracted = extractClaims(article.text, { documentId, idPrefix: documentId.slice(4) });
	if (args.flags.get('json')) console.log(JSON.stringify(extracted, null, 2));
	else process.stdout.write(claimsToCsv(extracted.map((e) => e.claim)));
	console.error(`${basename(args.file!)}: ${extracted.length} figures extracted`);
	return 0;
}

/** `check --text article`: extract the article's claims, then check them like `check` does. */
function checkText(args: Args): number {
	const path = args.flags.get('text');
	const article = readArticle(typeof path === 'string' ? path : null);
	if ('error' in article) {
		console.error(article.error);
		return article.code;
	}
	const file = path as string;
	const dataDir =
		typeof args.flags.get('data') === 'string' ? (args.flags.get('data') as string) : 'data';
	const ledger = readLedger(dataDir);
	const dataErrors = ledger.problems.filter((p) => p.severity === 'error');
	if (dataErrors.length > 0) {
		printProblems(dataErrors.slice(0, 20));
		console.error(`error: the datasets in ${dataDir}/ are invalid (${dataErrors.length} problems)`);
		return 1;
	}
	const documentId = documentIdFor(file);
	// The article as a document source: kept in memory only, never written to data/.
	const document = SourceSchema.parse({
		source_id: documentId,
		kind: 'article',
		publisher: '(your file)',
		title: basename(file).slice(0, 300),
		url: 'http://localhost/local-file',
		published: '',
		vintage: '',
		original_publisher: '',
		original_title: '',
		original_url: '',
		note: 'local file, not published'
	}) satisfies Source;
	const sources = [...ledger.sources.filter((s) => s.source_id !== documentId), document];
	const extracted = extractClaims(article.text, { documentId, idPrefix: documentId.slice(4) });
	const problems: Problem[] = [];
	const claims: Claim[] = [];
	extracted.forEach((e, i) => {
		const r = ClaimSchema.safeParse(e.claim);
		if (r.success) claims.push(r.data);
		else
			for (const issue of r.error.issues)
				problems.push({
					file: basename(file),
					line: i + 1,
					column: String(issue.path[0] ?? ''),
					value: e.figureText,
					rule: issue.message,
					severity: 'error'
				});
	});
	printProblems(problems);
	const checks = reconcile(claims, { figures: ledger.figures, sources, releases: ledger.releases });
	printChecks(checks, args.flags.get('json') === true, extracted.length, claims.length);
	return problems.length > 0 ? 1 : 0;
}

function main(argv: string[]): number {
	const args = parseArgs(argv);
	if (args.command === 'check' && args.flags.has('text')) return checkText(args);
	if (args.command === 'check') return check(args);
	if (args.command === 'extract') return extract(args);
	if (args.command === 'validate') return validate(args);
	console.error(USAGE);
	return 2;
}

process.exitCode = main(process.argv.slice(2));
