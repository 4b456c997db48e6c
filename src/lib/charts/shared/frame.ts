// Every model's frame: the width gives the margins, the plot area and (with the chart's own rule)
// the height, and the scales and ticks are read off it. Plain data, so models stay pure functions.
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { formatTick } from '$lib/core/format/number';
import { linearTicks, tickCount } from './axis';
import type { Margin, Tick } from './types';

/** The width a model lays out at when it is given none. */
export const DEFAULT_WIDTH = 640;
/** Below this width a chart takes its phone margins and tick spacing. */
export const NARROW_PX = 480;

export type Frame = {
	width: number;
	narrow: boolean;
	margin: Margin;
	/** The plot area's left and right edges, its top, and its width, in px. */
	left: number;
	right: number;
	top: number;
	innerWidth: number;
};

/** A frame whose height is known: the plot's bottom edge and height too. */
export type SizedFrame = Frame & { height: number; bottom: number; innerHeight: number };

export function frame(
	width: number | undefined,
	margin: Margin | ((narrow: boolean) => Margin)
): Frame {
	const w = width ?? DEFAULT_WIDTH;
	const narrow = w < NARROW_PX;
	const m = typeof margin === 'function' ? margin(narrow) : margin;
	return {
		width: w,
		narrow,
		margin: m,
		left: m.left,
		right: w - m.right,
		top: m.top,
		innerWidth: w - m.left - m.right
	};
}

export function sized(f: Frame, height: number): SizedFrame {
	const bottom = height - f.margin.bottom;
	return { ...f, height, bottom, innerHeight: bottom - f.margin.top };
}

/** A height that follows the width (width × ratio), kept within [min, max]. */
export function aspectHeight(width: number, ratio: number, min: number, max: number): number {
	return Math.round(Math.min(max, Math.max(min, width * ratio)));
}

/** A nice linear scale from values to pixels. */
export function niceScale(
	domain: [number, number],
	range: [number, number]
): ScaleLinear<number, number> {
	return scaleLinear().domain(domain).nice().range(range);
}

/** Values across the plot's width, for horizontal bars: `values` should include 0. */
export function barScale(f: Frame, values: readonly number[]): ScaleLinear<number, number> {
	return niceScale([Math.min(...values), Math.max(...values)], [f.left, f.right]);
}

/** Values up the plot's height. */
export function upScale(f: SizedFrame, domain: [number, number]): ScaleLinear<number, number> {
	return niceScale(domain, [f.bottom, f.top]);
}

/** About one tick per `spacing` px along `lengthPx`, labelled in the unit's tick format. */
export function valueTicks(
	scale: ScaleLinear<number, number>,
	lengthPx: number,
	spacing: number,
	unit: string
): Tick[] {
	return linearTicks(scale, tickCount(lengthPx, spacing), (v) => formatTick(v, unit));
}
