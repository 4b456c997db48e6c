// The growthByVintage model, loaded only when the chart must be laid out again in the browser.
export const loadGrowthByVintage = () =>
	import('./growthByVintage').then((m) => m.layOutGrowthByVintage);
