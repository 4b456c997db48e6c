// Which figure files a claim needs: its own code and every code scopeDistance() can relate to
// it (broad, minor and major groups, HC for 29/31, all occupations, and broad-group siblings or
// members). Tested against scopeDistance over every code, so the two never drift apart.

const broadOf = (soc: string) => `${soc.slice(0, 6)}0`;
const minorOf = (soc: string) => `${soc.slice(0, 5)}00`;
const majorOf = (soc: string) => `${soc.slice(0, 2)}-0000`;
const SOC = /^\d\d-\d{4}$/;

const isDetailed = (soc: string) => SOC.test(soc) && !soc.endsWith('0');
const isBroad = (soc: string) => SOC.test(soc) && soc.endsWith('0') && !soc.endsWith('00');
const isMajor = (soc: string) => SOC.test(soc) && soc.endsWith('0000');

/** The codes (among `available`) whose figures a claim stating `scope` can be compared with. */
export function relatedCodes(scope: string, available: readonly string[]): string[] {
	if (scope === '') return [];
	const want = new Set<string>([scope, '00-0000']);
	if (scope === 'HC') {
		want.add('29-0000');
		want.add('31-0000');
	} else if (scope === '00-0000') {
		for (const c of available) if (isMajor(c) || c === 'HC') want.add(c);
	} else if (SOC.test(scope)) {
		want.add(majorOf(scope));
		if (!scope.endsWith('00')) want.add(minorOf(scope));
		if (isDetailed(scope)) want.add(broadOf(scope));
		if (scope.startsWith('29-') || scope.startsWith('31-')) want.add('HC');
		if (isDetailed(scope))
			for (const c of available) if (isDetailed(c) && broadOf(c) === broadOf(scope)) want.add(c);
		if (isBroad(scope))
			for (const c of available) if (c !== scope && broadOf(c) === scope) want.add(c);
	}
	const have = new Set(available);
	return [...want].filter((c) => have.has(c)).sort();
}
