/**
 * The second held-out score (npm run heldout2): 252 questions and 18 short conversations written
 * blind — from the seed summary, the data, README.md and docs/commands.md only, without reading the
 * parser, its question corpus or its tests, and without running the bot on them while they were
 * written — because the first set (test/heldout.test.ts) has been used to tune the parser and no
 * longer measures generalisation. Expected answers are filters in scripts/heldout2-expect.mjs,
 * checked against the seed. Same scorer as the first set (test/heldout-score.ts).
 *
 * Measured on 0d20be7 before any tuning: 220/252 questions (87.3 %), 17/18 conversations (94.4 %).
 * After the exclusion misses were fixed as mechanisms (branch negate, issue 18): 235/252 (93.3 %), 18/18;
 * with main's other fixes merged (the non-exclusion misses): 252/252 (100.0 %), 18/18.
 */
import { describeHeldOutSet } from './heldout-score.js';

/**
 * Per cent of the questions right, the first measured score rounded down to one decimal. Raise it as
 * the parser gets better; never lower it, and never edit a question or its expectation to pass it.
 * Once the parser has been tuned to these questions, write a third set.
 */
const HELDOUT2_FLOOR = 100.0;
/** Per cent of the conversations right (the last turn of each), as first measured, rounded down. */
const HELDOUT2_CONVERSATION_FLOOR = 100.0;

describeHeldOutSet(2, 'second held-out set', { questions: HELDOUT2_FLOOR, conversations: HELDOUT2_CONVERSATION_FLOOR }, { questions: 150, conversations: 12 });
