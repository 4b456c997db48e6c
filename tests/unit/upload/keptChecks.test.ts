// The upload worker keeps a claims file's checks: the page is sent the page it shows (as it fills
// in while checking goes on), a headline tally, and the export as a file.
import { describe, expect, it } from 'vitest';
import { keepChecks } from '../../../src/lib/check/keptChecks';
import { checksToCsv, checksToJson } from '../../../src/lib/check/exportChecks';
import type { CheckedClaim } from '../../../src/lib/check/checkClaims';
import type { Verdict } from '../../../src/lib/core/ledger/types';
import type { Claim } from '../../../src/lib/core/schema/claim';

const claim = (id: string): Claim =>
	({
		id,
		document_id: 'doc:x',
		measure: 'median_annual_wage',
		scope_as_stated: '=HYPERLINK("http://evil.example")',
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
		note: ''
	}) as Claim;
const checked = (i: number, verdicts: Verdict[]): CheckedClaim => ({
	official: {
		claim: claim(`c${i}`),
		document: null,
		verdicts,
		figures: [],
		differences: [],
		explanation: `claim ${i}`,
		documentDate: { kind: 'unknown' }
	},
	upload: null
});
const many = (from: number, n: number, verdicts: Verdict[] = ['confirmed']) =>
	Array.from({ length: n }, (_, k) => checked(from + k, verdicts));
const ids = (checks: readonly CheckedClaim[]) => checks.map((c) => c.official.claim.id);

describe('keepChecks', () => {
	it('sends the first page as it fills in, then not again until the reader moves', () => {
		const kept = keepChecks(3);
		expect(kept.grownPage()).toBeNull();
		kept.add(many(0, 2));
		expect(kept.grownPage()).toEqual({ offset: 0, checks: many(0, 2) });
		expect(kept.grownPage()).toBeNull();
		kept.add(many(2, 5));
		expect(ids(kept.grownPage()!.checks)).toEqual(['c0', 'c1', 'c2']);
		kept.add(many(7, 5));
		expect(kept.grownPage()).toBeNull();
		expect(kept.count).toBe(12);
	});

	it('answers a page asked for during checking with what exists, and fills it in later', () => {
		const kept = keepChecks(4);
		kept.add(many(0, 6));
		kept.grownPage();
		expect(kept.page(4, 4)).toEqual({ offset: 4, checks: many(4, 2) });
		expect(kept.page(40, 4)).toEqual({ offset: 40, checks: [] });
		kept.page(4, 4);
		kept.add(many(6, 1));
		expect(kept.grownPage()).toEqual({ offset: 4, checks: many(4, 3) });
		kept.add(many(7, 10));
		expect(ids(kept.grownPage()!.checks)).toEqual(['c4', 'c5', 'c6', 'c7']);
		expect(kept.grownPage()).toBeNull();
		// Back to a full page: answered, and nothing more to send for it.
		expect(ids(kept.page(0, 4).checks)).toEqual(['c0', 'c1', 'c2', 'c3']);
		kept.add(many(17, 3));
		expect(kept.grownPage()).toBeNull();
	});

	it('tallies headline verdicts (the first of each claim)', () => {
		const kept = keepChecks(20);
		kept.add(many(0, 3, ['no_match', 'wrong_scope']));
		kept.add(many(3, 2, ['confirmed']));
		kept.add(many(5, 1, ['outdated', 'confirmed']));
		kept.add(many(6, 1, []));
		expect(kept.headlines()).toEqual({ no_match: 3, confirmed: 2, outdated: 1 });
	});

	it('exports every claim checked so far with the existing formula-safe CSV and JSON', async () => {
		const kept = keepChecks(2);
		const all = [...many(0, 5), ...many(5, 2, ['no_match'])];
		kept.add(all.slice(0, 4));
		kept.add(all.slice(4));
		const csv = kept.exportFile('csv');
		expect(csv.type).toBe('text/csv;charset=utf-8');
		const text = await csv.text();
		expect(text).toBe(checksToCsv(all));
		expect(text.trimEnd().split('\r\n')).toHaveLength(all.length + 1);
		expect(text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
		const json = kept.exportFile('json');
		expect(json.type).toBe('application/json');
		expect(await json.text()).toBe(checksToJson(all));
	});
});
