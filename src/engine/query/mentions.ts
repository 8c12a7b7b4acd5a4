/** The word filter every list shares: "about pki" keeps the items whose text holds those words. */
import { stem } from '../../text/index.js';

/** Every word (in normal form) starts a word of the text's title or names, plurals stemmed on both sides ("services" finds "service"). */
export function mentions(entry: { title: string | null; names: readonly string[] }, words: string | undefined): boolean {
  if (!words) return true;
  const hay = ` ${[entry.title ?? '', ...entry.names]
    .join(' ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .map(stem)
    .join(' ')} `;
  return words.split(' ').every((w) => hay.includes(` ${stem(w)}`));
}
