// The wagesOverTime model, loaded only when the chart must be laid out again in the browser.
export const loadWagesOverTime = () => import('./wagesOverTime').then((m) => m.layOutWagesOverTime);
