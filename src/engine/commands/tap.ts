/**
 * `tap [approved|not-approved|determined] [Qn]`: TAP Recommendations approved, not approved and
 * determined, as three sections — or only the ones asked for.
 */
import { z } from 'zod';
import type { Outcome } from '../query/model.js';
import { defineCommand } from '../command.js';
import { execute } from '../query/execute.js';
import { TEXT_LIST_OPTIONS, optionsOf, textListQuery, wordList } from '../query/options.js';

const FOCUS_WORDS: Readonly<Record<string, Outcome>> = {
  approved: 'tap-approved',
  'not-approved': 'tap-not-approved',
  notapproved: 'tap-not-approved',
  unapproved: 'tap-not-approved',
  rejected: 'tap-not-approved',
  determined: 'tap-determined',
};

const statusParam = wordList('a TAP status', FOCUS_WORDS, (text) => text.replace(/\bnot\s+approved\b/g, 'not-approved'));

const params = z.object({ status: statusParam, ...TEXT_LIST_OPTIONS });

export const tap = defineCommand({
  name: 'tap',
  usage: 'tap [approved|not-approved|determined] [Qn]',
  summary: 'TAP Recommendations approved, not approved and determined, optionally for one Question',
  options: optionsOf(params),
  params,
  canBePublic: true,
  handle: (p, ctx) => execute(textListQuery(p.status?.length ? p.status : ['tap-approved', 'tap-not-approved', 'tap-determined'], p), ctx),
});
