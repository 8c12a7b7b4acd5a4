/** The one validator subscribe and follow share: SG17 Questions Q1 to the highest the data holds. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nearestQuestion, refuseUnknownQuestions } from '../src/engine/question-check.js';
import { contextAt } from './engine-helpers.js';

const ctx = contextAt('2024-11-20T09:00:00Z');

describe('unknown Questions', () => {
  it('suggests the number typed with a digit doubled, dropped or swapped first, then the nearest', () => {
    expect(nearestQuestion(99, 15)).toBe(9);
    expect(nearestQuestion(16, 15)).toBe(15);
    expect(nearestQuestion(111, 15)).toBe(11);
    expect(nearestQuestion(51, 15)).toBe(15);
  });

  it('accepts every Question from Q1 to Q15 (also those with nothing in the data yet) and "all"', () => {
    for (let n = 1; n <= 15; n++) expect(refuseUnknownQuestions(ctx, [`Q${n}/17`])).toBeNull();
    expect(refuseUnknownQuestions(ctx, 'all')).toBeNull();
    expect(refuseUnknownQuestions(ctx, undefined)).toBeNull();
  });

  it('refuses any higher number, naming it, the range and a suggestion within it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 16, max: 99 }), (n) => {
        const answer = refuseUnknownQuestions(ctx, ['Q3/17', `Q${n}/17`]);
        expect(answer?.ok).toBe(false);
        expect(answer?.summary).toContain(`SG17 has no Q${n}/17 — its Questions with texts or RGMs in the data are Q1–Q15`);
        const suggested = Number(/did you mean Q(\d+)\?/.exec(String(answer?.summary))?.[1]);
        expect(suggested >= 1 && suggested <= 15).toBe(true);
      }),
    );
  });
});
