// Data only: US state (and DC) names and their two-letter codes, for a claim's geography.

export const STATE_PHRASES: readonly { phrase: string; code: string }[] = [
	{ phrase: 'Alabama', code: 'AL' }, { phrase: 'Alaska', code: 'AK' }, { phrase: 'Arizona', code: 'AZ' },
	{ phrase: 'Arkansas', code: 'AR' }, { phrase: 'California', code: 'CA' }, { phrase: 'Colorado', code: 'CO' },
	{ phrase: 'Connecticut', code: 'CT' }, { phrase: 'Delaware', code: 'DE' }, { phrase: 'Florida', code: 'FL' },
	{ phrase: 'Georgia', code: 'GA' }, { phrase: 'Hawaii', code: 'HI' }, { phrase: 'Idaho', code: 'ID' },
	{ phrase: 'Illinois', code: 'IL' }, { phrase: 'Indiana', code: 'IN' }, { phrase: 'Iowa', code: 'IA' },
	{ phrase: 'Kansas', code: 'KS' }, { phrase: 'Kentucky', code: 'KY' }, { phrase: 'Louisiana', code: 'LA' },
	{ phrase: 'Maine', code: 'ME' }, { phrase: 'Maryland', code: 'MD' }, { phrase: 'Massachusetts', code: 'MA' },
	{ phrase: 'Michigan', code: 'MI' }, { phrase: 'Minnesota', code: 'MN' }, { phrase: 'Mississippi', code: 'MS' },
	{ phrase: 'Missouri', code: 'MO' }, { phrase: 'Montana', code: 'MT' }, { phrase: 'Nebraska', code: 'NE' },
	{ phrase: 'Nevada', code: 'NV' }, { phrase: 'New Hampshire', code: 'NH' }, { phrase: 'New Jersey', code: 'NJ' },
	{ phrase: 'New Mexico', code: 'NM' }, { phrase: 'New York', code: 'NY' }, { phrase: 'North Carolina', code: 'NC' },
	{ phrase: 'North Dakota', code: 'ND' }, { phrase: 'Ohio', code: 'OH' }, { phrase: 'Oklahoma', code: 'OK' },
	{ phrase: 'Oregon', code: 'OR' }, { phrase: 'Pennsylvania', code: 'PA' }, { phrase: 'Rhode Island', code: 'RI' },
	{ phrase: 'South Carolina', code: 'SC' }, { phrase: 'South Dakota', code: 'SD' }, { phrase: 'Tennessee', code: 'TN' },
	{ phrase: 'Texas', code: 'TX' }, { phrase: 'Utah', code: 'UT' }, { phrase: 'Vermont', code: 'VT' },
	{ phrase: 'Virginia', code: 'VA' }, { phrase: 'West Virginia', code: 'WV' }, { phrase: 'Washington', code: 'WA' },
	{ phrase: 'Washington State', code: 'WA' }, { phrase: 'Wisconsin', code: 'WI' }, { phrase: 'Wyoming', code: 'WY' },
	{ phrase: 'District of Columbia', code: 'DC' }, { phrase: 'Washington, D.C.', code: 'DC' }, { phrase: 'Washington, DC', code: 'DC' },
	{ phrase: 'Washington D.C.', code: 'DC' }
];
