// The US states atlas (us-atlas, Albers-ready TopoJSON) as a static JSON file, fetched by the state
// map in the browser instead of being bundled into its script.
import statesTopology from 'us-atlas/states-10m.json';

export const prerender = true;

export const GET = () =>
	new Response(JSON.stringify(statesTopology), { headers: { 'content-type': 'application/json' } });
