// The retirementSurveys model, loaded only when the chart must be laid out again in the browser.
export const loadRetirementSurveys = () =>
	import('./retirementSurveys').then((m) => m.layOutRetirementSurveys);
