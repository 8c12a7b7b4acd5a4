/** The commands a text that was not understood most likely meant. */
import { editDistance } from '../../../text/index.js';
import { DEFAULT_SUGGESTIONS } from './lexicon/parser-words.js';

/** Three commands a confused text most likely meant: typos of command words first. */
export function nearestCommands(words: readonly string[], commandWords: readonly string[]): string[] {
  const scored: { cmd: string; d: number }[] = [];
  for (const cmd of commandWords) {
    let best = 99;
    for (const w of words) {
      if (w.length < 2) continue;
      const d = editDistance(w, cmd) + (w.startsWith(cmd) || cmd.startsWith(w) ? -1 : 0);
      if (d < best) best = d;
    }
    if (best <= Math.min(2, Math.floor(cmd.length / 3) + 1)) scored.push({ cmd, d: best });
  }
  scored.sort((a, b) => a.d - b.d || a.cmd.localeCompare(b.cmd));
  const out = [...new Set(scored.map((s) => s.cmd))];
  for (const d of DEFAULT_SUGGESTIONS) if (out.length < 3 && !out.includes(d)) out.push(d);
  return out.slice(0, 3);
}
