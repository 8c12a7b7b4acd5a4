/**
 * The one text module: normal form, words, stems, stop words and edit distance, shared by the
 * question parser (src/engine/query) and the search (src/dataset/search.ts), so both agree on what a word is.
 */
export { editDistance } from './distance.js';
export { fold, nameKey, normalise } from './normalise.js';
export { STOP_WORDS } from './stopwords.js';
export { firstAtLeast, stem, termsOf, tokenise, words } from './words.js';
export { graphemeBoundary, shorten, wellFormed } from './shorten.js';
