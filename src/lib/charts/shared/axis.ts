// Tick helpers: the model decides how many ticks fit from the pixels available.
import type { ScaleLinear } from 'd3-scale';
import type { Tick } from './types';

/** About one tick per `spacing` pixels, at least 2. */
export function tickCount(lengthPx: number, spacing: number): number {
	return Math.max(2, Math.floor(lengthPx / spacing));
}

export function linearTicks(
	scale: ScaleLinear<number, number>,
	count: number,
	label: (v: number) => string
): Tick[] {
	return scale.ticks(count).map((value) => ({ value, label: label(value), pos: px(scale(value)) }));
}

/** Whole-year ticks labelled as plain years ("2020", never "2,020"). */
export function yearTicks(scale: ScaleLinear<number, number>, count: number): Tick[] {
	const [a, b] = scale.domain() as [number, number];
	const span = Math.max(1, Math.round(b - a));
	const step = Math.max(1, Math.ceil(span / Math.max(1, count)));
	const first = Math.ceil(a);
	const ticks: Tick[] = [];
	for (let y = first; y <= b + 1e-9; y += step)
		ticks.push({ value: y, label: String(y), pos: px(scale(y)) });
	return ticks;
}

/** Round a pixel value so path strings stay short and stable in snapshots. */
export const px = (v: number): number => Math.round(v * 10) / 10;
