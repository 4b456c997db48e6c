// Claims drawn over any chart at the value they state. Each model says where a claim sits
// along its category axis; this helper does the rest (value, span or arrow, verdict style, link).
import type { Claim } from '$lib/core/schema/claim';
import type { ClaimSummary } from '$lib/core/ledger/types';
import { VERDICT_LABELS } from '$lib/core/ledger/types';
import { formatValue } from '$lib/core/format/number';
import { formatSpan } from '$lib/core/format/period';
import { verdictStyle } from '$lib/core/format/verdictStyle';
import { claimHref } from '$lib/core/format/claimHref';
import { px } from './axis';
import type { ClaimKind, ClaimLayer, ClaimMark, Tooltip } from './types';

export type ClaimMatch = {
	measures: readonly string[];
	/** Codes the claim's scope_code must be one of; null accepts any scope. */
	scopeCodes?: readonly string[] | null;
	/** Required geography; null accepts any. Defaults to US. */
	geography?: string | null;
};

export type OverlayOptions = ClaimMatch & {
	/** 'vertical': values run up the y axis; 'horizontal': along the x axis. */
	orientation: 'vertical' | 'horizontal';
	/** Value → pixel on the value axis. */
	value: (v: number) => number;
	/** Pixel on the category axis, or a reason the claim cannot be placed. */
	place: (claim: Claim) => number | string;
	base?: string;
};

const ARROW = 14;

export function matchingClaims(checks: readonly ClaimSummary[], m: ClaimMatch): ClaimSummary[] {
	const geography = m.geography === undefined ? 'US' : m.geography;
	return checks.filter(
		(c) =>
			m.measures.includes(c.claim.measure) &&
			(m.scopeCodes == null || m.scopeCodes.includes(c.claim.scope_code)) &&
			(geography === null || c.claim.geography === geography)
	);
}

/** The numbers a claim states, so models can keep them inside the value axis. */
export function claimValues(c: Claim): number[] {
	return [c.value, c.value_low, c.value_high].filter((v): v is number => v !== null);
}

function kindOf(c: Claim): ClaimKind {
	if (c.qualifier === 'range') return 'range';
	if (c.qualifier === 'up_to') return 'up_to';
	if (c.qualifier === 'at_least') return 'at_least';
	return 'point';
}

/** The value in the claim's own words: "up to 5,000", "2%–4%", "about 10%". */
export function claimValueText(c: Claim): string {
	if (c.qualifier === 'range')
		return `${formatValue(c.value_low ?? 0, c.unit)}–${formatValue(c.value_high ?? 0, c.unit)}`;
	const v = formatValue(c.value ?? 0, c.unit);
	if (c.qualifier === 'up_to') return `up to ${v}`;
	if (c.qualifier === 'at_least') return `at least ${v}`;
	if (c.qualifier === 'about') return `about ${v}`;
	return v;
}

function claimTooltip(check: ClaimSummary): Tooltip {
	const c = check.claim;
	const verdicts = check.verdicts.map((v) => VERDICT_LABELS[v]).join(', ') || 'Not checked';
	const doc = check.document
		? `${check.document.publisher}, ${check.document.title}`
		: `document ${c.document_id}`;
	const notes = [`Verdict: ${verdicts}`];
	if (check.explanation !== '') notes.push(check.explanation);
	notes.push(`Attributed to: ${c.attributed_to}`);
	return {
		label: `Claim: ${c.scope_as_stated}`,
		value: claimValueText(c),
		unit: c.unit,
		period: formatSpan(c.period_start, c.period_end),
		vintage: '',
		source: doc,
		notes
	};
}

export function claimsOverlay(checks: readonly ClaimSummary[], o: OverlayOptions): ClaimLayer {
	const layer: ClaimLayer = { marks: [], unplaced: [] };
	const vertical = o.orientation === 'vertical';
	for (const check of matchingClaims(checks, o)) {
		const c = check.claim;
		const href = claimHref(c.id, o.base);
		const at = o.place(c);
		if (typeof at === 'string') {
			layer.unplaced.push({ id: c.id, href, reason: at });
			continue;
		}
		const kind = kindOf(c);
		const verdict = check.verdicts[0] ?? null;
		const style = verdictStyle(verdict);
		let v: number;
		let path: string | null = null;
		// Pixel direction of "more": up the screen for vertical charts, right for horizontal.
		const more = vertical ? -1 : 1;
		if (kind === 'range') {
			const a = o.value(c.value_low ?? 0);
			const b = o.value(c.value_high ?? 0);
			v = (a + b) / 2;
			path = vertical
				? `M${px(at - 5)},${px(a)}H${px(at + 5)}M${px(at)},${px(a)}V${px(b)}M${px(at - 5)},${px(b)}H${px(at + 5)}`
				: `M${px(a)},${px(at - 5)}V${px(at + 5)}M${px(a)},${px(at)}H${px(b)}M${px(b)},${px(at - 5)}V${px(at + 5)}`;
		} else {
			v = o.value(c.value ?? 0);
			if (kind !== 'point') {
				const dir = (kind === 'at_least' ? 1 : -1) * more;
				const end = v + dir * ARROW;
				const head = v + dir * (ARROW - 5);
				path = vertical
					? `M${px(at)},${px(v)}V${px(end)}M${px(at - 4)},${px(head)}L${px(at)},${px(end)}L${px(at + 4)},${px(head)}`
					: `M${px(v)},${px(at)}H${px(end)}M${px(head)},${px(at - 4)}L${px(end)},${px(at)}L${px(head)},${px(at + 4)}`;
			}
		}
		const mark: ClaimMark = {
			id: c.id,
			href,
			kind,
			verdict,
			color: style.color,
			shape: style.shape,
			x: px(vertical ? at : v),
			y: px(vertical ? v : at),
			path,
			hollow: kind === 'up_to' || kind === 'at_least' || c.qualifier === 'about',
			tooltip: claimTooltip(check)
		};
		layer.marks.push(mark);
	}
	return layer;
}
