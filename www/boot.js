// Starts the page's analyzer (its worker and the wasm download) as early as possible: this module
// has a two-file graph and is listed before app.js, so it runs while app.js's larger graph is
// still loading. app.js imports the same instance.

import { createAnalyzer } from './lib/index.js';

export const analyzer = createAnalyzer();
