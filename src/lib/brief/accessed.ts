// The date the data in data/ was imported from the shared copies (npm run import): the "accessed"
// date of every reference and the brief's "as of" date. A constant, so builds and tests are
// reproducible; update it when the data is re-imported.
export const BRIEF_ACCESSED = '2026-11-21';
