/** `texts [status…] [kind] [type] [Qn] [column]`: Annex A texts with any filters combined (every status unless one is named). */
import { z } from 'zod';
import type { Outcome } from '../query/model.js';
import { defineCommand } from '../command.js';
import { execute } from '../query/execute.js';
import { COLUMN_OPTION, TEXT_LIST_OPTIONS, optionsOf, textListQuery, wordList } from '../query/options.js';

const STATUS_WORDS: Readonly<Record<string, Outcome>> = {
  approved: 'tap-approved',
  'not-approved': 'tap-not-approved',
  determined: 'tap-determined',
  consented: 'aap-consented',
  agreed: 'agreed',
};

const statusParam = wordList('a status', STATUS_WORDS);

const params = z.object({ status: statusParam, ...TEXT_LIST_OPTIONS, column: COLUMN_OPTION });

export const texts = defineCommand({
  name: 'texts',
  usage: 'texts [approved|determined|consented|agreed…] [new|amendment…] [rec|suppl|tr] [Qn]',
  summary: 'Texts acted on, filtered by status, kind, type and Question in any combination',
  options: optionsOf(params, { status: { description: 'Only approved, not-approved, determined, consented or agreed (several allowed)' } }),
  params,
  canBePublic: true,
  handle: (p, ctx) => execute(textListQuery(p.status, p), ctx),
});
