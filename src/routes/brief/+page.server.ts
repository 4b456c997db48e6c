// /brief: pick a program. The form works without JavaScript through the field lists below it.
import { briefCips } from '$lib/server/payloads/brief';

export const load = () => {
	const counts = new Map<string, number>();
	for (const c of briefCips())
		counts.set(c.cip.slice(0, 2), (counts.get(c.cip.slice(0, 2)) ?? 0) + 1);
	const examples = ['51.1004', '51.3801', '11.0701'].flatMap((cip) =>
		briefCips().filter((c) => c.cip === cip)
	);
	return { fields: [...counts.entries()].map(([field, count]) => ({ field, count })), examples };
};
