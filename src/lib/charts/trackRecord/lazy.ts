// The trackRecord model, loaded only when the chart must be laid out again in the browser.
export const loadTrackRecord = () => import('./trackRecord').then((m) => m.layOutTrackRecord);
