// The result schema version this code reads; kept apart so that ./index.js needs no import of
// the wasm glue (a page that starts its worker early loads only index.js and this file first).

/** The result schema this code understands. */
export const SCHEMA_VERSION = 1;
