// Checking in the browser: official figures come only from /data/ files; uploaded figures are
// reconciled separately and can never turn into an official confirmation. Exports are formula-safe.
import { describe, expect, it } from 'vitest';
import { encodeFigures, type DataIndex } from '../../../src/lib/check/compact';
import { createFigureStore, MAX_FETCHES } from '../../../src/lib/check/figureStore';
import { checkClaims, indexUploaded, measuresFor } from '../../../src/lib/check/checkClaims';
import { checksToCsv, checksToJson } from '../../../src/lib/check/exportChecks';
import { markSegments } from '../../../src/lib/check/segments';
import { relabelFigure, uploadSource } from '../../../src/lib/check/relabel';
import type { Figure } from '../../../src/lib/core/schema/figure';
import type { Claim } from '../../../src/lib/core/schema/claim';
import type { Source } from '../../../src/lib/core/schema/source';

const source: Source = {
	source_id: 'oews:2024',
	kind: 'official',
	publisher: 'BLS',
	title: 'OEWS May 2024',
	url: 'https://www.bls.gov/oes/',
	published: '',
	vintage: 'OEWS May 2024',
	original_publisher: '',
	original_title: '',
	original_url: '',
	note: ''
};
const fig = (over: Partial<Figure>): Figure =>
	({
		id: 'oews:2024:29-2010:median_annual_wage',
		measure: 'median_annual_wage',
		soc_code: '29-2010',
		occupation: 'Clinical laboratory technologists and technicians',
		geography: 'US',
		period_start: '2024-05',
		period_end: '2024-05',
		vintage: 'OEWS May 2024',
		value: 61890,
		value_flag: '',
		value_bound: null,
		unit: 'USD per year',
		qualifier: 'exact',
		comparability: 'comparable',
		source_id: 'oews:2024',
		derivation: '',
		note: '',
		...over
	}) as Figure;
const claim = (over: Partial<Claim>): Claim =>
	({
		id: 'c1',
		document_id: 'doc:x',
		measure: 'median_annual_wage',
		scope_as_stated: 'lab techs',
		scope_code: '29-2010',
		geography: 'US',
		period_start: '2024-05',
		period_end: '2024-05',
		value: 61890,
		value_low: null,
		value_high: null,
		unit: 'USD per year',
		qualifier: 'exact',
		attributed_to: 'BLS',
		note: '',
		...over
	}) as Claim;

function fakeSite(files: Record<string, Figure[]>) {
	const requested: string[] = [];
	const traffic = { inFlight: 0, most: 0 };
	const index: DataIndex = {
		codes: Object.keys(files)
			.filter((c) => c !== '')
			.map((c) => [c, c]),
		sources: [source],
		releases: []
	};
	const fetcher = async (url: string) => {
		traffic.most = Math.max(traffic.most, ++traffic.inFlight);
		// A network round trip: other requests can start meanwhile.
		await new Promise((r) => setTimeout(r, 1));
		traffic.inFlight--;
		const path = url.replace('https://site.test/data/', '');
		requested.push(path);
		if (path === 'index.json')
			return {
				ok: true,
				status: 200,
				json: async () => JSON.parse(JSON.stringify(index)) as unknown
			};
		const soc = path === 'surveys.json' ? '' : /^figures\/(.+)\.json$/.exec(path)?.[1];
		const list = soc === undefined ? undefined : files[soc];
		if (!list) return { ok: false, status: 404, json: async () => null };
		return {
			ok: true,
			status: 200,
			json: async () => JSON.parse(JSON.stringify(encodeFigures(soc!, list))) as unknown
		};
	};
	return { store: createFigureStore('https://site.test/data/', fetcher), requested, traffic };
}

describe('checkClaims', () => {
	it('fetches only the related codes and confirms against official figures', async () => {
		const { store, requested } = fakeSite({
			'29-2010': [fig({})],
			'15-1252': [fig({ id: 'x', soc_code: '15-1252', value: 61890 })],
			'': []
		});
		const [r] = await checkClaims([claim({})], store);
		expect(r!.official.verdicts).toEqual(['confirmed']);
		expect(r!.upload).toBeNull();
		expect(requested).toContain('figures/29-2010.json');
		expect(requested).not.toContain('figures/15-1252.json');
	});

	it('keeps uploaded figures out of the official verdict, and badges them as the upload', async () => {
		const { store } = fakeSite({ '29-2010': [fig({ value: 50000 })], '': [] });
		const up = uploadSource('mine.csv');
		// The uploaded row claims to be the official OEWS figure.
		const uploaded = indexUploaded({
			figures: [relabelFigure(fig({ source_id: 'oews:2024' }), up.source_id)],
			sources: [up]
		});
		const [r] = await checkClaims([claim({})], store, { uploaded });
		expect(r!.official.verdicts[0]).not.toBe('confirmed');
		expect(r!.official.figures.every((m) => !m.figure.source_id.startsWith('upload:'))).toBe(true);
		expect(r!.upload!.verdicts).toEqual(['confirmed']);
		expect(r!.upload!.figures[0]!.source!.source_id).toBe('upload:mine.csv');
		expect(r!.upload!.figures[0]!.source!.kind).not.toBe('official');
	});

	it('fetches the files of hundreds of codes a few at a time, and checks every claim', async () => {
		const codes = Array.from({ length: 200 }, (_, i) => `43-${4001 + 2 * i}`);
		const files: Record<string, Figure[]> = { '': [] };
		for (const code of codes) files[code] = [fig({ id: `oews:${code}`, soc_code: code })];
		const { store, requested, traffic } = fakeSite(files);
		const checks = await checkClaims(
			codes.map((code, i) => claim({ id: `c${i}`, document_id: `doc:${i % 7}`, scope_code: code })),
			store
		);
		expect(checks.map((c) => c.official.verdicts[0])).toEqual(codes.map(() => 'confirmed'));
		for (const code of codes) expect(requested).toContain(`figures/${code}.json`);
		expect(traffic.most).toBeLessThanOrEqual(MAX_FETCHES);
		expect(traffic.most).toBeGreaterThan(1);
	});

	it('hands reconcile only the measures it can look at', () => {
		expect([...measuresFor([claim({})])].sort()).toEqual([
			'mean_annual_wage',
			'median_annual_wage'
		]);
		expect(measuresFor([claim({ measure: 'salary_range' })])).toEqual(
			new Set(['wage_p10_annual', 'wage_p25_annual', 'wage_p90_annual', 'wage_p75_annual'])
		);
	});

	it('exports formula-safe CSV and the CLI JSON shape', async () => {
		const { store } = fakeSite({ '29-2010': [fig({})], '': [] });
		const checks = await checkClaims(
			[claim({ scope_as_stated: '=HYPERLINK("http://evil")', attributed_to: '@cmd' })],
			store
		);
		const csv = checksToCsv(checks);
		expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
		expect(csv).toContain(`'@cmd`);
		const json = JSON.parse(checksToJson(checks)) as {
			verdicts: string[];
			against_your_upload: null;
		}[];
		expect(json[0]!.verdicts).toEqual(['confirmed']);
		expect(json[0]!.against_your_upload).toBeNull();
	});
});

describe('markSegments', () => {
	it('splits text into plain and marked pieces that join back to the text', () => {
		const text = 'Pay rose to $61,890 in 2024 and 5 percent growth.';
		const pieces = markSegments(text, [
			{ start: 12, end: 19 },
			{ start: 32, end: 41 },
			{ start: 14, end: 16 }
		]);
		expect(pieces.map((p) => p.text).join('')).toBe(text);
		expect(pieces.filter((p) => p.mark !== null).map((p) => [p.text, p.mark])).toEqual([
			['$61,890', 0],
			['5 percent', 1]
		]);
		expect(markSegments('<b>x</b>', [{ start: 0, end: 3 }])[0]).toEqual({ text: '<b>', mark: 0 });
	});
});
