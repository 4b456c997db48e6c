// Shapes shared by chart models. Everything here is plain data: safe to serialise and to SSR.
import type { Figure } from '$lib/core/schema/figure';
import type { Source } from '$lib/core/schema/source';
import type { ClaimSummary, Verdict } from '$lib/core/ledger/types';
import type { MarkerShape } from '$lib/core/format/palette';
import type { SourceCredit } from '$lib/core/format/sourceLine';

/** What every chart model is laid out from. */
export type ChartInput = {
	figures: readonly Figure[];
	sources: readonly Source[];
	claims?: readonly ClaimSummary[];
	width?: number;
	/** Base path for claim links. */
	base?: string;
};

/** A chart of one occupation (or group) code. */
export type CodeChartInput = ChartInput & { socCode: string };

/** What a mark's tooltip (and its aria-label) says: value + unit + period + vintage + source. */
export type Tooltip = {
	label: string;
	value: string;
	unit: string;
	period: string;
	vintage: string;
	source: string;
	notes: string[];
};

export type Tick = { value: number; label: string; pos: number };

/** A horizontal bar from zero to its value, with its value label beside the end. */
export type Bar = {
	figureId: string;
	x: number;
	y: number;
	width: number;
	height: number;
	value: number;
	valueLabel: string;
	labelX: number;
	computed: boolean;
	tooltip: Tooltip;
};

export type Margin = { top: number; right: number; bottom: number; left: number };

/** A table with the same figures as the chart, for the "Show table" view. */
export type TableModel = {
	caption: string;
	columns: string[];
	rows: { header: string; cells: string[] }[];
};

export type ClaimKind = 'point' | 'range' | 'up_to' | 'at_least';

/** A claim drawn at the value it states, coloured and shaped by its first verdict. */
export type ClaimMark = {
	id: string;
	href: string;
	kind: ClaimKind;
	verdict: Verdict | null;
	color: string;
	shape: MarkerShape;
	/** Marker position (for a range: its midpoint). */
	x: number;
	y: number;
	/** Range span or the arrow of an up-to / at-least claim; null for a plain point. */
	path: string | null;
	/** up_to / at_least and "about" claims are drawn as open markers. */
	hollow: boolean;
	tooltip: Tooltip;
};

export type UnplacedClaim = { id: string; href: string; reason: string };

export type ClaimLayer = { marks: ClaimMark[]; unplaced: UnplacedClaim[] };

/** Common to every chart model: what ChartFrame needs around the SVG. */
export type ChartBase = {
	width: number;
	height: number;
	/** The figures drawn, for the table, the source line and the CSV download. */
	figures: Figure[];
	table: TableModel;
	claims: ClaimLayer;
};

/** A chart as ChartFrame frames it: the laid-out model, the sentence describing it and its source line. */
export type FramedChart = ChartBase & { description: string; credits: SourceCredit[] };
