// The two BLS files the soc import reads, with the GitHub copy each was taken from (as
// ../shared/soc/README.md records it) and the official release it reproduces.
import type { SharedInput } from './inputSource';

const BLS = 'U.S. Bureau of Labor Statistics';
const CONVERTED =
	'Read from the shared CSV conversion of the first sheet (banner lines and blank rows dropped, cells as is).';

export const SOC_STRUCTURE: SharedInput = {
	source_id: 'soc:structure-2018',
	file: 'soc_structure_2018.csv',
	copy: {
		owner: 'zapplecat',
		repo: 'vinlander',
		commit: '11761830842305cdedbba7dfd50ae1afb55fa2d8',
		path: 'data/soc_structure_2018.xlsx'
	},
	vintage: 'SOC 2018 (November 2017 final structure)',
	published: '2017-11',
	original: {
		publisher: BLS,
		title: '2018 Standard Occupational Classification structure (soc_structure_2018.xlsx)',
		url: 'https://www.bls.gov/soc/2018/'
	},
	note: `Git blob hash checked against the repository (README); the same blob is in butterswords/xai-bias-word-lists. ${CONVERTED} Parents are taken from the sheet's nesting, not from code digits.`
};

export const SOC_CROSSWALK: SharedInput = {
	source_id: 'soc:crosswalk-2010-2018',
	file: 'soc_2010_to_2018_crosswalk.csv',
	copy: {
		owner: 'theis188',
		repo: 'us-jobs-data',
		commit: 'c8d6ade6f007f5b3d546d6b4857b160fdd0405ce',
		path: 'soc_2010_to_2018_crosswalk.xlsx'
	},
	vintage: 'SOC 2010 to SOC 2018 crosswalk (November 2017)',
	published: '2017-11',
	original: {
		publisher: BLS,
		title:
			'2010 SOC to 2018 SOC crosswalk (soc_2010_to_2018_crosswalk.xlsx, sheet "Sorted by 2010")',
		url: 'https://www.bls.gov/soc/2018/soc_2010_to_2018_crosswalk.xlsx'
	},
	note: `Byte-identical to the bls.gov file (size and md5 per the README). ${CONVERTED} The (#)/(##) split and merge markers are dropped from titles.`
};
