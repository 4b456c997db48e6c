import { describe as group, expect, it } from 'vitest';
import { safeHref } from '$lib/core/format/safeHref';

group('safeHref', () => {
	it('returns http and https URLs unchanged', () => {
		expect(safeHref('https://www.bls.gov/emp/')).toBe('https://www.bls.gov/emp/');
		expect(safeHref('http://example.com/a?b=c#d')).toBe('http://example.com/a?b=c#d');
		expect(safeHref('HTTPS://WWW.BLS.GOV/')).toBe('HTTPS://WWW.BLS.GOV/');
	});

	it('rejects javascript: in any case', () => {
		expect(safeHref('javascript:alert(1)')).toBeNull();
		expect(safeHref('JaVaScRiPt:alert(1)')).toBeNull();
	});

	it('rejects data:, vbscript:, file: and mailto:', () => {
		expect(safeHref('data:text/html,<script>alert(1)</script>')).toBeNull();
		expect(safeHref('vbscript:msgbox(1)')).toBeNull();
		expect(safeHref('file:///etc/passwd')).toBeNull();
		expect(safeHref('mailto:a@b.c')).toBeNull();
	});

	it('rejects whitespace and control-character tricks', () => {
		expect(safeHref(' javascript:alert(1)')).toBeNull();
		expect(safeHref('\tjavascript:alert(1)')).toBeNull();
		expect(safeHref('java\nscript:alert(1)')).toBeNull();
		expect(safeHref('java\tscript:alert(1)')).toBeNull();
		expect(safeHref('\u0000javascript:alert(1)')).toBeNull();
		expect(safeHref(' https://www.bls.gov/')).toBeNull();
		expect(safeHref('https://www.bls.gov/ ')).toBeNull();
	});

	it('rejects relative, protocol-relative, empty and missing values', () => {
		expect(safeHref('/claims')).toBeNull();
		expect(safeHref('//evil.example')).toBeNull();
		expect(safeHref('')).toBeNull();
		expect(safeHref(null)).toBeNull();
		expect(safeHref(undefined)).toBeNull();
	});
});
