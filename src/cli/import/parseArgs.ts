// Command-line arguments of `npm run import -- <kind> <dir> [--out data] [...]`.

export const KINDS = [
	'bls-ep',
	'bls-oews',
	'reference',
	'crosswalk',
	'cpi',
	'completions',
	'soc',
	'titles',
	'all'
] as const;
export type Kind = (typeof KINDS)[number];

export type Args = {
	kind: Kind;
	dir: string;
	out: string;
	sourceUrl?: string;
	publisher?: string;
	oews?: string;
};

export const USAGE = `usage: npm run import -- <kind> <dir> [--out data] [--source-url URL --publisher NAME] [--oews DIR]
  kinds: bls-ep <dir>     every ep-*.csv in dir -> projections.csv, openings.csv, occupations.csv, sources.csv
         bls-oews <dir>   every oews-national-*.csv in dir -> wages.csv, sources.csv
         reference <dir>  official.csv, surveys.csv, claims.csv -> projections/openings/wages/retirement/claims/sources
         crosswalk <dir>  CIP2020_SOC2018_Crosswalk.csv -> crosswalk.csv, sources.csv
         cpi <dir>        cu.data.1.AllItems (CPI-U CUUR0000SA0) -> cpi.csv, sources.csv
         completions <file> awards by cip_code, year, award_level -> supply.csv, sources.csv (needs --source-url, --publisher)
         soc <dir>        soc_structure_2018.csv, soc_2010_to_2018_crosswalk.csv -> soc.csv, soc-changes.csv, sources.csv
         titles <shared>  SOC titles, O*NET titles, Census index (<shared>/soc, onet, census-index) + <out>/title-additions.csv -> titles.csv, sources.csv
         all <shared>     bls-ep, bls-oews, reference, crosswalk, cpi, soc and titles from the matching <shared>/ folders
  --out DIR         the data folder to write (default: data)
  --source-url URL  with --publisher: the source of an input file that has no README provenance row
  --oews DIR        bls-ep only: OEWS files to take group titles from (default: <dir>/../bls-oews)`;

const FLAGS: Record<string, keyof Args> = {
	'--out': 'out',
	'--source-url': 'sourceUrl',
	'--publisher': 'publisher',
	'--oews': 'oews'
};

export function parseArgs(argv: readonly string[]): Args {
	const positional: string[] = [];
	const flags: Partial<Args> = {};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		const [name, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
		if (!arg.startsWith('--')) positional.push(arg);
		else if (name! in FLAGS) {
			const value = inline ?? argv[++i];
			if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a value`);
			(flags as Record<string, string>)[FLAGS[name!]!] = value;
		} else throw new Error(`unknown option ${arg}`);
	}
	const [kind, dir, ...rest] = positional;
	if (!kind || !dir) throw new Error('a kind and a folder are required');
	if (rest.length > 0) throw new Error(`unexpected argument ${rest[0]}`);
	if (!(KINDS as readonly string[]).includes(kind))
		throw new Error(`unknown kind "${kind}" (one of: ${KINDS.join(', ')})`);
	if (!!flags.sourceUrl !== !!flags.publisher)
		throw new Error('--source-url and --publisher go together');
	return { kind: kind as Kind, dir, out: flags.out ?? 'data', ...flags } as Args;
}
