/**
 * One scan of a question for identifiers: every recogniser that matches takes its spans out of
 * `rest` (blanked to the same length, so every later place stays put) and records them with
 * their place in the text. The excluding words before a span are read from those places.
 */
import { mayNegate } from '../../negation.js';
import type { Gazetteer } from '../gazetteer.js';

/** An id recognised at a place in the text. */
export interface IdSpan {
  readonly at: number;
  readonly id: string;
}

export class Scan {
  readonly found: IdSpan[] = [];
  readonly questions: string[] = [];
  /** Questions named after a word that excludes them ("all questions except q11", "amendments not from q11"). */
  readonly notQuestions: string[] = [];
  meeting: string | undefined;
  /** The text lower-cased: each pattern runs only if it holds a piece every match must contain. */
  readonly low: string;
  readonly digit: boolean;
  /** Most questions hold no negator: then nothing named in them is looked at for one. */
  readonly negating: boolean;
  rest: string;

  constructor(
    readonly text: string,
    readonly gazetteer: Gazetteer,
  ) {
    this.rest = text;
    this.low = text.toLowerCase();
    this.digit = /\d/.test(this.low);
    this.negating = mayNegate(text);
  }

  /** Every match of `re` becomes an id at its place in the text and is blanked out of `rest`. */
  take(re: RegExp, spell: (m: RegExpExecArray) => string): void {
    re.lastIndex = 0;
    let out = '';
    let last = 0;
    for (let m = re.exec(this.rest); m !== null; m = re.exec(this.rest)) {
      this.found.push({ at: m.index, id: spell(m) });
      out += this.rest.slice(last, m.index) + ' '.repeat(m[0].length);
      last = m.index + m[0].length;
    }
    if (last > 0) this.rest = out + this.rest.slice(last);
  }

  /** `rest` with the characters from `from` to `to` blanked. */
  blank(from: number, to: number): void {
    this.rest = this.rest.slice(0, from) + ' '.repeat(to - from) + this.rest.slice(to);
  }
}
