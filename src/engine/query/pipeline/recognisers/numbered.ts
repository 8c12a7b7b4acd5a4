/**
 * Bare numbers after a negator, read by the dimension the noun before names: "consented recs from
 * questions other than 11 and 15" excludes Q11 and Q15; "all the supplements except 43" excludes
 * X.Suppl.43 (the noun still names the type asked). The nouns are ../lexicon/id-words.ts
 * `NUMBERED_NOUNS`; the negators are the one negation lexicon.
 */
import { NUMBERED_NOUNS, negatedNumbers, spell } from '../lexicon/id-words.js';
import type { Scan } from './scan.js';

export function recogniseNegatedNumbers(s: Scan): void {
  if (!s.digit || !s.negating) return;
  const re = negatedNumbers();
  re.lastIndex = 0;
  for (let m = re.exec(s.rest); m !== null; m = re.exec(s.rest)) {
    const noun = NUMBERED_NOUNS.get(m[1]!.toLowerCase())!;
    const numbersAt = m.index + m[0].length - m[3]!.length;
    const numbers = m[3]!.split(/\D+/).filter(Boolean).map(Number);
    if (noun.dimension === 'question') {
      for (const n of numbers) if (n >= 1 && n <= 99) s.notQuestions.push(spell.question(n));
      s.blank(m.index, m.index + m[0].length);
    } else {
      // The negator before them excludes them (./negated-ids.ts), and is blanked there.
      for (const n of numbers) s.found.push({ at: numbersAt, id: spell.bareSupplement(String(n)) });
      s.blank(numbersAt, numbersAt + m[3]!.length);
    }
  }
}
