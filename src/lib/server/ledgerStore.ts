// The build-time ledger: every dataset loaded once, checked, and reconciled.
// Invalid shipped data throws here, which fails the build and the tests.
import { readLedger, type Ledger } from './readLedger';
import { formatProblem } from '../core/csv/problem';
import { reconcile } from '../core/ledger/reconcile';
import type { ClaimCheck } from '../core/ledger/types';

export type LedgerWithChecks = Ledger & { checks: ClaimCheck[] };

let cached: LedgerWithChecks | null = null;

export class LedgerDataError extends Error {}

export function getLedger(dataDir = 'data'): LedgerWithChecks {
	if (cached && dataDir === 'data') return cached;
	const ledger = readLedger(dataDir);
	const errors = ledger.problems.filter((p) => p.severity === 'error');
	if (errors.length > 0) {
		const shown = errors.slice(0, 20).map(formatProblem).join('\n');
		throw new LedgerDataError(`data/ has ${errors.length} invalid row(s) or file(s):\n${shown}`);
	}
	const checks = reconcile(ledger.claims, ledger);
	const result = { ...ledger, checks };
	if (dataDir === 'data') cached = result;
	return result;
}
