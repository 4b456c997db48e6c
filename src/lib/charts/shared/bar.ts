// Horizontal bars (growth, openings): from the zero line to the value, the label past the end.
import type { ScaleLinear } from 'd3-scale';
import type { Figure } from '$lib/core/schema/figure';
import { px } from './axis';
import type { Bar, Tooltip } from './types';

export function bar(
	x: ScaleLinear<number, number>,
	f: Figure,
	at: { y: number; height: number; valueLabel: string; tooltip: Tooltip }
): Bar {
	const v = f.value as number;
	const zeroX = px(x(0));
	const xv = px(x(v));
	return {
		figureId: f.id,
		x: Math.min(zeroX, xv),
		y: at.y,
		width: px(Math.abs(xv - zeroX)),
		height: at.height,
		value: v,
		valueLabel: at.valueLabel,
		labelX: v >= 0 ? xv + 4 : xv - 4,
		computed: f.derivation !== '',
		tooltip: at.tooltip
	};
}
