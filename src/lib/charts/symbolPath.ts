// Marker shapes as path strings centred on (0, 0); the component translates them into place.
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from 'd3-shape';
import type { MarkerShape } from '$lib/format/palette';

const TYPES: Record<Exclude<MarkerShape, 'triangleDown'>, SymbolType> = {
	circle: symbolCircle,
	square: symbolSquare,
	diamond: symbolDiamond,
	triangle: symbolTriangle,
	cross: symbolCross,
	star: symbolStar,
	wye: symbolWye
};

/** `size` is the marker's area in square pixels, as in d3-shape. */
export function symbolPath(shape: MarkerShape, size = 64): string {
	if (shape === 'triangleDown') {
		const r = Math.sqrt(size / 1.3);
		const h = r * 0.9;
		return `M0,${(h).toFixed(2)}L${(-r * 0.8).toFixed(2)},${(-h * 0.6).toFixed(2)}L${(r * 0.8).toFixed(2)},${(-h * 0.6).toFixed(2)}Z`;
	}
	return symbol(TYPES[shape], size)() ?? '';
}
