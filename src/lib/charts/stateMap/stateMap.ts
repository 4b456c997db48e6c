// A state choropleth for figures published by state: stateMapWith() (stateMapCore.ts) with the US
// atlas bundled, for the server and tests. The browser fetches the atlas as JSON (/geo/states-10m.json)
// so it is never part of a script.
import statesTopology from 'us-atlas/states-10m.json';
import {
	stateMapWith,
	type StateMapInput,
	type StateMapModel,
	type StatesTopology
} from './stateMapCore';

export { describe, stateMapWith } from './stateMapCore';
export type * from './stateMapCore';

export const stateMap = (input: StateMapInput): StateMapModel | null =>
	stateMapWith(statesTopology as unknown as StatesTopology, input);
