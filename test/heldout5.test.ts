/**
 * The fifth held-out score (npm run heldout5), written as the untouched measure once sets 1-4
 * (test/heldout.test.ts, heldout2-4.test.ts) had all been used to tune the parser, and tuned to since
 * (set 6 is the untouched measure now): questions
 * and short conversations written blind — from the seed summary, the data, README.md and
 * docs/commands.md only, without reading the parser, its question corpus or its tests, and without
 * running the bot on them while they were written. Its misses were then fixed as mechanisms, each
 * tested with other wordings, never by a branch for its sentence. Expected answers are filters in
 * scripts/heldout5-expect.mjs, checked against the seed. Same scorer as the other sets
 * (test/heldout-score.ts).
 *
 * Measured on 3b6a7fd (parser as on b20b0c0) before any tuning: 154/167 questions (92.2 %), 11/11 conversations (100.0 %).
 * After its misses were fixed as mechanisms (fix5a, fix5b): 167/167, 11/11.
 */
import { describeHeldOutSet } from './heldout-score.js';

/**
 * Per cent of the questions right, the first measured score rounded down to one decimal. Never lower
 * it, and never edit a question or its expectation to pass it (a proven error in an expectation,
 * against the seed, is corrected and reported with its evidence).
 */
const HELDOUT5_FLOOR = 100;
/** Per cent of the conversations right (the last turn of each), as first measured, rounded down. */
const HELDOUT5_CONVERSATION_FLOOR = 100;

describeHeldOutSet(5, 'fifth held-out set', { questions: HELDOUT5_FLOOR, conversations: HELDOUT5_CONVERSATION_FLOOR }, { questions: 160, conversations: 11 });
