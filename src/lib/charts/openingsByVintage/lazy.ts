// The openingsByVintage model, loaded only when the chart must be laid out again in the browser.
export const loadOpeningsByVintage = () =>
	import('./openingsByVintage').then((m) => m.layOutOpeningsByVintage);
