/**
 * Words → raw option record, generated from a command's option list: positional options in
 * order, a `rest` option takes the remaining words. Commands with keyword syntax
 * (subscribe … lead 7d tz Europe/Zurich) supply their own `parseWords`.
 */
import type { OptionSpec } from './command.js';

export function wordsToOptions(options: readonly OptionSpec[], words: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let i = 0;
  for (const option of options) {
    if (i >= words.length) break;
    if (option.rest) {
      out[option.name] = words.slice(i).join(' ');
      i = words.length;
    } else {
      out[option.name] = words[i++];
    }
  }
  if (i < words.length) out._extra = words.slice(i);
  return out;
}

/** Split text into words, keeping "quoted phrases" together. */
export function splitWords(text: string): string[] {
  // Most text has no quotes: then words are the whitespace-separated runs (what the regex below
  // yields too), found without it. Runs on every request, twice on Slack's command path.
  if (text.indexOf('"') === -1 && text.indexOf("'") === -1) {
    const trimmed = text.trim();
    return trimmed === '' ? [] : trimmed.split(/\s+/);
  }
  const words: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (const m of text.matchAll(re)) words.push(m[1] ?? m[2] ?? m[3] ?? '');
  return words.filter((w) => w.length > 0);
}
