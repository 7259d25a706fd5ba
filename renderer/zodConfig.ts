import { z } from 'zod';

// zod's fast path compiles parsers with `new Function`; under the app's CSP
// (no 'unsafe-eval') even its feature probe is reported as a violation.
z.config({ jitless: true });
