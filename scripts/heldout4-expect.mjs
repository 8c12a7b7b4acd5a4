#!/usr/bin/env node
/**
 * Writes the fourth held-out question set (test/fixtures/heldout4-questions.json and
 * heldout4-conversations.json), written blind after sets 1-3 had all been used for tuning: from the
 * seed summary, the data, README.md and docs/commands.md only — without reading the parser, its
 * training corpus or its tests, and without running the bot on these questions while writing them.
 * Every expected answer is a filter over data/sg17-2024-09.json (checked against the seed), never
 * what the bot answers. Questions the seed leaves ambiguous (work item 1's lost Question, empty
 * sets, week boundaries against a date window, whether MyWorkspace is a venue) are left out.
 * The model part is copied from scripts/heldout3-expect.mjs.
 *
 *   node scripts/heldout4-expect.mjs          # rewrite both fixtures
 */

import {
  most,
  texts,
  workItems,
  rgms,
  cgs,
  NEXT_MEETING,
  THIS_MEETING,
  Q,
  not,
  and,
  status,
  kind,
  type,
  route,
  title,
  id,
  virtual,
  hybrid,
  tbc,
  noVenue,
  during,
  from,
  equivalent,
  a5,
  noted,
  ids,
  count,
  soonest,
  groups,
  writeSet,
} from './heldout-model.mjs';

// ---- clocks ---------------------------------------------------------------------------------------

const DURING = '2024-09-05T10:00:00Z'; // during the Geneva meeting: every RGM is still to come
const AFTER = '2024-10-22T09:00:00Z'; // after the meeting; for text questions the clock does not matter
const OCT01 = '2024-10-01T09:00:00Z'; // before every RGM: the next one is Q11's, 7-11 Oct
const NOV20 = '2024-11-20T09:00:00Z'; // Q3's 19 Nov RGM is past, its 26-27 Nov one is next
const JAN13 = '2025-01-13T09:00:00Z'; // a Monday: this month January 2025, next month February 2025
const rgm = (n) => `sg17-2024-09/rgm-${String(n).padStart(2, '0')}`;
const wi = (n) => `sg17-2024-09/work-item-${n}`;
const cg = (s) => (g) => g.status.toLowerCase() === s;
const timing = (t) => (i) => i.timing === t;

// ---- the questions ---------------------------------------------------------------------------------

const cases = [];
const add = (cat, now, q, expect, why) => cases.push({ cat, now, q, expect, why });

// lookups
add('lookup', AFTER, 'whats the status of x.1818', { ids: ['X.1818'] }, 'Annex A a) row 1');
add('lookup', AFTER, 'X1820 ?', { ids: ['X.1820'] }, 'Annex A a) row 3');
add('lookup', AFTER, 'x.5gsec-netec became what', { ids: ['X.1819'] }, 'Annex A a) row 2: ex X.5Gsec-netec');
add('lookup', AFTER, 'sec_QKDN_CM number', { ids: ['X.1717'] }, 'Annex A d) row 15: ex X.sec_QKDN_CM');
add('lookup', AFTER, 'X.tsfpp final rec number', { ids: ['X.1237'] }, 'Annex A a) row 4: ex X.tsfpp');
add('lookup', AFTER, 'itssec-5', { ids: ['X.1384'] }, 'Annex A a) row 9: ex X.itssec-5');
add('lookup', AFTER, 'X.ra-iot where is it now', { ids: ['X.1355'] }, 'Annex A c) row 1: X.ra-iot');
add('lookup', AFTER, 'gecds??', { ids: ['X.1648'] }, 'Annex A c) row 3: X.gecds');
add('lookup', AFTER, 'X.sgdfs-us', { ids: ['X.1456'] }, 'Annex A c) row 2: X.sgdfs-us');
add('lookup', AFTER, 'show me X.525 Amd.1', { ids: ['X.525 Amd.1'] }, 'Annex A d) row 12');
add('lookup', AFTER, 'X.518 amendment 1 details', { ids: ['X.518 Amd.1'] }, 'Annex A d) row 8');
add('lookup', AFTER, 'td2474 belongs to?', { ids: ['X.1717'] }, 'Annex A d) row 15: base text TD2474');
add('lookup', AFTER, 'which rec has base text TD2354', { ids: ['X.1237'] }, 'Annex A a) row 4');
add('lookup', AFTER, 'TD2370?', { ids: ['X.1647'] }, 'Annex A d) row 3');
add('lookup', AFTER, 'X.oicc is what?', { ids: ['X.oicc'] }, 'Annex B row 9');
add('lookup', AFTER, 'what is TR.dpama', { ids: ['TR.dpama'] }, 'Annex B row 6');
add('lookup', AFTER, 'X.stm-dpm status', { ids: ['X.stm-dpm'] }, 'Annex B row 4');
add('lookup', AFTER, 'TD2453', { ids: ['X.vctp'] }, 'Annex B row 8: TD2453');
add('lookup', AFTER, 'CG-RES what is it', { ids: ['CG-RES'] }, '§1: CG-RES');
add('lookup', AFTER, 'the child online protection CG', { ids: ['CG-COP'] }, '§1: CG-COP');
add('lookup', AFTER, 'the ICT security compendium', { first: 'Security Compendium' }, 'Annex A e) row 1');
add('lookup', AFTER, 'security standards roadmap, what happened to it', { first: 'Security standards roadmap' }, 'Annex A e) row 3');
add('lookup', AFTER, 'which text is STIE', { first: 'X.1221' }, 'Annex A b) row 1');
add('lookup', AFTER, 'X.1600 and X.1647?', { ids: ['X.1600', 'X.1647'] }, 'Annex A d) rows 2-3');
add('lookup', AFTER, 'rec on security controls for IoT systems', { first: 'X.1354' }, 'Annex A a) row 6');

// outcomes and routes
add('outcome', AFTER, 'show the texts approved at the sept 2024 meeting', { ids: ids(texts, status('tap-approved')) }, 'Annex A a)');
add('outcome', AFTER, 'what got rejected in TAP', { ids: ids(texts, status('tap-not-approved')) }, 'Annex A b)');
add('outcome', AFTER, 'recs not approved this time round', { ids: ids(texts, status('tap-not-approved')) }, 'Annex A b)');
add('outcome', AFTER, 'list texts determined for TAP', { ids: ids(texts, status('tap-determined')) }, 'Annex A c)');
add('outcome', AFTER, 'which ones are in AAP last call now', { ids: ids(texts, status('aap-consented')) }, 'Annex A d)');
add('outcome', AFTER, 'give me everything that was agreed', { ids: ids(texts, status('agreed')) }, 'Annex A e)');
add('outcome', AFTER, 'Q7 outcomes', { ids: ids(texts, Q(7)) }, 'Annex A: Q7/17 rows');
add('outcome', AFTER, 'did Q13 get anything approved', { ids: ids(texts, and(status('tap-approved'), Q(13))) }, 'Annex A a) row 9');
add('outcome', AFTER, 'Q10 determined', { ids: ids(texts, and(status('tap-determined'), Q(10))) }, 'Annex A c) row 4');
add('outcome', AFTER, 'Q8 consented recs', { ids: ids(texts, and(status('aap-consented'), Q(8))) }, 'Annex A d) rows 2-3');
add('outcome', AFTER, 'AAP texts of Q7', { ids: ids(texts, and(status('aap-consented'), Q(7))) }, 'Annex A d) row 1');
add('outcome', AFTER, 'list what Q2 agreed', { ids: ids(texts, and(status('agreed'), Q(2))) }, 'Annex A e) row 5');
add('outcome', AFTER, 'which texts went the AAP route', { ids: ids(texts, route('aap')) }, 'Annex A d)');
add('outcome', AFTER, 'what is up for approval in April 2025', { ids: ids(texts, status('tap-determined')) }, 'Annex A c): for the next meeting');

// kinds and types
add('kind', AFTER, 'give me the new recs that were consented', { ids: ids(texts, and(status('aap-consented'), kind('new'))) }, 'Annex A d): 6 new');
add('kind', AFTER, 'which texts were revised', { ids: ids(texts, kind('revised')) }, 'Annex A e) rows 1-4');
add('kind', AFTER, 'list amendments', { ids: ids(texts, kind('amendment')) }, 'Annex A d) rows 4-12');
add('kind', AFTER, 'new texts agreed', { ids: ids(texts, and(status('agreed'), kind('new'))) }, 'Annex A e) rows 5-8');
add('kind', AFTER, 'new TAP approved recs from Q2', { ids: ids(texts, and(status('tap-approved'), kind('new'), Q(2))) }, 'Annex A a) rows 1-3');
add('type', AFTER, 'supplements agreed', { ids: ids(texts, and(status('agreed'), type('suppl'))) }, 'Annex A e) rows 6-8');
add('type', AFTER, 'which TR was agreed', { ids: ids(texts, and(status('agreed'), type('tr'))) }, 'Annex A e) row 5');
add('type', AFTER, 'recommendations consented by Q11', { ids: ids(texts, and(status('aap-consented'), type('rec'), Q(11))) }, 'Annex A d) rows 4-13');
add('type', AFTER, 'which supplements belong to question 10?', { ids: ids(texts, and(type('suppl'), Q(10))) }, 'Annex A e) rows 6-7');

// Questions
add('question', AFTER, 'everything from Q11', { ids: ids(texts, Q(11)) }, 'Annex A: Q11/17 rows');
add('question', AFTER, 'show Q6 texts', { ids: ids(texts, Q(6)) }, 'Annex A: Q6/17 rows');
add('question', AFTER, 'Q10/17 all texts', { ids: ids(texts, Q(10)) }, 'Annex A: Q10/17 rows');
add('question', AFTER, 'question 13 texts pls', { ids: ids(texts, Q(13)) }, 'Annex A: Q13/17 rows');
add('question', AFTER, 'texts of Q1 and Q15', { ids: ids(texts, Q(1, 15)) }, 'Annex A: Q1/17 and Q15/17 rows');

// RGMs
add('rgm', DURING, 'when is the Q10 rgm', { ids: [rgm(10)] }, '§2 RGM 10');
add('rgm', DURING, 'q13 interim meeting dates', { ids: ids(rgms, Q(13)) }, '§2 RGM 12');
add('rgm', DURING, 'Q14 rgm where', { ids: ids(rgms, Q(14)) }, '§2 RGM 13');
add('rgm', DURING, 'next Q15 rapporteur group meeting', { first: rgm(14) }, '§2 RGM 14');
add('rgm', DURING, 'Q8 rgm?', { ids: ids(rgms, Q(8)) }, '§2 RGM 9');
add('rgm', DURING, 'all RGMs of question 1', { ids: ids(rgms, Q(1)) }, '§2 RGMs 1-6');
add('rgm', DURING, 'any RGMs in Sweden', { ids: [rgm(11)] }, '§2 RGM 11');
add('rgm', DURING, 'france rgm', { ids: [rgm(10)] }, '§2 RGM 10');
add('rgm', DURING, 'which rgms are fully virtual', { ids: ids(rgms, virtual) }, '§2 MyWorkspace RGMs');
add('rgm', DURING, 'show hybrid rapporteur meetings', { ids: ids(rgms, hybrid) }, '§2 RGM 3');
add('rgm', DURING, 'RGMs that are not confirmed yet', { ids: ids(rgms, tbc) }, '§2 TBC RGMs');
add('rgm', DURING, 'confirmed rgm dates only', { ids: ids(rgms, not(tbc)) }, '§2 RGMs without TBC');
add('rgm', DURING, 'rgms where the venue is still tbd', { ids: ids(rgms, noVenue) }, '§2 RGMs 2, 7, 8, 12, 14');
add('rgm', DURING, 'RGMs in Feb 2025', { ids: ids(rgms, during('2025-02-01', '2025-02-28')) }, '§2 RGMs 5, 9, 13, 14');
add('rgm', DURING, 'any rgm during March 2025', { ids: ids(rgms, during('2025-03-01', '2025-03-31')) }, '§2 RGM 6');
add('rgm', OCT01, 'when is the very next RGM', { first: soonest(rgms, from('2024-10-01')) }, '§2 RGM 11: 7-11 Oct');
add('rgm', NOV20, 'whats the next rapporteur meeting', { first: soonest(rgms, from('2024-11-20')) }, '§2 RGM 8: 26-27 Nov');
add('rgm', JAN13, 'rgms this month', { ids: ids(rgms, during('2025-01-01', '2025-01-31')) }, '§2 RGMs 3, 4, 12, 14');
add('rgm', JAN13, 'rgms coming up next month', { ids: ids(rgms, during('2025-02-01', '2025-02-28')) }, '§2 RGMs 5, 9, 13, 14');
add('rgm', OCT01, 'upcoming rgms for Q3', { ids: ids(rgms, and(Q(3), from('2024-10-01'))) }, '§2 RGMs 7-8');
add('rgm', JAN13, 'remaining Q1 rgms', { ids: ids(rgms, and(Q(1), from('2025-01-13'))) }, '§2 RGMs 3-6');
add('rgm', JAN13, 'which RGMs already happened', { ids: ids(rgms, not(from('2025-01-13'))) }, '§2 RGMs 1, 2, 7, 8, 10, 11, 12');
add('rgm', DURING, 'rgms before the end of 2024', { ids: ids(rgms, during('2024-09-05', '2024-12-31')) }, '§2 RGMs 1, 2, 7, 8, 10, 11');
add('rgm', DURING, 'is Q1 meeting in Seoul', { ids: [rgm(3)] }, '§2 RGM 3');
add('rgm', DURING, 'Q1 rgms in january', { ids: ids(rgms, and(Q(1), during('2025-01-01', '2025-01-31'))) }, '§2 RGMs 3-4');

// work items
add('workitem', AFTER, 'what new work did SG17 start', { ids: ids(workItems) }, 'Annex B: 10');
add('workitem', AFTER, 'Q10 work items', { ids: ids(workItems, Q(10)) }, 'Annex B rows 8-9');
add('workitem', AFTER, 'new work items for question 6', { ids: ids(workItems, Q(6)) }, 'Annex B rows 4-5');
add('workitem', AFTER, 'technical reports among the new work items', { ids: ids(workItems, type('tr')) }, 'Annex B rows 2, 3, 6');
add('workitem', AFTER, 'new work item on DLT invoices', { ids: [wi(10)] }, 'Annex B row 10');
add('workitem', AFTER, 'work items about the metaverse', { ids: ids(workItems, title(/metavers/i)) }, 'Annex B rows 4, 6');
add('workitem', AFTER, 'edge AI work item', { ids: ['X.sreai-ec'] }, 'Annex B row 7');

// correspondence groups
add('cg', AFTER, 'what correspondence groups does SG17 have', { ids: ids(cgs) }, '§1: 4 CGs');
add('cg', AFTER, 'which CGs were continued', { ids: ids(cgs, cg('continued')) }, '§1: 3 continued');
add('cg', AFTER, 'any new CG set up?', { ids: ids(cgs, cg('new')) }, '§1: CG-RES');
add('cg', AFTER, 'CG on restructuring', { ids: ['CG-RES'] }, '§1: CG-RES');
add('cg', AFTER, 'where are the terms of reference of CG-AIsec', { ids: ['CG-AIsec'] }, '§1: CG-AIsec, TD2287R4');
add('cg', AFTER, 'TD2443', { ids: ['CG-secapa'] }, '§1: CG-secapa revised ToR in TD2443');

// exclusions
add('exclusion', AFTER, 'approved recs except Q2', { ids: ids(texts, and(status('tap-approved'), not(Q(2)))) }, 'Annex A a) rows 4-9');
add(
  'exclusion',
  AFTER,
  'consented texts other than amendments',
  { ids: ids(texts, and(status('aap-consented'), not(kind('amendment')))) },
  'Annex A d): 6 new',
);
add('exclusion', AFTER, 'TAP texts that were not approved or rejected', { ids: ids(texts, status('tap-determined')) }, 'Annex A c)');
add('exclusion', DURING, 'rgms that are not held on MyWorkspace', { ids: ids(rgms, not(virtual)) }, '§2 RGMs 2, 3, 7, 8, 10-12, 14');
add('exclusion', DURING, 'RGMs excluding Q1', { ids: ids(rgms, not(Q(1))) }, '§2 RGMs 7-14');
add('exclusion', DURING, 'rgms other than Q1 and Q3', { ids: ids(rgms, not(Q(1, 3))) }, '§2 RGMs 9-14');
add('exclusion', AFTER, 'agreed texts apart from the supplements', { ids: ids(texts, and(status('agreed'), not(type('suppl')))) }, 'Annex A e) rows 1-5');
add('exclusion', AFTER, 'determined recs, without Q13', { ids: ids(texts, and(status('tap-determined'), not(Q(13)))) }, 'Annex A c) rows 1-4');
add('exclusion', AFTER, 'work items not from Q10', { ids: ids(workItems, not(Q(10))) }, 'Annex B rows 1-7, 10');
add('exclusion', AFTER, 'consented, excluding Q11', { ids: ids(texts, and(status('aap-consented'), not(Q(11)))) }, 'Annex A d) rows 1-3, 14-15');
add('exclusion', AFTER, 'Q11 texts that are not amendments', { ids: ids(texts, and(Q(11), not(kind('amendment')))) }, 'Annex A d) row 13');
add(
  'exclusion',
  AFTER,
  'consented texts with no ISO/IEC equivalent',
  { ids: ids(texts, and(status('aap-consented'), not(equivalent))) },
  'Annex A d) rows 1-3, 14-15',
);
add('exclusion', DURING, 'rgms in 2025 that are not TBC', { ids: ids(rgms, and(not(tbc), during('2025-01-01', '2025-12-31'))) }, '§2 RGMs 3, 13');
add('exclusion', AFTER, 'everything approved besides X.1818', { ids: ids(texts, and(status('tap-approved'), not(id('X.1818')))) }, 'Annex A a) rows 2-9');
add('exclusion', AFTER, 'correspondence groups other than CG-COP', { ids: ids(cgs, not(id('CG-COP'))) }, '§1: 3 others');
add('exclusion', AFTER, 'non-Q1 agreed texts', { ids: ids(texts, and(status('agreed'), not(Q(1)))) }, 'Annex A e) rows 5-8');
add('exclusion', AFTER, 'all texts except the ones from Q11 and Q1', { ids: ids(texts, not(Q(1, 11))) }, 'Annex A: 39 - 14');
add(
  'exclusion',
  AFTER,
  'approved recs that are not about IoT',
  { ids: ids(texts, and(status('tap-approved'), not(title(/IoT/)))) },
  'Annex A a) minus rows 5-6',
);

// counts
add('count', AFTER, 'how many texts in total', { count: count(texts) }, 'Annex A: 39');
add('count', AFTER, 'nb of recs approved', { count: count(texts, status('tap-approved')) }, 'Annex A a): 9');
add('count', AFTER, 'count the determined texts', { count: count(texts, status('tap-determined')) }, 'Annex A c): 5');
add('count', AFTER, 'how many amendments', { count: count(texts, kind('amendment')) }, 'Annex A d): 9');
add('count', DURING, 'how many rgms does Q3 have', { count: count(rgms, Q(3)) }, '§2: 2');
add('count', DURING, 'number of hybrid rgms', { count: count(rgms, hybrid) }, '§2: 1');
add('count', DURING, 'how many RGMs in january 2025', { count: count(rgms, during('2025-01-01', '2025-01-31')) }, '§2 RGMs 3, 4, 12, 14');
add('count', AFTER, 'how many supplements did SG17 agree', { count: count(texts, and(status('agreed'), type('suppl'))) }, 'Annex A e): 3');
add('count', AFTER, 'how many texts did Q8 produce', { count: count(texts, Q(8)) }, 'Annex A: 3');
add('count', AFTER, 'count Q11 consented', { count: count(texts, and(status('aap-consented'), Q(11))) }, 'Annex A d): 10');
add('count', DURING, 'number of RGMs whose venue is not known yet', { count: count(rgms, noVenue) }, '§2: 5');
add('count', AFTER, 'total work items for Q6', { count: count(workItems, Q(6)) }, 'Annex B: 2');
add('count', JAN13, 'rgms remaining from today, how many', { count: count(rgms, from('2025-01-13')) }, '§2 RGMs 3-6, 9, 13, 14');

// aggregation, grouping, ranking
add('aggregate', AFTER, 'which question has the most amendments', { first: most(texts, kind('amendment')) }, 'Annex A d): Q11/17');
add('aggregate', AFTER, 'Question with most consented texts', { first: most(texts, status('aap-consented')) }, 'Annex A d): Q11/17 10 of 15');
add('aggregate', AFTER, 'determined texts grouped by question', { groups: groups(texts, status('tap-determined'), 6, 7, 8, 10, 13) }, 'Annex A c)');
add('aggregate', DURING, 'which Question holds the largest number of virtual RGMs', { first: most(rgms, virtual) }, '§2: Q1/17 4 of 6');
add('aggregate', AFTER, 'rank questions by number of texts', { first: most(texts) }, 'Annex A: Q11/17 10');
add('aggregate', DURING, 'TBC RGMs, grouped per Question', { groups: groups(rgms, tbc, 1, 8, 13, 15) }, '§2 TBC per Question');

// comparisons
add('compare', AFTER, 'Q7 vs Q8 texts', { groups: groups(texts, () => true, 7, 8) }, 'Annex A');
add('compare', DURING, 'Q1 RGMs versus Q3 RGMs', { groups: groups(rgms, () => true, 1, 3) }, '§2 RGMs 1-8');
add('compare', AFTER, 'Q6 and Q7 approvals side by side', { groups: groups(texts, status('tap-approved'), 6, 7) }, 'Annex A a) rows 5-7');
add('compare', AFTER, 'Q10 vs Q14 work items', { groups: groups(workItems, () => true, 10, 14) }, 'Annex B rows 8-10');
add('compare', AFTER, 'what did Q8 consent compared to Q15', { groups: groups(texts, status('aap-consented'), 8, 15) }, 'Annex A d) rows 2-3, 14-15');

// table columns
add('column', AFTER, 'which rec is common text with ISO/IEC 9594-12', { ids: ['X.508'] }, 'Annex A d) row 13');
add('column', AFTER, 'ISO/IEC 9594-4', { ids: ['X.518 Amd.1'] }, 'Annex A d) row 8');
add('column', AFTER, 'A.5 reference TD2356 is for which text', { ids: ['X.508'] }, 'Annex A d) row 13');
add('column', AFTER, 'what needed an A.5 reference', { ids: ids(texts, a5) }, 'Annex A d) rows 10, 13');
add('column', AFTER, 'texts with timing 2024-03', { ids: ids(texts, timing('2024-03')) }, 'Annex A a) rows 2-9');
add('column', AFTER, 'which texts had their TAP approval deferred at some point', { ids: ids(texts, noted(/approval deferred/)) }, 'Annex A a) Notes 1-3');
add(
  'column',
  AFTER,
  'which determined text has no timing',
  {
    ids: ids(
      texts,
      and(status('tap-determined'), (i) => i.timing === null),
    ),
  },
  'Annex A c) row 1',
);
add('column', AFTER, 'texts first determined in Feb/Mar 2023', { ids: ids(texts, noted(/^TAP determined at SG17 Feb\/Mar 2023/)) }, 'Annex A a) Note 2');

// the meeting, the next one, highlights, statistics
add('meeting', AFTER, 'next study group 17 meeting?', { ids: [NEXT_MEETING] }, '§2: 7-17 April 2025');
add('meeting', AFTER, 'when does SG17 meet again', { ids: [NEXT_MEETING] }, '§2: 7-17 April 2025');
add('meeting', AFTER, 'how long is the april 2025 meeting', { ids: [NEXT_MEETING] }, '§2: 9 working days');
add('highlights', AFTER, 'main hot topics of the Sept 2024 meeting?', { ids: [THIS_MEETING] }, 'Hot topics');
add('highlights', AFTER, 'key highlights from SG17 geneva', { ids: [THIS_MEETING] }, 'Hot topics');
add('highlights', AFTER, 'which registration authority got approved', { ids: [THIS_MEETING] }, '§1: Tanzania');
add('stats', AFTER, 'stats on contributions at this meeting', { ids: [THIS_MEETING] }, 'Annex D');
add('stats', AFTER, 'how many contributions were received', { ids: [THIS_MEETING] }, 'Annex D: 154 contributions');

// topics
add('topic', AFTER, 'recs about 5G', { ids: ids(texts, title(/5G/)) }, 'Annex A a) rows 1-3');
add('topic', AFTER, 'anything on quantum key distribution', { ids: ids(texts, title(/quantum key/i)) }, 'Annex A d) rows 14-15');
add('topic', AFTER, 'the cellular vehicle-to-everything supplement', { first: 'X.Suppl.43' }, 'Annex A e) row 8');
add('topic', AFTER, 'determined texts about authentication', { ids: ids(texts, and(status('tap-determined'), title(/authenticat/i))) }, 'Annex A c) row 4');
add('topic', AFTER, 'consented texts on edge cloud', { ids: ids(texts, and(status('aap-consented'), title(/edge/i))) }, 'Annex A d) row 2');
add('topic', AFTER, 'digital twin rec', { first: 'X.2012' }, 'Annex A d) row 1');
add('topic', AFTER, 'texts about PII protection', { first: 'X.1237' }, 'Annex A a) row 4');
add('topic', AFTER, 'approved 5G recs', { ids: ids(texts, and(status('tap-approved'), title(/5G/))) }, 'Annex A a) rows 1-3');

// what the data cannot answer
add('honest', AFTER, 'who chairs Q11', { honest: true }, 'no names in the summary');
add('honest', AFTER, "what's the wifi password at the ITU", { honest: true }, 'not SG17 data');
add('honest', AFTER, 'X.1234 what happened', { honest: true }, 'no such text in the summary');
add('honest', AFTER, 'TD1234', { honest: true }, 'no such TD');
add('honest', DURING, 'agenda of the Q13 RGM', { honest: true }, 'no agendas in the summary');
add('honest', DURING, 'what time does the Q14 rgm start', { honest: true }, 'no times in the summary');
add('honest', AFTER, 'did SG16 approve H.264', { honest: true }, 'another study group');
add('honest', AFTER, 'email of the SG17 counsellor', { honest: true }, 'no contacts in the summary');

// typos
add('typo', AFTER, 'consentd recs q8', { ids: ids(texts, and(status('aap-consented'), Q(8))) }, 'Annex A d) rows 2-3');
add('typo', AFTER, 'wich texts were agred by Q10', { ids: ids(texts, and(status('agreed'), Q(10))) }, 'Annex A e) rows 6-7');
add('typo', OCT01, 'upcomming rgms', { ids: ids(rgms, from('2024-10-01')) }, '§2: all 14');
add('typo', DURING, 'RGM in Soel', { ids: [rgm(3)] }, '§2 RGM 3');
add('typo', AFTER, 'X.1716 staus', { ids: ['X.1716'] }, 'Annex A d) row 14');
add('typo', AFTER, 'amendmnets Q11', { ids: ids(texts, and(kind('amendment'), Q(11))) }, 'Annex A d) rows 4-12');
add('typo', AFTER, 'determind recs pls', { ids: ids(texts, status('tap-determined')) }, 'Annex A c)');
add('typo', AFTER, 'supplemnts', { ids: ids(texts, type('suppl')) }, 'Annex A e) rows 6-8');
add('typo', AFTER, 'corespondance groups list', { ids: ids(cgs) }, '§1: 4 CGs');

// Unicode
add('unicode', AFTER, 'X\uFF0E1818', { ids: ['X.1818'] }, 'Annex A a) row 1 (full-width stop)');
add('unicode', AFTER, 'Ｑ１１ consented', { ids: ids(texts, and(status('aap-consented'), Q(11))) }, 'Annex A d) rows 4-13');
add('unicode', DURING, 'RGM à Paris', { ids: [rgm(10)] }, '§2 RGM 10 (accented word)');
add('unicode', AFTER, 'X.1354 \u2013 status?', { ids: ['X.1354'] }, 'Annex A a) row 6 (en dash)');
add('unicode', AFTER, '\u201cX.gpwd\u201d', { ids: ['X.1283'] }, 'Annex A a) row 8 (curly quotes)');
add('unicode', AFTER, 'Q6/17 \u2705 approved', { ids: ids(texts, and(status('tap-approved'), Q(6))) }, 'Annex A a) rows 5-6 (emoji)');
add('unicode', AFTER, 'X.1471\u00a0status', { ids: ['X.1471'] }, 'Annex A a) row 7 (no-break space)');

// casual, long, non-native, filter at the end
add('casual', AFTER, 'yo which Q10 stuff got determined', { ids: ids(texts, and(status('tap-determined'), Q(10))) }, 'Annex A c) row 4');
add('casual', AFTER, 'can u tell me what Q15 sent to AAP?', { ids: ids(texts, and(status('aap-consented'), Q(15))) }, 'Annex A d) rows 14-15');
add('casual', DURING, 'Need list of RGMs of Q1 which are virtual, thanks in advance', { ids: ids(rgms, and(Q(1), virtual)) }, '§2 RGMs 1, 4-6');
add(
  'casual',
  AFTER,
  'show me the approved recommendations from question 2 and question 13 please',
  { ids: ids(texts, and(status('tap-approved'), Q(2, 13))) },
  'Annex A a) rows 1-3, 9',
);
add('casual', AFTER, 'in geneva which things did Q7 determine', { ids: ids(texts, and(status('tap-determined'), Q(7))) }, 'Annex A c) row 2');
add(
  'casual',
  AFTER,
  'So for the AAP texts, which ones have ISO/IEC equivalents?',
  { ids: ids(texts, and(status('aap-consented'), equivalent)) },
  'Annex A d) rows 4-13',
);
add('casual', DURING, 'please to list rgm of question 3 in november', { ids: ids(rgms, and(Q(3), during('2024-11-01', '2024-11-30'))) }, '§2 RGMs 7-8');
add(
  'casual',
  AFTER,
  'give me new recs consented by Q15 and Q8',
  { ids: ids(texts, and(status('aap-consented'), kind('new'), Q(8, 15))) },
  'Annex A d) rows 2-3, 14-15',
);
add('casual', AFTER, 'list agreed docs from Q13', { ids: ids(texts, and(status('agreed'), Q(13))) }, 'Annex A e) row 8');
add('casual', DURING, 'hi bot, any virtual meetings for Q14?', { ids: ids(rgms, and(virtual, Q(14))) }, '§2 RGM 13');
add('casual', AFTER, 'what did question 4 fail to get approved', { ids: ids(texts, and(status('tap-not-approved'), Q(4))) }, 'Annex A b)');
add(
  'casual',
  AFTER,
  'recommendations of Q6 that were determined for approval next time',
  { ids: ids(texts, and(status('tap-determined'), Q(6))) },
  'Annex A c) row 1',
);
add('casual', DURING, 'Tell me the TBC RGMs, only for Q1', { ids: ids(rgms, and(tbc, Q(1))) }, '§2 RGMs 1, 2, 4-6');
add(
  'casual',
  AFTER,
  'which of the recs approved by TAP had their approval deferred before, Q2 only',
  { ids: ids(texts, and(status('tap-approved'), noted(/approval deferred/), Q(2))) },
  'Annex A a) row 1, Note 3',
);

// ---- conversations ---------------------------------------------------------------------------------

const convs = [];
const conv = (cat, now, turns, expect, why) => convs.push({ cat, now, turns, expect, why });
conv('narrow', AFTER, ['consented texts', 'only Q8'], { ids: ids(texts, and(status('aap-consented'), Q(8))) }, 'Annex A d) rows 2-3');
conv('follow-up', AFTER, ['X.1716', 'and X.1717?'], { ids: ['X.1717'] }, 'Annex A d) row 15');
conv('narrow', DURING, ['rgms of Q1', 'only the virtual ones'], { ids: ids(rgms, and(Q(1), virtual)) }, '§2 RGMs 1, 4-6');
conv('count', AFTER, ['approved recs', 'how many?'], { count: count(texts, status('tap-approved')) }, 'Annex A a): 9');
conv('narrow', AFTER, ['determined texts', 'except Q10'], { ids: ids(texts, and(status('tap-determined'), not(Q(10)))) }, 'Annex A c)');
conv('follow-up', AFTER, ['work items of Q10', 'what about Q6?'], { ids: ids(workItems, Q(6)) }, 'Annex B rows 4-5');
conv('narrow', AFTER, ['Q11 texts', 'just the new ones'], { ids: ids(texts, and(Q(11), kind('new'))) }, 'Annex A d) row 13');
conv('narrow', DURING, ['rgms in january', 'which are tbc'], { ids: ids(rgms, and(tbc, during('2025-01-01', '2025-01-31'))) }, '§2 RGMs 4, 12, 14');
conv('narrow', AFTER, ['agreed texts', 'group by question'], { groups: groups(texts, status('agreed'), 1, 2, 10, 13) }, 'Annex A e)');
conv('narrow', AFTER, ['correspondence groups', 'not the new one'], { ids: ids(cgs, not(cg('new'))) }, '§1: 3 continued');
conv('follow-up', AFTER, ['texts of Q7', 'and Q13?'], { ids: ids(texts, Q(13)) }, 'Annex A: Q13/17 rows');
conv('count', AFTER, ['amendments', 'count'], { count: count(texts, kind('amendment')) }, 'Annex A d): 9');
conv('follow-up', DURING, ['rgms in Paris', 'and Stockholm?'], { ids: [rgm(11)] }, '§2 RGM 11');
conv(
  'count',
  AFTER,
  ['consented texts', 'without an iso equivalent', 'how many'],
  { count: count(texts, and(status('aap-consented'), not(equivalent))) },
  'Annex A d): 5',
);

// ---- write ---------------------------------------------------------------------------------------

writeSet('heldout4', cases, convs, ['heldout-questions.json', 'heldout2-questions.json', 'heldout3-questions.json']);
