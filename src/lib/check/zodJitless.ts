// zod compiles object parsers with `new Function` unless told not to. The site's CSP forbids eval,
// and Chromium reports even zod's caught probe as a CSP violation. Import this module before any
// schema parses in the browser (the /check page and the upload worker).
import { z } from 'zod';

z.config({ jitless: true });
