/**
 * zod pieces for command parameters, with messages a chat user can act on.
 * Raw values come from words (always strings) or from Discord options.
 */
import { z } from 'zod';
import { shorten } from '../text/shorten.js';

/** "q11", "Q11", "11", "Q11/17", "11/17", "Q 11" → "Q11/17". */
export function normaliseQuestion(text: string): string | null {
  const m = /^(?:(?:for|of)\s+)?(?:q(?:uestion)?)?\s*0*(\d{1,2})(?:\s*\/\s*17)?$/i.exec(text.trim());
  return m ? `Q${Number(m[1])}/17` : null;
}

const QUESTION_MESSAGE = 'expected a Question such as Q11, 11 or Q11/17';

const questionText = z.union([z.string(), z.number()], { error: QUESTION_MESSAGE }).transform((value, ctx) => {
  const q = normaliseQuestion(String(value));
  if (q === null || q === 'Q0/17') {
    ctx.issues.push({ code: 'custom', message: `"${shorten(String(value), 40)}" is not a Question; ${QUESTION_MESSAGE}`, input: value });
    return z.NEVER;
  }
  return q;
});

/** An optional Question filter; empty text counts as none. */
export const optionalQuestion = z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), questionText.optional());

export const requiredQuestion = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
  z.union([z.string(), z.number()], { error: `a Question is required; ${QUESTION_MESSAGE}` }).pipe(questionText),
);

/** Required free text (ids, search words), trimmed. */
export function requiredText(what: string) {
  return z
    .string({ error: `${what} is required` })
    .trim()
    .min(1, { error: `${what} is required` });
}
