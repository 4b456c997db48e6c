import type { Found } from './judgement';

/** The parts joined in order: verdicts, findings and shown figures each keep their order. */
export function found(...parts: (Partial<Found> | null)[]): Found {
	const out: Found = { verdicts: [], findings: [], shown: [] };
	for (const p of parts) {
		if (!p) continue;
		out.verdicts.push(...(p.verdicts ?? []));
		out.findings.push(...(p.findings ?? []));
		out.shown.push(...(p.shown ?? []));
	}
	return out;
}
