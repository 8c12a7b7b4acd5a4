/**
 * Text as people type it, brought to one form before anything reads it: the parser, the search
 * index, names and keys all call these, so "Ｘ.１７１６", "quántum" and a word with a zero-width
 * space in it mean what they look like.
 */

/** Plain printable ASCII (what is nearly always typed) is already in the folded form. */
const PLAIN = /^[\x20-\x7e\t\n\r]*$/;
/**
 * Zero-width and other format characters (ZWSP, ZWJ, BOM, soft hyphen, bidi marks) and fillers that show nothing —
 * but not the ZWJ inside an emoji sequence (👩‍💻), which would split it into two when the text is echoed.
 */
const INVISIBLE =
  /(?!\u200d)\p{Cf}|(?<!\p{Extended_Pictographic}[\u{1f3fb}-\u{1f3ff}\ufe0f]?)\u200d|\u200d(?!\p{Extended_Pictographic})|\u034f|[\u115f\u1160\u180e\u3164\uffa0]/gu;
/** Combining accents, after decomposition: "á" → "a" + U+0301 → "a" (not the keycap U+20E3 of 1️⃣, which is no accent). */
const ACCENTS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20e2\u20e4-\u20ff\ufe20-\ufe2f]/g;
/**
 * Marks with no letter to sit on: at the start or after a space. Compatibility forms can decompose
 * into a space and marks (the isolated Arabic ligature ﱞ is " ٌّ"); left alone, they would be
 * echoed back as a broken character.
 */
const ORPHAN_MARKS = /(^|\s)\p{M}+/gu;
/** Dots that look like a full stop (middle dot, one-dot leader, katakana and ideographic dots). */
const DOTS = /[\u00b7\u0387\u2024\u2027\u2219\u22c5\u30fb\uff65\u3002\uff61\u2e31]/g;
/** Hyphens, dashes and minus signs. */
const DASHES = /[\u2010-\u2015\u2043\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d]/g;
/** Quotes and primes that stand for an apostrophe. */
const APOSTROPHES = /[\u2018\u2019\u201b\u02bc\u2032\uff07]/g;
/** Latin letters that do not decompose into a base letter and an accent. */
const LETTERS: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i' };
const OTHER_LETTERS = /[ßæÆœŒøØłŁđĐı]/g;

/**
 * One form for any text: Unicode NFKC (full-width and compatibility forms to their plain letters),
 * accents folded ("quántum" → "quantum"), invisible format characters dropped, look-alike dots,
 * dashes and apostrophes mapped to ".", "-" and "'". Case is kept (an acronym's capitals mean something).
 */
export function fold(text: string): string {
  if (PLAIN.test(text)) return text;
  return text
    .replace(INVISIBLE, '')
    .normalize('NFKD')
    .replace(ACCENTS, '')
    .normalize('NFKC')
    .replace(ORPHAN_MARKS, '$1')
    .replace(OTHER_LETTERS, (c) => LETTERS[c] ?? c)
    .replace(DOTS, '.')
    .replace(DASHES, '-')
    .replace(APOSTROPHES, "'");
}

const NO_APOSTROPHE_NOT = /\b(did|do|does|was|were|is|are|has|have|had|could|should|would|wo|ca)nt\b/g;

/**
 * A question as words: folded, lower case, "what's" → "what is", "n't" → " not", anything but
 * letters a–z and digits → one space, trimmed.
 */
export function normalise(text: string): string {
  let t = fold(text).toLowerCase();
  // Most text holds no apostrophe: then only the last two steps can change it.
  if (/['`]/.test(t)) {
    t = t
      .replace(/`/g, "'")
      .replace(/\bwhat's\b/g, 'what is')
      .replace(/\bwhats\b/g, 'what is')
      .replace(/(\w)'s\b/g, '$1 is')
      .replace(/\bcan't\b/g, 'can not')
      .replace(/\bwon't\b/g, 'will not')
      .replace(/n't\b/g, ' not')
      .replace(/'/g, '');
  } else if (t.includes('whats')) t = t.replace(/\bwhats\b/g, 'what is');
  // The same contractions typed without the apostrophe ("didnt", "wasnt", "hasnt"): only after these
  // verbs, so no other word ending in "nt" (amendment, agreement, current) is touched.
  if (t.includes('nt')) t = t.replace(NO_APOSTROPHE_NOT, (_all, verb: string) => (verb === 'wo' ? 'will not' : verb === 'ca' ? 'can not' : `${verb} not`));
  // The number sign before "of" is the word ("# of recs approved" counts): else it is dropped as any symbol.
  if (t.includes('#')) t = t.replace(/#\s*of\b/g, 'number of');
  return t.replace(/[^a-z0-9]+/g, ' ').trim();
}

/** "X.sec_QKDN_AA", "x sec qkdn aa", "ITU-T X.1716", "Ｘ.１７１６" → comparable keys ("xsecqkdnaa", "x1716"). */
export function nameKey(text: string): string {
  // Plain ASCII's letters and digits are [a-z0-9] once lower-cased: the cheaper test for what is nearly always typed.
  const key = PLAIN.test(text)
    ? text.toLowerCase().replace(/[^a-z0-9]/g, '')
    : fold(text)
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]/gu, '');
  return key.startsWith('itut') && key.length > 4 ? key.slice(4) : key;
}
