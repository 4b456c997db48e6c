// The one normalisation rule shared by data/titles.csv and the recognizer.
import { describe, expect, it } from 'vitest';
import { titleNormal } from '../../../src/lib/core/schema/titleNormal';
import { isAbbreviation } from '../../../src/cli/import/titles/isAbbreviation';

describe('titleNormal', () => {
	it('lower-cases, folds punctuation and hyphens to spaces and collapses whitespace', () => {
		expect(titleNormal('Med-Surg RN')).toBe('med surg rn');
		expect(titleNormal('  OB/GYN   Nurse ')).toBe('ob gyn nurse');
		expect(titleNormal('Pediatricians, General')).toBe('pediatricians general');
		expect(titleNormal("Maitre D' (Maitre d'hotel)")).toBe('maitre d maitre d hotel');
		expect(titleNormal('Boiler Operator\u00a0')).toBe('boiler operator');
	});

	it('drops accents and folds compatibility characters', () => {
		expect(titleNormal('Café Manager')).toBe('cafe manager');
		expect(titleNormal('ﬁeld ＴＥＣＨ')).toBe('field tech');
	});

	it('leaves nothing for a title without letters or digits', () => {
		expect(titleNormal(' - ')).toBe('');
	});
});

describe('isAbbreviation', () => {
	it('accepts acronyms and contractions of the long form', () => {
		expect(isAbbreviation('MLT', 'Medical Laboratory Technician')).toBe(true);
		expect(isAbbreviation('Lab Tech', 'Laboratory Technician')).toBe(true);
		expect(isAbbreviation('Ops Analyst', 'Operations Analyst')).toBe(true);
		expect(isAbbreviation('Hazmat Driver', 'Hazardous Materials Driver')).toBe(true);
		expect(isAbbreviation('3D Artist', 'Three-Dimensional Artist')).toBe(true);
	});

	it('refuses variants that are not abbreviations', () => {
		expect(isAbbreviation('Crime Analyst', 'Criminal Analyst')).toBe(false);
		expect(isAbbreviation('Phone Operator', 'Telephone Operator')).toBe(false);
		expect(isAbbreviation('Lash Artist', 'Eyelash Artist')).toBe(false);
	});
});
