/**
 * The seventh held-out set (npm run heldout7): a DEVELOPMENT set. Its questions and conversations
 * were written blind — from the seed summary, the data, README.md and docs/commands.md only, without
 * reading the parser, its question corpus, its tests or the other held-out fixtures, and without
 * running the bot on them while they were written — and committed (2b14fd8) before their first
 * measure. After that measure its misses are handed to be fixed as general mechanisms, so from then
 * on the parser is tuned to it: it is no longer a measure of generalisation (set 6 is the untouched
 * one). Expected answers are filters in scripts/heldout7-expect.mjs, checked against the seed. Same
 * scorer as the other sets (test/heldout-score.ts).
 *
 * First measured on 2b14fd8 (parser as on d3efecc), before any fix: 243/260 questions (93.5 %),
 * 16/16 conversations (100.0 %). Nine questions that set 6 (written blind at the same time, the untouched
 * measure) also asks were then dropped from this set, so tuning here never tunes to set 6: 235/251 (93.6 %).
 * The floors are that measure, rounded down; raise them as misses are fixed.
 * fix7b (a step with its own negation, deferrals at an earlier meeting, texts named together narrowed by kind, CG
 * status, TDs with their revision: h044 h189 h198 h119 h121), merged with main: 240/251 (95.6 %).
 * fix7a (month-first day ranges, what is left of a window, the last RGM held vs the final one, place slips by
 * doubling, a Question meeting: h083 h086 h093 h232 h173), merged with main (fix5a, fix5b, fix7b): 246/251 (98.0 %).
 * fix7d (a venue not yet settled said as a clause, a meeting summed up is its highlights, documents received or
 * sent counted are the statistics: h075 h199 h201), merged with main (fix7a, fix7b, fix7c): 250/251 (99.6 %).
 */
import { describeHeldOutSet } from './heldout-score.js';

/**
 * Per cent of the questions right, the first measured score rounded down to one decimal. Raise it as
 * misses are fixed, never lower it, and never edit a question or its expectation to pass it (a proven
 * error in an expectation, against the seed, is corrected and reported with its evidence).
 */
const HELDOUT7_FLOOR = 99.6;
/** Per cent of the conversations right (the last turn of each), as first measured, rounded down. */
const HELDOUT7_CONVERSATION_FLOOR = 100;

describeHeldOutSet(
  7,
  'seventh held-out set (development)',
  { questions: HELDOUT7_FLOOR, conversations: HELDOUT7_CONVERSATION_FLOOR },
  { questions: 180, conversations: 12 },
);
