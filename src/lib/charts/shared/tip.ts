// The tooltip a chart is currently showing: which mark (in SVG user units) and what it says.
import type { Tooltip } from '$lib/charts/shared/types';

export type ActiveTip = { x: number; y: number; tooltip: Tooltip };
