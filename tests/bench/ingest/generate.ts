// Synthetic upload files for the ingest benchmark: claims and dataset CSVs of 10k, 100k and 1M
// rows in tests/bench/out/ (git-ignored). Values are realistic (real SOC codes and titles, wage,
// employment and growth magnitudes); about 3% of rows are invalid in ways users really get wrong
// (thousands separators, currency signs, unknown measures, bad periods, ragged rows).
// Deterministic: the same seed gives byte-identical files.
//   npx tsx tests/bench/ingest/generate.ts [sizes...]   (default: 10000 100000 1000000)
import { createWriteStream, mkdirSync, readFileSync, existsSync } from 'node:fs';
import { once } from 'node:events';
import { FigureSchema } from '../../../src/lib/core/schema/figure';
import { ClaimSchema } from '../../../src/lib/core/schema/claim';

export const OUT_DIR = 'tests/bench/out';
export const SIZES = [10_000, 100_000, 1_000_000];
export const fileFor = (kind: 'claims' | 'figures', rows: number) =>
	`${OUT_DIR}/${kind}-${rows}.csv`;

/** Real codes and titles from data/occupations.csv. */
function occupations(): [string, string][] {
	const lines = readFileSync('data/occupations.csv', 'utf8').trim().split('\n').slice(1);
	return lines.map((l) => {
		const [code, ...rest] = l.split(',');
		const title = rest.join(',').startsWith('"')
			? rest.join(',').slice(1).split('"')[0]!
			: rest[0]!;
		return [code!, title.replace(/"/g, '')];
	});
}

function rng(seed: number) {
	let s = seed >>> 0;
	return () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = s;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const STATES = ['US', 'US', 'US', 'US', 'CA', 'TX', 'NY', 'FL', 'MN', 'OH'];
const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

type Kind = {
	measure: string;
	unit: string;
	value: (r: () => number) => string;
	period: (r: () => number) => [string, string];
	vintage: (p: string) => string;
};
const KINDS: Kind[] = [
	{
		measure: 'median_annual_wage',
		unit: 'USD per year',
		value: (r) => String((Math.round(25000 + r() * 150000) * 10) / 10),
		period: (r) => {
			const y = String(2012 + Math.floor(r() * 13));
			return [`${y}-05`, `${y}-05`];
		},
		vintage: (p) => `OEWS May ${p.slice(0, 4)}`
	},
	{
		measure: 'mean_hourly_wage',
		unit: 'USD per hour',
		value: (r) => (12 + r() * 80).toFixed(2),
		period: (r) => {
			const y = String(2012 + Math.floor(r() * 13));
			return [`${y}-05`, `${y}-05`];
		},
		vintage: (p) => `OEWS May ${p.slice(0, 4)}`
	},
	{
		measure: 'employment',
		unit: 'persons',
		value: (r) => String(Math.round((r() * 3_000_000) / 100) * 100),
		period: (r) => {
			const y = String(2014 + Math.floor(r() * 11));
			return [y, y];
		},
		vintage: (p) => `EP ${p}-${String((Number(p) + 10) % 100).padStart(2, '0')}`
	},
	{
		measure: 'employment_change_pct',
		unit: 'percent',
		value: (r) => (r() * 30 - 5).toFixed(1),
		period: (r) => {
			const y = 2014 + Math.floor(r() * 11);
			return [String(y), String(y + 10)];
		},
		vintage: (p) => `EP ${p}-${String((Number(p) + 10) % 100).padStart(2, '0')}`
	},
	{
		measure: 'annual_openings',
		unit: 'openings per year',
		value: (r) => String(Math.round((r() * 200_000) / 100) * 100),
		period: (r) => {
			const y = 2016 + Math.floor(r() * 9);
			return [String(y), String(y + 10)];
		},
		vintage: (p) => `EP ${p}-${String((Number(p) + 10) % 100).padStart(2, '0')}`
	}
];

/** One way a real user's row goes wrong, applied to a valid row's cells. */
const BREAKS: ((cells: string[], col: (name: string) => number) => string[])[] = [
	(c, col) => ((c[col('value')] = `"${Number(c[col('value')] || 0).toLocaleString('en-US')}0"`), c),
	(c, col) => ((c[col('value')] = `$${c[col('value')]}`), c),
	(c, col) => ((c[col('measure')] = 'avg_salary'), c),
	(c, col) => ((c[col('period_start')] = '05/2024'), c),
	(c) => c.slice(0, 6),
	(c, col) => ((c[col('value')] = ''), c)
];

async function write(
	path: string,
	header: string[],
	rows: number,
	row: (i: number, r: () => number) => string[]
) {
	const out = createWriteStream(path);
	const r = rng(rows * 7 + header.length);
	const col = (name: string) => header.indexOf(name);
	out.write(`${header.join(',')}\n`);
	let buf = '';
	for (let i = 0; i < rows; i++) {
		let cells = row(i, r);
		if (r() < 0.03) cells = BREAKS[Math.floor(r() * BREAKS.length)]!([...cells], col);
		buf += `${cells.join(',')}\n`;
		if (buf.length > 1 << 20) {
			if (!out.write(buf)) await once(out, 'drain');
			buf = '';
		}
	}
	out.write(buf);
	out.end();
	await once(out, 'finish');
}

export async function generate(sizes = SIZES): Promise<void> {
	mkdirSync(OUT_DIR, { recursive: true });
	const occ = occupations();
	const figureHeader = Object.keys(FigureSchema.shape);
	const claimHeader = Object.keys(ClaimSchema.shape);
	for (const n of sizes) {
		const figures = fileFor('figures', n);
		if (!existsSync(figures))
			await write(figures, figureHeader, n, (i, r) => {
				const [code, title] = occ[Math.floor(r() * occ.length)]!;
				const k = KINDS[Math.floor(r() * KINDS.length)]!;
				const [ps, pe] = k.period(r);
				const geo = k.measure.includes('wage') ? STATES[Math.floor(r() * STATES.length)]! : 'US';
				return [
					`gen:f${i}`,
					k.measure,
					code,
					quote(title),
					geo,
					ps,
					pe,
					k.vintage(ps),
					k.value(r),
					'',
					'',
					k.unit,
					'exact',
					'comparable',
					'gen:src',
					'',
					''
				];
			});
		const claims = fileFor('claims', n);
		if (!existsSync(claims))
			await write(claims, claimHeader, n, (i, r) => {
				const [code, title] = occ[Math.floor(r() * occ.length)]!;
				const k = KINDS[Math.floor(r() * KINDS.length)]!;
				const [ps, pe] = k.period(r);
				const q = r() < 0.7 ? 'exact' : 'about';
				return [
					`gen:c${i}`,
					`gen:doc${Math.floor(i / 8)}`,
					k.measure,
					quote(title.toLowerCase()),
					code,
					'US',
					ps,
					pe,
					k.value(r),
					'',
					'',
					k.unit,
					q,
					r() < 0.5 ? 'BLS' : 'not stated',
					''
				];
			});
		console.log(`wrote ${figures} and ${claims}`);
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const sizes = process.argv
		.slice(2)
		.map(Number)
		.filter((n) => n > 0);
	await generate(sizes.length ? sizes : SIZES);
}
