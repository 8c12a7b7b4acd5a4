/**
 * The one way to shorten text shown to people, on whole characters as a reader sees them
 * (grapheme clusters, Intl.Segmenter): a cut never splits a surrogate pair, an emoji sequence
 * (👩‍💻, 🇨🇭, 👍🏽) or a letter from its accents. Lengths are UTF-16 code units, as Slack and
 * Discord count their limits and as String.length counts, so a shortened text always fits.
 */

const ELLIPSIS = '…';

/** One segmenter for the process: building one costs far more than using it. */
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Whether a boundary at `i` follows from the two code units around it alone: both ASCII (but not CR LF). */
function plainBoundary(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  const at = text.charCodeAt(i);
  return before < 0x7f && at < 0x7f && !(before === 0x0d && at === 0x0a);
}

/** How far back a cut looks for a plain boundary to start segmenting from (else from the start). */
const LOOK_BACK = 64;

/** The largest grapheme boundary at or before `index` (0 ≤ result ≤ index). */
export function graphemeBoundary(text: string, index: number): number {
  if (index <= 0) return 0;
  if (index >= text.length) return text.length;
  if (plainBoundary(text, index)) return index;
  // Whether `index` is a boundary depends only on what precedes it (and the code unit at it), so
  // segmenting can start at any known boundary before it: the cost stays small for long texts.
  let start = index - 1;
  while (start > 0 && start > index - LOOK_BACK && !plainBoundary(text, start)) start--;
  if (start > 0 && !plainBoundary(text, start)) start = 0;
  const window = text.slice(start, index + 2);
  return start + (graphemes.segment(window).containing(index - start)?.index ?? index - start);
}

/**
 * `text` if it is at most `max` code units long; else its longest prefix of whole characters
 * that fits with `ellipsis` after it (default "…"; pass "" to cut without one).
 */
export function shorten(text: string, max: number, ellipsis: string = ELLIPSIS): string {
  if (text.length <= max) return text;
  const room = Math.max(0, max - ellipsis.length);
  return `${text.slice(0, graphemeBoundary(text, room))}${ellipsis}`;
}

/** Lone UTF-16 surrogates (which no encoder can send) replaced by U+FFFD, so input echoed back is always valid text. */
export function wellFormed(text: string): string {
  return LONE_SURROGATE.test(text) ? text.replace(LONE_SURROGATE_ALL, '\uFFFD') : text;
}

// With the u flag a paired surrogate is one code point, so \p{Cs} matches only an unpaired one.
const LONE_SURROGATE = /\p{Cs}/u;
const LONE_SURROGATE_ALL = /\p{Cs}/gu;
