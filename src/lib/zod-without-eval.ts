// The app's CSP allows no eval (`script-src 'self'`). zod 4 probes `new Function` the first time
// it parses an object, and the browser reports that probe as a CSP violation even though zod
// catches the error. In `jitless` mode zod interprets its schemas and never tries.
import { config } from 'zod/v4/core';

config({ jitless: true });
