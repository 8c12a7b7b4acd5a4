/**
 * Tokens: the text without chat markup, its first word, and its words in normal form with typos
 * mended by edit distance against the tables' own words (never against a word of the data). A
 * phrase span (./recognisers/phrases.ts) is a run of these words, by their places.
 */
import { editDistance, normalise as normalize } from '../../../text/index.js';
import { TIME_MEND_TARGETS } from '../time-words.js';
import { DEFINE_FILLER, NEGATORS, PHRASES, PLACE_ALIAS_WORDS, STOPWORDS } from '../words.js';
import type { Gazetteer } from './gazetteer.js';
import { CHAT_MARKUP, PLACE_PREPOSITIONS, SPLIT_SHORTHANDS, TYPO_EXTRA_WORDS } from './lexicon/parser-words.js';

/** One pass over the text for the characters every piece of chat markup holds. */
const CHAT_CUE = /[@:<]/;

/** `text` without chat markup; asked only when a character every piece of it holds is there. */
export function withoutChatMarkup(text: string): string {
  return CHAT_CUE.test(text) ? text.replace(CHAT_MARKUP, ' ') : text;
}

export function firstWordOf(text: string): string {
  return (/^\s*(\S*)/.exec(text)?.[1] ?? '').toLowerCase();
}

/** `text` without `piece` where it stands as whole words ("dec" out of "in dec", not out of "decisions"). */
export function cut(text: string, piece: string): string {
  for (let at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) {
    const end = at + piece.length;
    if (!/\w/.test(text[at - 1] ?? '') && !/\w/.test(text[end] ?? '')) return `${text.slice(0, at)} ${text.slice(end)}`;
  }
  return text.replace(piece, ' ');
}

/** The words of `text` in normal form, typos mended (a mended word may be two: "approvedtexts"). */
export function wordsOf(text: string, gazetteer: Gazetteer, commandWords: readonly string[]): string[] {
  const known = gazetteer.words;
  const venues = gazetteer.places.venueWords;
  const candidates = knownTableWords(commandWords);
  // A plain loop, not flatMap: this runs for every question.
  const words: string[] = [];
  for (const w of normalize(text).split(' ')) {
    if (!w) continue;
    const shorthand = SPLIT_SHORTHANDS.get(`${words.at(-1)} ${w}`);
    if (shorthand) {
      words[words.length - 1] = shorthand;
      continue;
    }
    if (PHRASES.has(w) || STOPWORDS.has(w) || NEGATORS.has(w) || DEFINE_FILLER.has(w) || known.has(w) || venues.has(w) || PLACE_ALIAS_WORDS.has(w))
      words.push(w);
    // A word that begins a word of the data is a topic cut short ("telecom"), not a slip of a table word ("telco").
    else if (w.length >= 5 && gazetteer.beginsWord(w)) words.push(w);
    else {
      // A slip of a table word first; else of a place the data holds ("stokholm").
      // After "in"/"at" an unknown word is a place: there a short one is mended too ("in soel" → "in seoul").
      const afterPreposition = PLACE_PREPOSITIONS.has(words[words.length - 1] ?? '');
      const mended = mend(w, candidates) ?? placeSlip(w, gazetteer, afterPreposition);
      if (mended === undefined) words.push(w);
      else for (const piece of mended.split(' ')) words.push(piece);
    }
  }
  return words;
}

/** The shortest word mended towards a place or a time word: a shorter one is too easily another word. */
const PLACE_MEND_LENGTH = 6;

/** The shortest word mended towards a place where a place is expected (after "in"/"at"). */
const SHORT_PLACE_LENGTH = 4;

/**
 * The one place of the data `word` is a slip of, by how fingers slip and how long the word is: a letter
 * doubled or a double made single at any length from four letters ("pariss", "parris", "stockhollm"); one
 * slip of any kind from six letters, two from seven ("stokholm"); where a place is expected (after
 * "in"/"at") a swap of neighbours from four ("in soel"). A letter only dropped from a short place ("genva")
 * or changed ("parks") is too easily another word.
 */
function placeSlip(word: string, gazetteer: Gazetteer, afterPreposition: boolean): string | undefined {
  if (word.length < SHORT_PLACE_LENGTH || /[^a-z]/.test(word)) return undefined;
  const short = placeTargets(gazetteer, SHORT_PLACE_LENGTH);
  const doubled = short.filter((place) => oneDoubled(word, place) || oneDoubled(place, word));
  if (doubled.length === 1) return doubled[0];
  return nearest(word, placeTargets(gazetteer), PLACE_MEND_LENGTH) ?? (afterPreposition ? swappedPlace(word, short) : undefined);
}

/** Whether `long` is `short` with one of its letters written twice ("pariss" of "paris"). */
function oneDoubled(long: string, short: string): boolean {
  if (long.length !== short.length + 1) return false;
  for (let i = 1; i < long.length; i++) if (long[i] === long[i - 1] && long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/**
 * The one place a short word is a slip of when the slip is a swap of neighbours, a letter of the place
 * perhaps dropped too ("soel" for "seoul", "prais" for "paris"): a letter only dropped ("genva") is too
 * easily another short word, a swap is how fingers slip.
 */
function swappedPlace(word: string, targets: readonly string[]): string | undefined {
  if (word.length < SHORT_PLACE_LENGTH || /[^a-z]/.test(word)) return undefined;
  const found = targets.filter((place) => place !== word && swapOf(word, place));
  return found.length === 1 ? found[0] : undefined;
}

/** Whether `word` is `place`, or `place` with one letter dropped, with two neighbouring letters swapped. */
function swapOf(word: string, place: string): boolean {
  if (place.length === word.length) return oneSwap(word, place);
  if (place.length !== word.length + 1) return false;
  const dropped = [...place].map((_, i) => place.slice(0, i) + place.slice(i + 1));
  // A letter only dropped is no swap, however the letters repeat ("genva" is "geneva" less one "e").
  return !dropped.includes(word) && dropped.some((d) => oneSwap(word, d));
}

function oneSwap(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Places of the data and their other names, `minLength` letters or more: what a slip of a place is mended towards. */
const placeTargetsOf = new WeakMap<Gazetteer, Map<number, readonly string[]>>();
function placeTargets(gazetteer: Gazetteer, minLength = PLACE_MEND_LENGTH): readonly string[] {
  let byLength = placeTargetsOf.get(gazetteer);
  if (!byLength) {
    byLength = new Map();
    placeTargetsOf.set(gazetteer, byLength);
  }
  let targets = byLength.get(minLength);
  if (!targets) {
    const { venueWords, meetingPlaceWords } = gazetteer.places;
    targets = [...new Set([...venueWords, ...meetingPlaceWords, ...PLACE_ALIAS_WORDS])].filter((w) => w.length >= minLength);
    byLength.set(minLength, targets);
  }
  return targets;
}

/**
 * The one target `word` is a slip of (one slip to seven letters, two from seven, transpositions one),
 * when it is at least `minLength` letters and no known word; undefined when none or two are as near.
 */
function nearest(word: string, targets: readonly string[], minLength: number): string | undefined {
  if (word.length < minLength || /[^a-z]/.test(word)) return undefined;
  const budget = word.length >= 7 ? 2 : 1;
  let best: string | undefined;
  let bestD = budget + 1;
  let tie = false;
  for (const t of targets) {
    if (t === word) return undefined;
    if (Math.abs(t.length - word.length) > budget || t[0] !== word[0]) continue;
    const d = editDistance(word, t);
    if (d < bestD) [best, bestD, tie] = [t, d, false];
    else if (d === bestD) tie = true;
  }
  return tie ? undefined : best;
}

/**
 * `lower` with slips of the time words mended ("rgms in januray" → "in january"), before any window
 * is read: otherwise the slip is a word after "in", which reads as a place. A word the tables or the
 * data know is never mended.
 */
export function mendTimeWords(lower: string, gazetteer: Gazetteer): string {
  return lower.replace(/[a-z]{6,}/g, (w) => {
    if (PHRASES.has(w) || STOPWORDS.has(w) || gazetteer.words.has(w)) return w;
    return nearest(w, TIME_MEND_TARGETS, PLACE_MEND_LENGTH) ?? w;
  });
}

/** Whether `word` is a slip of one of `targets` (one slip in 5–6 letters, two from 7, as the mender allows) and not a target itself. */
export function slipOf(word: string, targets: Iterable<string>): boolean {
  if (word.length < 5) return false;
  const budget = word.length >= 7 ? 2 : 1;
  for (const t of targets) {
    if (t === word) return false;
    if (t.length >= 5 && Math.abs(t.length - word.length) <= budget && editDistance(word, t) <= budget) return true;
  }
  return false;
}

/** Every single word of the tables and command words: what a typo is mended towards. */
let tableWords: readonly string[] | undefined;
function knownTableWords(commandWords: readonly string[]): readonly string[] {
  tableWords ??= [...new Set([...[...PHRASES.keys()].flatMap((p) => p.split(' ')), ...commandWords, ...DEFINE_FILLER, ...TYPO_EXTRA_WORDS])].filter((w) =>
    /^[a-z]{4,}$/.test(w),
  );
  return tableWords;
}

/** One slip per word of 5–6 letters, two from 7 (transpositions count as one); shorter words are too easily another word. Unique best only. */
const mended = new Map<string, string | null>();
const MENDED_KEPT = 5000;

/** `mendWord`, remembered: the same words come back in question after question. */
function mend(word: string, candidates: readonly string[]): string | undefined {
  let result = mended.get(word);
  if (result === undefined) {
    result = mendWord(word, candidates) ?? null;
    if (mended.size >= MENDED_KEPT) mended.clear();
    mended.set(word, result);
  }
  return result ?? undefined;
}

function mendWord(word: string, candidates: readonly string[]): string | undefined {
  if (word.length < 5 || /\d/.test(word)) return undefined;
  const budget = word.length >= 7 ? 2 : 1;
  let best: string | undefined;
  let bestD = budget + 1;
  let tie = false;
  for (const c of candidates) {
    if (Math.abs(c.length - word.length) > budget || (c[0] !== word[0] && c[1] !== word[1])) continue;
    const d = editDistance(word, c);
    if (d < bestD) {
      best = c;
      bestD = d;
      tie = false;
    } else if (d === bestD && c !== best && JSON.stringify(PHRASES.get(c)) !== JSON.stringify(PHRASES.get(best!))) tie = true;
  }
  return best && !tie ? best : split(word);
}

/** Words of the tables a run-together word may be made of ("approvedtexts", "newworkitems"). */
let pieceWords: ReadonlySet<string> | undefined;

/**
 * A word run together from two or three words of the tables, at least one a phrase of its own
 * ("approvedtexts" → "approved texts", "rapporteurgroup" → "rapporteur group"); pieces of two
 * letters or more. Reached only for a word nothing else knows, and remembered by `mend`.
 */
function split(word: string, depth = 0): string | undefined {
  if (word.length < 7 && depth === 0) return undefined;
  pieceWords ??= new Set([...[...PHRASES.keys()].flatMap((p) => p.split(' ')), ...STOPWORDS]);
  for (let i = word.length - 2; i >= 2; i--) {
    const head = word.slice(0, i);
    if (!pieceWords.has(head)) continue;
    const tail = word.slice(i);
    const rest = pieceWords.has(tail) ? tail : depth < 1 ? split(tail, depth + 1) : undefined;
    if (!rest) continue;
    const joined = `${head} ${rest}`;
    if (depth > 0 || PHRASES.has(joined) || joined.split(' ').some((w) => PHRASES.has(w))) return joined;
  }
  return undefined;
}
