/**
 * The sixth held-out score (npm run heldout6), the untouched measure of generalisation now that sets
 * 1-5 (test/heldout.test.ts, heldout2-5.test.ts) have all been used to tune the parser: questions and
 * short conversations written blind — from the seed summary, the data, README.md and
 * docs/commands.md only, without reading the parser, its question corpus, the other held-out
 * fixtures or the parser's tests, and without running the bot on them while they were written
 * (committed on acfa8ba before any run). Nobody tunes to this one: a miss here is reported, never
 * fixed by a branch for its sentence. Expected answers are filters in scripts/heldout6-expect.mjs,
 * checked against the seed. Same scorer as the other sets (test/heldout-score.ts).
 *
 * Measured on acfa8ba (parser as on d3efecc, main) before any tuning: 250/268 questions (93.3 %),
 * 19/20 conversations (95.0 %). After the session's fixes of sets 5 and 7 (none made from a miss of
 * this set): 258/268 (96.3 %), 19/20 (95.0 %). Two things the integrator saw of it mid-session,
 * neither handed to anyone fixing: the nine questions set 7 shared with it (dropped from set 7), and
 * five of its misses' lines in one test run's output.
 */
import { describeHeldOutSet } from './heldout-score.js';

/**
 * Per cent of the questions right: first 93.3, now the score measured after the session's fixes, rounded down. Never lower
 * it, and never edit a question or its expectation to pass it (a proven error in an expectation,
 * against the seed, is corrected and reported with its evidence).
 */
const HELDOUT6_FLOOR = 96.2;
/** Per cent of the conversations right (the last turn of each), as measured, rounded down. */
const HELDOUT6_CONVERSATION_FLOOR = 95;

describeHeldOutSet(6, 'sixth held-out set', { questions: HELDOUT6_FLOOR, conversations: HELDOUT6_CONVERSATION_FLOOR }, { questions: 200, conversations: 15 });
