// Marker shapes as path strings centred on (0, 0); the component translates them into place.
// The geometry of d3-shape's symbols (same areas), written out so the client does not ship d3-shape.
import type { MarkerShape } from '$lib/core/format/palette';

const n = (v: number) => String(Math.round(v * 100) / 100 + 0);
const poly = (pts: [number, number][]) => `M${pts.map(([x, y]) => `${n(x)},${n(y)}`).join('L')}Z`;
const SQRT3 = Math.sqrt(3);

/** `size` is the marker's area in square pixels, as in d3-shape. */
export function symbolPath(shape: MarkerShape, size = 64): string {
	switch (shape) {
		case 'circle': {
			const r = n(Math.sqrt(size / Math.PI));
			return `M${r},0A${r},${r},0,1,1,-${r},0A${r},${r},0,1,1,${r},0Z`;
		}
		case 'square': {
			const w = Math.sqrt(size);
			const x = -w / 2;
			return poly([
				[x, x],
				[x + w, x],
				[x + w, x + w],
				[x, x + w]
			]);
		}
		case 'diamond': {
			const tan30 = Math.sqrt(1 / 3);
			const y = Math.sqrt(size / (tan30 * 2));
			const x = y * tan30;
			return poly([
				[0, -y],
				[x, 0],
				[0, y],
				[-x, 0]
			]);
		}
		case 'triangle': {
			const y = -Math.sqrt(size / (SQRT3 * 3));
			return poly([
				[0, y * 2],
				[-SQRT3 * y, -y],
				[SQRT3 * y, -y]
			]);
		}
		case 'triangleDown': {
			const r = Math.sqrt(size / 1.3);
			const h = r * 0.9;
			return poly([
				[0, h],
				[-r * 0.8, -h * 0.6],
				[r * 0.8, -h * 0.6]
			]);
		}
		case 'cross': {
			const r = Math.sqrt(size / 5) / 2;
			return poly([
				[-3 * r, -r],
				[-r, -r],
				[-r, -3 * r],
				[r, -3 * r],
				[r, -r],
				[3 * r, -r],
				[3 * r, r],
				[r, r],
				[r, 3 * r],
				[-r, 3 * r],
				[-r, r],
				[-3 * r, r]
			]);
		}
		case 'star': {
			const kr = Math.sin(Math.PI / 10) / Math.sin((7 * Math.PI) / 10);
			const kx = Math.sin((2 * Math.PI) / 10) * kr;
			const ky = -Math.cos((2 * Math.PI) / 10) * kr;
			const r = Math.sqrt(size * 0.8908130915292852);
			const x = kx * r;
			const y = ky * r;
			const pts: [number, number][] = [
				[0, -r],
				[x, y]
			];
			for (let i = 1; i < 5; i++) {
				const a = (2 * Math.PI * i) / 5;
				const c = Math.cos(a);
				const s = Math.sin(a);
				pts.push([s * r, -c * r], [c * x - s * y, s * x + c * y]);
			}
			return poly(pts);
		}
		case 'wye': {
			const c = -0.5;
			const s = SQRT3 / 2;
			const k = 1 / Math.sqrt(12);
			const r = Math.sqrt(size / ((k / 2 + 1) * 3));
			const [x0, y0] = [r / 2, r * k];
			const [x1, y1] = [x0, r * k + r];
			const [x2, y2] = [-x1, y1];
			return poly([
				[x0, y0],
				[x1, y1],
				[x2, y2],
				[c * x0 - s * y0, s * x0 + c * y0],
				[c * x1 - s * y1, s * x1 + c * y1],
				[c * x2 - s * y2, s * x2 + c * y2],
				[c * x0 + s * y0, c * y0 - s * x0],
				[c * x1 + s * y1, c * y1 - s * x1],
				[c * x2 + s * y2, c * y2 - s * x2]
			]);
		}
	}
}
