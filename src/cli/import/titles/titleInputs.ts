// The title lists the titles import reads, with the GitHub copy of each (as the shared folders'
// READMEs record them) and the official release it reproduces. O*NET rows carry the CC BY 4.0
// attribution that ../shared/onet/README.md asks for.
import type { SharedInput } from '../soc/inputSource';
import { SOC_STRUCTURE } from '../soc/socInputs';

const BLS = 'U.S. Bureau of Labor Statistics';
const ONET = 'National Center for O*NET Development (O*NET Resource Center) for USDOL/ETA';
const ONET_URL = 'https://www.onetcenter.org/database.html';
const CONVERTED = 'Read from the shared CSV conversion of the first sheet.';
const attribution = (version: string) =>
	`This product includes information from the O*NET ${version} Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET(R) is a trademark of USDOL/ETA. Labor Ledger has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications.`;

/** The structure's detailed titles, cited in their role as titles. */
export const SOC_TITLES: SharedInput = {
	...SOC_STRUCTURE,
	source_id: 'titles:soc18',
	note: `${CONVERTED} Detailed occupation titles only (group titles are in soc.csv).`
};

export const SOC_DIRECT_MATCH: SharedInput = {
	source_id: 'titles:soc18-dm',
	file: 'soc_2018_direct_match_title_file.csv',
	copy: {
		owner: 'butterswords',
		repo: 'xai-bias-word-lists',
		commit: '6e8b898ca6b79d87be2916cae533e48d8ac3a07f',
		path: 'Professions/soc_2018_direct_match_title_file.xlsx'
	},
	vintage: 'SOC 2018 direct match title file (updated April 15, 2020)',
	published: '2020-04-15',
	original: {
		publisher: BLS,
		title: '2018 SOC Direct Match Title File (soc_2018_direct_match_title_file.xlsx)',
		url: 'https://www.bls.gov/soc/2018/'
	},
	note: `The repo owner removed the BLS banner rows; content matches two other copies (README). ${CONVERTED} The Illustrative Example flag is not imported.`
};

export const ONET_OCCUPATIONS: SharedInput = {
	source_id: 'titles:onet30',
	file: 'Occupation Data.txt',
	copy: {
		owner: 'trchitho',
		repo: 'AI-Based-Career-Recommendation-System',
		commit: '5457e2067045f3eb8d77308a2fd5b2f705991651',
		path: 'packages/ai-core/data/raw/onet/Occupation Data.txt'
	},
	vintage: 'O*NET 30.0 Database',
	published: '',
	original: { publisher: ONET, title: 'O*NET 30.0 Database: Occupation Data', url: ONET_URL },
	note: `Native tab text, blob checked; the 30.0 label is inferred (README). Titles only. ${attribution('30.0')}`
};

export const ONET_ALTERNATES: SharedInput = {
	...ONET_OCCUPATIONS,
	source_id: 'titles:onet30-alt',
	file: 'Alternate Titles.txt',
	copy: { ...ONET_OCCUPATIONS.copy, path: 'packages/ai-core/data/raw/onet/Alternate Titles.txt' },
	original: { publisher: ONET, title: 'O*NET 30.0 Database: Alternate Titles', url: ONET_URL },
	note: `Native tab text, blob checked; the 30.0 label is inferred (README). Short titles kept when abbreviations; "Long (Short)" split in two. ${attribution('30.0')}`
};

export const ONET_REPORTED: SharedInput = {
	source_id: 'titles:onet29-rep',
	file: 'Sample of Reported Titles.csv',
	copy: {
		owner: 'eugene-maina72',
		repo: 'Phase_5_Capstone_Project-SmartPath',
		commit: '826ec4e0f0bc73ac117fcb7d38230ccb0b27519d',
		path: 'data/Sample of Reported Titles.xlsx'
	},
	vintage: 'O*NET 29.3 Database (May 2025 Release)',
	published: '2025-05',
	original: {
		publisher: ONET,
		title: 'O*NET 29.3 Database: Sample of Reported Titles',
		url: ONET_URL
	},
	note: `No 30.0 copy was found. ${CONVERTED} ${attribution('29.3')}`
};

export const CENSUS_INDEX: SharedInput = {
	source_id: 'titles:census22',
	file: 'Census-2022-Occupation-Index_Final.csv',
	copy: {
		owner: 'kavyaaagrawal',
		repo: 'Pay-Parity-Across-Demographics',
		commit: '2b64bccba25c80d5a17d68ba8d75fa28a9d34967',
		path: 'Census-2022-Occupation-Index_Final.xlsx'
	},
	vintage: '2022 Census Alphabetical Index of Occupations (2018 SOC codes)',
	published: '2024-09-12',
	original: {
		publisher: 'U.S. Census Bureau',
		title:
			'2022 Census Alphabetical Index of Occupations (Census-2022-Occupation-Index_Final.xlsx)',
		url: 'https://www2.census.gov/programs-surveys/demo/guidance/industry-occupation/'
	},
	note: `Blob checked; not re-saved by the repo owner (README). ${CONVERTED} Only titles without an industry restriction and with one detailed SOC code are imported.`
};
