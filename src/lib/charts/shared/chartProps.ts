// The props every chart component takes: its model's input, plus the server's laid-out model and
// the title and heading level. Charts by EP vintage also take the vintage a page chose to mark.
export type ChartProps<M, I> = I & {
	/** The model the server laid out; drawn as is while it fits the plot and the inputs. */
	model?: M;
	title?: string;
	headingLevel?: 2 | 3 | 4;
};

export type Chosen = {
	/** The EP vintage to mark (e.g. "EP 2022-32"); null or absent marks none. */
	chosen?: string | null;
};
