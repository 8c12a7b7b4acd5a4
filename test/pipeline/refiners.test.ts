/**
 * Each refiner's examples (src/engine/query/pipeline/refiners/, one file each): every example is
 * read as its reading, and read otherwise with that refiner left out — so each example shows what
 * its refiner does, and a refiner whose examples no longer need it fails here. Every refiner file
 * has examples (a new refiner without them fails).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gazetteerOf } from '../../src/engine/query/pipeline/gazetteer.js';
import type { ParseOutcome } from '../../src/engine/query/pipeline/outcome.js';
import { LAST, REFINERS, run } from '../../src/engine/query/pipeline/run.js';
import { State } from '../../src/engine/query/pipeline/state.js';
import { commandWords } from '../../src/engine/registry.js';
import { catalog } from '../engine-helpers.js';

const env = { now: new Date('2024-11-20T00:00:00Z'), catalog, commandWords };

/** An outcome as one line: the reading, the alternative, the words not used; or the command, or "unknown". */
function shown(o: ParseOutcome): string {
  if (o.kind === 'command') return `command ${o.name}`;
  if (o.kind === 'unknown') return 'unknown';
  return [
    o.reading,
    o.alternative ? `(or ${o.alternative})` : '',
    o.unused ? `[unused ${o.unused.join(' ')}]` : '',
    o.unanswered ? `{not answered: ${o.unanswered}}` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

const unknown = (): ParseOutcome => ({ kind: 'unknown', suggestions: [] });

function read(text: string, without?: string): string {
  try {
    const refiners = REFINERS.filter((r) => r.name !== without);
    return shown(run(new State(text, env, gazetteerOf(catalog)), refiners, without === LAST.name ? unknown : LAST));
  } catch (e) {
    return `throws ${(e as Error).message}`;
  }
}

/** File → [refiner, its examples: text, reading]. */
const EXAMPLES: Readonly<Record<string, readonly [string, readonly (readonly [string, string])[]]>> = {
  '1-typed-command.ts': [
    'typedCommand',
    [
      ['search for pki', 'search pki'],
      ['follow q15', 'command follow'],
    ],
  ],
  '2-named-ids.ts': [
    'namedIds',
    [
      ['rec X.1716', 'rec X.1716'],
      ['aap 11', 'aap Q11'],
      ['rec on vehicular edge computing', 'texts rec about vehicular edge computing'],
      ['recommendation for smart cities', 'texts rec about smart cities'],
      ['everything consented except X.1716', 'aap not X.1716 (or explain consented)'],
      ['consented texts except the Q11 amendments', 'aap not (Q11 amd)'],
    ],
  ],
  '3-read-phrases.ts': [
    'readWords',
    [
      ['rgms in march', 'rgm 2025-03-01..2025-03-31'],
      ['aproved texts', 'tap approved'],
      ['rgms in januray', 'rgm 2025-01-01..2025-01-31'],
      ['stokholm rgms', 'rgm in stockholm'],
      ['which texts are timed for 2024-03', 'texts timing 2024-03'],
      ['rgms where nobody has decided the location', 'rgm no-venue'],
    ],
  ],
  '4-dimensions.ts': [
    'sortIntoDimensions',
    [
      ['approved amendments', 'tap approved amendment'],
      ['what is a rapporteur', 'explain rapporteur'],
      ['the interregnum', 'rgm'],
      ['cgs in the interregnum', 'cg'],
      ['which question meets most often', 'rgm by question most'],
      ['agreed reports and documents', 'agreed tr other-docs'],
      ['which cgs keep going', 'cg about continued'],
      ['disbanded correspondence groups', 'closed-cgs'],
      ['texts put off at a previous meeting', 'texts deferred-before'],
      ['how many documents were submitted', 'stats'],
    ],
  ],
  '5-exclusions.ts': [
    'exclusions',
    [
      ['texts except supplements', 'texts not suppl'],
      ['texts except amendments', 'texts not amd'],
    ],
  ],
  '6-ids-asked.ts': [
    'idsAsked',
    [
      ['explain last call', 'explain last call'],
      ['is X.1818 published', 'rec X.1818'],
      ['why was X.1222 not approved', 'rec X.1222 {not answered: why — the summary gives no reasons}'],
      ['when will X.1058-rev be discussed', 'rgm about X.1058-rev'],
      ['when is Sup-cdc discussed', 'rgm about Sup-cdc'],
      ['cut off date for documents for the plenary in april', 'deadlines'],
      ['what is the fee for the sg17 meeting in april', 'fees'],
      ['ISO/IEC 9594 new recs', 'rec X.508'],
    ],
  ],
  '7-content.ts': [
    'contentWords',
    [
      ['texts about quantum not 5g', 'texts about quantum not about 5g'],
      ['tap maybe', 'tap [unused maybe]'],
      ['cgs except CG-RES and CG-COP', 'cg not about res not about cop'],
    ],
  ],
  '8-venue.ts': [
    'venue',
    [
      ['virtual rgms', 'rgm virtual'],
      ['rgms not in paris', 'rgm not in paris'],
      ['rgms in paris', 'rgm in paris'],
    ],
  ],
  '9-meeting.ts': [
    'meetingAsked',
    [
      ['what was approved this time', 'tap approved sg17-2024-09'],
      ['what happened in Sep', 'texts sg17-2024-09'],
      ['the April meeting', 'meeting'],
      ['what did q10 decide this time', 'texts Q10 sg17-2024-09'],
      ['when does the next sg17 take place', 'meeting'],
      ['dates for study group 17 in april 2025', 'meeting'],
      ['how many days is the april 2025 plenary', 'meeting'],
    ],
  ],
  '10-past.ts': [
    'pastWindows',
    [
      ['past rgms', 'rgm until 2024-11-19'],
      ['q3 rgms held so far', 'rgm Q3 until 2024-11-19'],
      ['what happened in october', 'rgm 2024-10-01..2024-10-31'],
      ['texts approved in april 2025', 'tap determined'],
      ['recs approved next time', 'tap determined'],
    ],
  ],
  '11-held-meeting.ts': [
    'heldMeeting',
    [
      ['what was approved last time', 'tap approved sg17-2024-09'],
      ['cg on ai security', 'cg about ai security'],
    ],
  ],
  '12-small-talk.ts': [
    'smallTalk',
    [
      ['whats next', 'rgm (or meeting)'],
      ['who is the q15 rapporteur', 'who rapporteurs Q15'],
      ['who drafted the qkd text', 'who authors'],
      ['what is a rapporteur', 'explain rapporteur'],
    ],
  ],
  '13-define.ts': [
    'define',
    [
      ['what is last call', 'explain last call (or aap)'],
      ['what is a cg', 'explain cg (or cg)'],
    ],
  ],
  '14-new-and-rank.ts': [
    'newAndRank',
    [
      ['whats new', 'new'],
      ['new cgs', 'cg about new'],
      ['cgs that are not ongoing', 'cg not about continued'],
      ['which question has the most texts', 'texts by question most'],
      ['compare q10 and q15', 'compare texts Q10 Q15'],
    ],
  ],
  '15-list.ts': [
    'list',
    [
      ['aap q15', 'aap Q15'],
      ['which questions have no rgms', 'rgm by question none'],
      ['tap maybe', 'tap [unused maybe]'],
      ['the final q1 rgm in 2025', 'rgm Q1 2025-01-01..2025-12-31 last'],
      ['the most recent rgm', 'rgm until 2024-11-19 last'],
      ['the last rgm of the study period', 'rgm final'],
      ['future rgms in 2024', 'rgm 2024-11-20..2024-12-31'],
    ],
  ],
  '16-topics.ts': [
    'topics',
    [
      ['stats', 'stats'],
      ['q15 meetings', 'rgm Q15'],
      ['when was the last q3 meeting', 'rgm Q3 until 2024-11-19 last'],
      ['cgs that are not new', 'cg not about new'],
      ['cgs still running', 'cg about continued'],
      ['what came out for q10', 'texts Q10'],
      ['ls in and out figures', 'stats'],
    ],
  ],
  '17-search.ts': [
    'search',
    [
      ['anything about pki?', 'search pki'],
      ['what does qkd stand for', 'explain qkd (or search qkd)'],
      ['help', 'help'],
    ],
  ],
};

describe('the refiners, each by its examples', () => {
  it('every refiner file has examples, and every refiner runs in the pipeline', () => {
    const files = readdirSync(join(import.meta.dirname, '..', '..', 'src', 'engine', 'query', 'pipeline', 'refiners')).filter((f) => /^\d+-/.test(f));
    expect(files.sort()).toEqual(Object.keys(EXAMPLES).sort());
    expect([...REFINERS, LAST].map((r) => r.name).sort()).toEqual(
      Object.values(EXAMPLES)
        .map(([name]) => name)
        .sort(),
    );
  });

  for (const [file, [refiner, examples]] of Object.entries(EXAMPLES)) {
    describe(file, () => {
      it.each(examples)('%s → %s', (text, reading) => {
        expect(read(text)).toBe(reading);
        // Without this refiner, the example is read otherwise: it is this refiner's to make.
        expect(read(text, refiner)).not.toBe(reading);
      });
    });
  }
});
