// The page's first script: it starts the checker (checker.js) before the
// page's own, larger script (app.js) has arrived, so that the engine is
// fetched, compiled and initialised while the page sets up the editor.

import { startChecker } from './checker.js';

startChecker();
