// Everything an article check runs, as one module the /check page loads on first use (focus on the
// article box, a file, or a click): a reader who only looks at the page downloads none of it.
import './zodJitless';

export { extractClaims, htmlToText } from '../core/extract';
export { ClaimSchema } from '../core/schema/claim';
export { checkClaims } from './checkClaims';
export { checksFile } from './exportChecks';
