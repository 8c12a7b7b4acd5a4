#!/usr/bin/env node
/**
 * Writes the third held-out question set (test/fixtures/heldout3-questions.json and
 * heldout3-conversations.json), the final measure of generalisation, written blind: from the seed summary, the data, README.md and
 * docs/commands.md only — without reading the parser, its training corpus or its tests, and
 * without running the bot on these questions while writing them. Every expected answer is a filter
 * over data/sg17-2024-09.json (checked against the seed), never what the bot answers. Questions
 * whose answer the seed leaves ambiguous (garbled rows, a lost Question, windows vs weeks) are left
 * out rather than guessed.
 *
 *   node scripts/heldout3-expect.mjs          # rewrite both fixtures
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
  venue,
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

const DURING = '2024-09-04T09:00:00Z'; // during the Geneva meeting: every RGM is still to come
const AFTER = '2024-10-15T09:00:00Z'; // a Tuesday after the meeting; only the Q11 RGM (7-11 Oct) is past
const NOV25 = '2024-11-25T08:00:00Z'; // a Monday: this week 25 Nov-1 Dec (RGMs 8, 1), next week 2-8 Dec (RGMs 2, 10)
const JAN06 = '2025-01-06T09:00:00Z'; // a Monday: last month is December 2024 (RGMs 2, 10)
const FEB03 = '2025-02-03T09:00:00Z'; // a Monday: Q1's next RGM is 18-20 Feb
const MID25 = '2025-06-15T12:00:00Z'; // every RGM and the April meeting are past
const rgm = (n) => `sg17-2024-09/rgm-${String(n).padStart(2, '0')}`;
const wi = (n) => `sg17-2024-09/work-item-${n}`;
const cg = (s) => (g) => g.status.toLowerCase() === s;

// ---- the questions ---------------------------------------------------------------------------------

const cases = [];
const add = (cat, now, q, expect, why) => cases.push({ cat, now, q, expect, why });

// lookups: number, former acronym, TD, title words; work items and groups by their names and TDs
add('lookup', AFTER, 'where are we with X.1819', { ids: ['X.1819'] }, 'Annex A a) row 2');
add('lookup', AFTER, 'x 1222 outcome', { ids: ['X.1222'] }, 'Annex A b) row 2');
add('lookup', AFTER, 'status X.1471 please', { ids: ['X.1471'] }, 'Annex A a) row 7');
add('lookup', AFTER, 'what became of X.websec-7', { ids: ['X.1471'] }, 'Annex A a) row 7: ex X.websec-7');
add('lookup', AFTER, 'ztd-iot', { ids: ['X.1353'] }, 'Annex A a) row 5: ex X.ztd-iot');
add('lookup', AFTER, 'X.pki-em, what happened?', { ids: ['X.508'] }, 'Annex A d) row 13: ex X.pki-em');
add('lookup', AFTER, 'X.evtol-sec final number?', { ids: ['X.1385'] }, 'Annex A c) row 5: (X.evtol-sec)');
add('lookup', AFTER, 'afotak', { ids: ['X.1284'] }, 'Annex A c) row 4: (X.afotak)');
add('lookup', AFTER, 'smdtsc status', { ids: ['X.2012'] }, 'Annex A d) row 1: (X.smdtsc)');
add('lookup', AFTER, 'did X.gpwd get approved', { ids: ['X.1283'] }, 'Annex A a) row 8: ex X.gpwd');
add('lookup', AFTER, 'X.taeii', { ids: ['X.1222'] }, 'Annex A b) row 2: ex X.taeii');
add('lookup', AFTER, 'TD2445 is the base of which text', { ids: ['X.2012'] }, 'Annex A d) row 1: base text TD2445');
add('lookup', AFTER, 'td 2363', { ids: ['X.1385'] }, 'Annex A c) row 5: base text TD2363');
add('lookup', AFTER, 'what does TD2308 correspond to', { ids: ['Security Manual'] }, 'Annex A e) row 2: base text TD2308');
add('lookup', AFTER, 'X.509 Amd 1?', { ids: ['X.509 Amd.1'] }, 'Annex A d) row 6');
add('lookup', AFTER, 'x501 amd2', { ids: ['X.501 Amd.2'] }, 'Annex A d) row 5');
add('lookup', AFTER, 'tell me about X.1717', { ids: ['X.1717'] }, 'Annex A d) row 15');
add('lookup', AFTER, 'info on the security manual', { ids: ['Security Manual'] }, 'Annex A e) row 2');
add('lookup', AFTER, 'what about TR.5Gsec-bsf', { ids: ['TR.5Gsec-bsf'] }, 'Annex A e) row 5');
add('lookup', AFTER, 'X.Suppl.42 details', { ids: ['X.Suppl.42'] }, 'Annex A e) row 7');
add('lookup', AFTER, '1385', { ids: ['X.1385'] }, 'Annex A c) row 5 (bare number)');
add('lookup', AFTER, 'X.1355 and X.1385 status', { ids: ['X.1355', 'X.1385'] }, 'Annex A c) rows 1, 5');
add('lookup', AFTER, 'the e-KYC supplement', { first: 'X.Suppl.41' }, 'Annex A e) row 6 title: e-KYC');
add('lookup', AFTER, 'which rec is about urban air mobility', { first: 'X.1385' }, 'Annex A c) row 5 title: UAM');
add('lookup', AFTER, 'reference monitor for online analytics', { first: 'X.1471' }, 'Annex A a) row 7: its title');
add('lookup', AFTER, 'X.vctp', { ids: ['X.vctp'] }, 'Annex B row 8');
add('lookup', AFTER, 'what is X.sreai-ec', { ids: ['X.sreai-ec'] }, 'Annex B row 7');
add('lookup', AFTER, 'TD2418', { ids: [wi(10)] }, 'Annex B row 10: TD2418, no acronym');
add('lookup', AFTER, 'TD2512?', { ids: ['CG-COP'] }, '§1: CG-COP revised ToR in TD2512');
add('lookup', AFTER, 'CG-secapa', { ids: ['CG-secapa'] }, '§1: CG-secapa');

// outcomes and routes
add('outcome', AFTER, 'which recs passed TAP approval in Geneva', { ids: ids(texts, status('tap-approved')) }, 'Annex A a): 9');
add('outcome', AFTER, 'list everything approved under the traditional approval process', { ids: ids(texts, status('tap-approved')) }, 'Annex A a)');
add('outcome', AFTER, 'which ones failed approval', { ids: ids(texts, status('tap-not-approved')) }, 'Annex A b)');
add('outcome', AFTER, 'recs that got turned down', { ids: ids(texts, status('tap-not-approved')) }, 'Annex A b)');
add('outcome', AFTER, 'what was TAP determined in September', { ids: ids(texts, status('tap-determined')) }, 'Annex A c)');
add(
  'outcome',
  AFTER,
  'which recs go for approval at the next SG17 meeting',
  { ids: ids(texts, status('tap-determined')) },
  'Annex A c): determined for the next meeting',
);
add('outcome', AFTER, 'AAP consents', { ids: ids(texts, status('aap-consented')) }, 'Annex A d)');
add('outcome', AFTER, 'which drafts entered the alternative approval process', { ids: ids(texts, status('aap-consented')) }, 'Annex A d)');
add('outcome', AFTER, 'which texts did SG17 agree this time', { ids: ids(texts, status('agreed')) }, 'Annex A e)');
add('outcome', AFTER, 'all TAP texts from this meeting', { ids: ids(texts, route('tap')) }, 'Annex A a)-c): 16');
add(
  'outcome',
  AFTER,
  'anything determined or consented for Q8?',
  { ids: ids(texts, and(status('tap-determined', 'aap-consented'), Q(8))) },
  'Annex A c) row 3, d) rows 2-3',
);
add('outcome', AFTER, 'Q2 approvals', { ids: ids(texts, and(status('tap-approved'), Q(2))) }, 'Annex A a) rows 1-3');
add('outcome', AFTER, 'approved recs for question 10', { ids: ids(texts, and(status('tap-approved'), Q(10))) }, 'Annex A a) row 8');
add('outcome', AFTER, 'what did Q15 consent', { ids: ids(texts, and(status('aap-consented'), Q(15))) }, 'Annex A d) rows 14-15');
add('outcome', AFTER, 'were any Q6 texts determined', { ids: ids(texts, and(status('tap-determined'), Q(6))) }, 'Annex A c) row 1');
add('outcome', AFTER, 'what did q1 agree', { ids: ids(texts, and(status('agreed'), Q(1))) }, 'Annex A e) rows 1-4');
add('outcome', AFTER, 'which Q4 recs were not approved', { ids: ids(texts, and(status('tap-not-approved'), Q(4))) }, 'Annex A b) rows 1-2');

// kinds and document types
add('kind', AFTER, 'new recs in AAP', { ids: ids(texts, and(status('aap-consented'), kind('new'))) }, 'Annex A d): 6 new');
add('kind', AFTER, 'which amendments went to last call', { ids: ids(texts, and(status('aap-consented'), kind('amendment'))) }, 'Annex A d) rows 4-12');
add('kind', AFTER, 'revisions agreed', { ids: ids(texts, and(status('agreed'), kind('revised'))) }, 'Annex A e) rows 1-4: Rev.');
add('kind', AFTER, 'new recommendations approved by TAP for Q6', { ids: ids(texts, and(status('tap-approved'), kind('new'), Q(6))) }, 'Annex A a) rows 5-6');
add('kind', AFTER, 'amendments from Q11', { ids: ids(texts, and(kind('amendment'), Q(11))) }, 'Annex A d) rows 4-12');
add('kind', AFTER, 'which new texts did Q11 consent', { ids: ids(texts, and(status('aap-consented'), kind('new'), Q(11))) }, 'Annex A d) row 13');
add('type', AFTER, 'all the supplements', { ids: ids(texts, type('suppl')) }, 'Annex A e) rows 6-8');
add('type', AFTER, 'technical reports SG17 agreed in september', { ids: ids(texts, and(status('agreed'), type('tr'))) }, 'Annex A e) row 5');
add('type', AFTER, 'the other SG17 documents that were agreed', { ids: ids(texts, type('doc')) }, 'Annex A e) rows 1-4: 4 SG17 documents');
add('type', AFTER, 'Supplements from Q10', { ids: ids(texts, and(type('suppl'), Q(10))) }, 'Annex A e) rows 6-7');
add('type', AFTER, 'Q13 recs', { ids: ids(texts, and(type('rec'), Q(13))) }, 'Annex A a) row 9, c) row 5 (X.Suppl.43 is a Supplement)');

// Questions
add('question', AFTER, 'texts of question 8', { ids: ids(texts, Q(8)) }, 'Annex A: Q8/17 rows');
add('question', AFTER, 'which texts came from Q7/17', { ids: ids(texts, Q(7)) }, 'Annex A: Q7/17 rows');
add('question', AFTER, 'Q4/17 texts', { ids: ids(texts, Q(4)) }, 'Annex A: Q4/17 rows');
add('question', AFTER, 'texts from Q2 and Q13', { ids: ids(texts, Q(2, 13)) }, 'Annex A: Q2/17 and Q13/17 rows');
add(
  'question',
  AFTER,
  'which Questions got something determined',
  { groups: groups(texts, status('tap-determined'), 6, 7, 8, 10, 13) },
  'Annex A c) per Question',
);
add('question', AFTER, '15/17 texts', { ids: ids(texts, Q(15)) }, 'Annex A d) rows 14-15');

// RGMs: by Question, place, format, TBC, dates against the clock
add('rgm', DURING, 'when does Q11 meet next', { first: rgm(11) }, '§2 RGM 11: 7-11 Oct 2024');
add('rgm', DURING, 'Q3 rgm dates', { ids: ids(rgms, Q(3)) }, '§2 RGMs 7-8');
add('rgm', DURING, 'stockholm meeting when', { ids: [rgm(11)] }, '§2 RGM 11');
add('rgm', DURING, 'is there an rgm in paris', { ids: [rgm(10)] }, '§2 RGM 10');
add('rgm', DURING, 'which RGMs are in Seoul', { ids: [rgm(3)] }, '§2 RGM 3: Hybrid (Virtual + Seoul)');
add('rgm', DURING, 'rgms hosted by Soonchunhyang University', { ids: [rgm(3)] }, '§2 RGM 3');
add('rgm', DURING, 'online rgms', { ids: ids(rgms, virtual) }, '§2 MyWorkspace RGMs 1, 4-6, 9, 13');
add('rgm', DURING, 'which interim meetings are on MyWorkspace', { ids: ids(rgms, virtual) }, '§2 MyWorkspace RGMs');
add('rgm', DURING, 'any hybrid RGM?', { ids: ids(rgms, hybrid) }, '§2 RGM 3');
add('rgm', DURING, 'rgms whose dates are still to be confirmed', { ids: ids(rgms, tbc) }, '§2 TBC RGMs 1, 2, 4-6, 9, 12, 14');
add('rgm', DURING, 'rgms with firm dates', { ids: ids(rgms, not(tbc)) }, '§2 RGMs 3, 7, 8, 10, 11, 13');
add('rgm', DURING, 'RGMs with no location decided yet', { ids: ids(rgms, noVenue) }, '§2 RGMs 2, 7, 8, 12 (tbd), 14');
add('rgm', DURING, 'rgms in december 2024', { ids: ids(rgms, during('2024-12-01', '2024-12-31')) }, '§2 RGMs 2, 10');
add('rgm', DURING, 'rapporteur meetings in November', { ids: ids(rgms, during('2024-11-01', '2024-11-30')) }, '§2 RGMs 1, 7, 8');
add('rgm', DURING, 'any rapporteur meeting in oct', { ids: ids(rgms, during('2024-10-01', '2024-10-31')) }, '§2 RGM 11');
add('rgm', NOV25, 'rgms this week', { ids: ids(rgms, during('2024-11-25', '2024-12-01')) }, '§2 RGMs 1, 8');
add('rgm', NOV25, 'any RGMs next week', { ids: ids(rgms, during('2024-12-02', '2024-12-08')) }, '§2 RGMs 2, 10');
add('rgm', JAN06, 'which RGMs were held last month', { ids: ids(rgms, during('2024-12-01', '2024-12-31')) }, '§2 RGMs 2, 10');
add('rgm', JAN06, 'which rgms have been held already', { ids: ids(rgms, not(from('2025-01-06'))) }, '§2 RGMs 1, 2, 7, 8, 10, 11');
add('rgm', FEB03, 'next Q1 rapporteur meeting', { first: soonest(rgms, and(Q(1), from('2025-02-03'))) }, '§2 RGM 5: 18-20 Feb 2025');
add('rgm', FEB03, 'rgms coming up', { ids: ids(rgms, from('2025-02-03')) }, '§2 RGMs 5, 6, 9, 13, 14 (Jan-Feb window)');
add('rgm', DURING, 'rgms in the first quarter of 2025', { ids: ids(rgms, during('2025-01-01', '2025-03-31')) }, '§2 RGMs 3-6, 9, 12-14');
add('rgm', DURING, 'rgms between 1 and 10 Dec 2024', { ids: ids(rgms, during('2024-12-01', '2024-12-10')) }, '§2 RGMs 2, 10');
add('rgm', DURING, 'rgm q13', { ids: ids(rgms, Q(13)) }, '§2 RGM 12');
add('rgm', DURING, 'when does Q14 meet', { ids: ids(rgms, Q(14)) }, '§2 RGM 13');
add('rgm', DURING, 'Q15 rapporteur meeting?', { ids: ids(rgms, Q(15)) }, '§2 RGM 14');
add('rgm', DURING, 'rgms about X.1058-rev', { ids: [rgm(7)] }, '§2 RGM 7 topic');
add('rgm', DURING, 'which rgm covers X.cdc-csirt', { ids: [rgm(8)] }, '§2 RGM 8 topics');
add('rgm', DURING, 'Q1 rgms that are confirmed', { ids: ids(rgms, and(Q(1), not(tbc))) }, '§2 RGM 3');
add('rgm', DURING, 'virtual rgms in 2025', { ids: ids(rgms, and(virtual, during('2025-01-01', '2025-12-31'))) }, '§2 RGMs 4-6, 9, 13');
add('rgm', MID25, 'any rgms left?', { ids: [] }, '§2: the last RGM is 4-6 Mar 2025');
add('rgm', DURING, 'rgms for questions 10 and 11', { ids: ids(rgms, Q(10, 11)) }, '§2 RGMs 10, 11');
add('rgm', DURING, 'where will Q10 hold its rgm', { ids: ids(rgms, Q(10)) }, '§2 RGM 10: Paris');

// new work items
add('work-item', AFTER, 'what new work was started', { ids: ids(workItems) }, 'Annex B: 10');
add('work-item', AFTER, 'work items that are technical reports', { ids: ids(workItems, type('tr')) }, 'Annex B rows 2, 3, 6');
add('work-item', AFTER, 'new work items going by agreement', { ids: ids(workItems, route('agreement')) }, 'Annex B ** rows 2, 3, 6');
add('work-item', AFTER, 'new work items for TAP approval', { ids: ids(workItems, route('tap')) }, 'Annex B * rows: 7');
add('work-item', AFTER, 'which work items will go through AAP', { ids: ids(workItems, route('aap')) }, 'Annex B: every item is marked, none AAP');
add('work-item', AFTER, 'question 14 work items', { ids: ids(workItems, Q(14)) }, 'Annex B row 10');
add('work-item', AFTER, 'work items for Q6', { ids: ids(workItems, Q(6)) }, 'Annex B rows 4-5');
add('work-item', AFTER, 'new work for Q10?', { ids: ids(workItems, Q(10)) }, 'Annex B rows 8-9');
add('work-item', AFTER, 'new work items about the metaverse', { ids: ids(workItems, title(/metaverse/i)) }, 'Annex B rows 4, 6');
add('work-item', AFTER, 'work item on edge AI', { first: 'X.sreai-ec' }, 'Annex B row 7 title');

// correspondence groups
add('cg', AFTER, 'list the correspondence groups', { ids: ids(cgs) }, '§1: 4 CGs');
add('cg', AFTER, 'the new CG', { ids: ids(cgs, cg('new')) }, '§1: CG-RES New');
add('cg', AFTER, 'which cg handles child online protection', { ids: ['CG-COP'] }, '§1: CG-COP');
add('cg', AFTER, 'ToR of CG-AIsec', { ids: ['CG-AIsec'] }, '§1: CG-AIsec, TD2287R4');
add('cg', AFTER, 'the restructuring correspondence group', { ids: ['CG-RES'] }, '§1: CG-RES');
add('cg', AFTER, 'which CG deals with security architecture', { ids: ['CG-secapa'] }, '§1: CG-secapa');

// exclusions
add('exclusion', AFTER, 'approved recs, leave out Q2', { ids: ids(texts, and(status('tap-approved'), not(Q(2)))) }, 'Annex A a) rows 4-9');
add(
  'exclusion',
  AFTER,
  'consented texts without the amendments',
  { ids: ids(texts, and(status('aap-consented'), not(kind('amendment')))) },
  'Annex A d): 6 new',
);
add('exclusion', AFTER, 'AAP texts outside Q11', { ids: ids(texts, and(status('aap-consented'), not(Q(11)))) }, 'Annex A d) rows 1-3, 14-15');
add('exclusion', AFTER, 'approved minus Q6 and Q7', { ids: ids(texts, and(status('tap-approved'), not(Q(6, 7)))) }, 'Annex A a) rows 1-4, 8-9');
add('exclusion', AFTER, "determined recs apart from Q10's", { ids: ids(texts, and(status('tap-determined'), not(Q(10)))) }, 'Annex A c) rows 1-3, 5');
add('exclusion', AFTER, 'agreed texts that are not from Q1', { ids: ids(texts, and(status('agreed'), not(Q(1)))) }, 'Annex A e) rows 5-8');
add('exclusion', AFTER, 'supplements other than X.Suppl.43', { ids: ids(texts, and(type('suppl'), not(id('X.Suppl.43')))) }, 'Annex A e) rows 6-7');
add('exclusion', AFTER, 'all texts except the AAP ones', { ids: ids(texts, not(route('aap'))) }, 'Annex A a)-c), e)');
add('exclusion', AFTER, 'texts not from Q11 and not from Q1', { ids: ids(texts, not(Q(11, 1))) }, 'Annex A minus Q1/17 and Q11/17: 25');
add('exclusion', DURING, 'list rgms, skip Q1', { ids: ids(rgms, not(Q(1))) }, '§2 RGMs 7-14');
add('exclusion', DURING, 'rgms anywhere but paris', { ids: ids(rgms, not(venue(/Paris/))) }, '§2 minus RGM 10');
add('exclusion', DURING, 'rgms not on MyWorkspace', { ids: ids(rgms, not(virtual)) }, '§2 RGMs 2, 3, 7, 8, 10-12, 14');
add('exclusion', DURING, 'rgms excluding the TBC ones', { ids: ids(rgms, not(tbc)) }, '§2 RGMs 3, 7, 8, 10, 11, 13');
add('exclusion', DURING, 'rgms outside 2025', { ids: ids(rgms, not(during('2025-01-01', '2025-12-31'))) }, '§2 RGMs 1, 2, 7, 8, 10, 11');
add(
  'exclusion',
  AFTER,
  'consented texts lacking an ISO/IEC counterpart',
  { ids: ids(texts, and(status('aap-consented'), not(equivalent))) },
  'Annex A d) rows 1-3, 14-15',
);
add(
  'exclusion',
  AFTER,
  'approved texts that were never deferred',
  { ids: ids(texts, and(status('tap-approved'), not(noted(/deferred/)))) },
  'Annex A a) minus Notes 1-3',
);
add('exclusion', AFTER, 'amendments apart from X.509', { ids: ids(texts, and(kind('amendment'), not(id('X.509 Amd.1')))) }, 'Annex A d) rows 4-5, 7-12');
add('exclusion', AFTER, 'work items not going by TAP', { ids: ids(workItems, not(route('tap'))) }, 'Annex B rows 2, 3, 6');
add('exclusion', AFTER, 'work items apart from Q10', { ids: ids(workItems, not(Q(10))) }, 'Annex B minus rows 8-9');
add('exclusion', AFTER, "which correspondence groups aren't new", { ids: ids(cgs, not(cg('new'))) }, '§1: 3 continued');
add('exclusion', AFTER, 'determined recs, excluding the IoT one', { ids: ids(texts, and(status('tap-determined'), not(title(/IoT/)))) }, 'Annex A c) rows 2-5');
add('exclusion', AFTER, 'everything consented except X.508', { ids: ids(texts, and(status('aap-consented'), not(id('X.508')))) }, 'Annex A d) minus row 13');
add('exclusion', DURING, 'Q1 rgms but not the virtual ones', { ids: ids(rgms, and(Q(1), not(virtual))) }, '§2 RGMs 2, 3');
add('exclusion', DURING, 'rgms for neither Q1 nor Q3', { ids: ids(rgms, not(Q(1, 3))) }, '§2 RGMs 9-14');
add(
  'exclusion',
  AFTER,
  'consented recs bar the quantum ones',
  { ids: ids(texts, and(status('aap-consented'), not(title(/quantum/i)))) },
  'Annex A d) rows 1-13',
);
add('exclusion', AFTER, "approved recs that don't belong to Q2 or Q4", { ids: ids(texts, and(status('tap-approved'), not(Q(2, 4)))) }, 'Annex A a) rows 5-9');
add('exclusion', AFTER, 'texts except the ones from Q11', { ids: ids(texts, not(Q(11))) }, 'Annex A minus Q11/17: 29');

// counts over whole sets
add('count', AFTER, 'how many recs were approved via TAP', { count: count(texts, status('tap-approved')) }, 'Annex A a): 9');
add('count', AFTER, 'total AAP consented', { count: count(texts, status('aap-consented')) }, 'Annex A d): 15');
add('count', AFTER, 'how many texts failed at TAP', { count: count(texts, status('tap-not-approved')) }, 'Annex A b): 2');
add('count', AFTER, 'number of texts agreed', { count: count(texts, status('agreed')) }, 'Annex A e): 8');
add('count', DURING, 'nr of rgms marked tbc', { count: count(rgms, tbc) }, '§2: 8 TBC');
add('count', DURING, 'count virtual rgms', { count: count(rgms, virtual) }, '§2: 6 MyWorkspace');
add('count', DURING, 'how many interim meetings has Q1 planned', { count: count(rgms, Q(1)) }, '§2 RGMs 1-6');
add('count', AFTER, 'how many ISO/IEC common texts', { count: count(texts, equivalent) }, 'Annex A d) rows 4-13');
add('count', AFTER, 'how many work items are for Q10', { count: count(workItems, Q(10)) }, 'Annex B rows 8-9');
add('count', DURING, 'how many rgms in Feb 2025', { count: count(rgms, during('2025-02-01', '2025-02-28')) }, '§2 RGMs 5, 9, 13, 14 (Jan-Feb)');
add('count', AFTER, 'how many texts came from Q1', { count: count(texts, Q(1)) }, 'Annex A e) rows 1-4');
add('count', AFTER, 'number of new recommendations consented', { count: count(texts, and(status('aap-consented'), kind('new'))) }, 'Annex A d): 6 new');
add('count', AFTER, 'how many amendments besides X.501 Amd.2', { count: count(texts, and(kind('amendment'), not(id('X.501 Amd.2')))) }, 'Annex A d): 9 - 1');
add('count', AFTER, 'how many texts had their approval deferred before', { count: count(texts, noted(/approval deferred/)) }, 'Annex A a) Notes 1-3');
add('count', MID25, 'how many RGMs were planned in total', { count: count(rgms) }, '§2: 14 at any clock');
add('count', AFTER, 'how many correspondence groups are there', { count: count(cgs) }, '§1: 4');

// aggregations
add('aggregate', AFTER, 'which question contributed the most texts', { first: most(texts) }, 'Annex A: Q11/17 10 of 39');
add('aggregate', DURING, 'which question holds the most RGMs', { first: most(rgms) }, '§2: Q1/17 6 of 14');
add('aggregate', AFTER, 'which Q got most approvals', { first: most(texts, status('tap-approved')) }, 'Annex A a): Q2/17 3 of 9');
add('aggregate', AFTER, 'consented texts per question', { groups: groups(texts, status('aap-consented'), 7, 8, 11, 15) }, 'Annex A d) per Question');
add('aggregate', DURING, 'rgms by question', { groups: groups(rgms, () => true, 1, 3, 8, 10, 11, 13, 14, 15) }, '§2 per Question');
add(
  'aggregate',
  AFTER,
  'work items per question',
  { groups: groups(workItems, () => true, 2, 6, 7, 8, 10, 14) },
  'Annex B per Question (row 1 lost its Question)',
);
add('aggregate', AFTER, 'agreed texts broken down by question', { groups: groups(texts, status('agreed'), 1, 2, 10, 13) }, 'Annex A e) per Question');

// comparisons
add('compare', AFTER, 'Q8 versus Q10 texts', { groups: groups(texts, () => true, 8, 10) }, 'Annex A: Q8/17 and Q10/17 rows');
add('compare', DURING, 'compare the rgms of Q3 and Q13', { groups: groups(rgms, () => true, 3, 13) }, '§2 RGMs 7, 8, 12');
add('compare', AFTER, 'X.1221 or X.1222, what is the difference', { ids: ['X.1221', 'X.1222'] }, 'Annex A b) rows 1-2');
add('compare', AFTER, 'X.1355 compared with X.1385', { ids: ['X.1355', 'X.1385'] }, 'Annex A c) rows 1, 5');
add('compare', AFTER, 'compare Q6 and Q7 work items', { groups: groups(workItems, () => true, 6, 7) }, 'Annex B rows 4-6');
add('compare', AFTER, 'Q2 vs Q10 approved', { groups: groups(texts, status('tap-approved'), 2, 10) }, 'Annex A a) rows 1-3, 8');
add('compare', AFTER, 'how does Q4 compare to Q6 in terms of texts', { groups: groups(texts, () => true, 4, 6) }, 'Annex A: Q4/17 and Q6/17 rows');

// table columns and notes
add('column', AFTER, 'which text corresponds to ISO/IEC 9594-8', { ids: ids(texts, (i) => i.equivalent === 'ISO/IEC 9594-8') }, 'Annex A d) row 6');
add('column', AFTER, '9594-2 equivalent rec', { ids: ids(texts, (i) => i.equivalent === 'ISO/IEC 9594-2') }, 'Annex A d) row 5');
add('column', AFTER, 'which text has the A.5 reference TD2355', { ids: ids(texts, (i) => i.a5Reference === 'TD2355') }, 'Annex A d) row 10');
add('column', AFTER, 'texts with an A.5 justification', { ids: ids(texts, a5) }, 'Annex A d) rows 10, 13');
add('column', AFTER, 'texts with iso/iec twins', { ids: ids(texts, equivalent) }, 'Annex A d) Equivalent column');
add('column', AFTER, 'texts whose approval was deferred', { ids: ids(texts, noted(/approval deferred/)) }, 'Annex A a) Notes 1-3');
add(
  'column',
  AFTER,
  'which approval got postponed in Feb/Mar 2024',
  { ids: ids(texts, noted(/approval deferred by SG17 Feb\/Mar 2024/)) },
  'Annex A a) Note 3',
);
add('column', AFTER, 'which texts were first determined back in 2022', { ids: ids(texts, noted(/TAP determined at SG17 Aug\/Sep 2022/)) }, 'Annex A a) Note 1');
add(
  'column',
  AFTER,
  're-determined at the Feb/Mar 2024 meeting',
  { ids: ids(texts, noted(/re-determined( again)? at SG17 Feb\/Mar 2024/)) },
  'Annex A a) Notes 1-2',
);
add('column', AFTER, 'which text has no base text listed', { ids: ids(texts, (i) => i.baseText === null) }, 'Annex A c) row 1: blank');
add('column', AFTER, 'which texts have timing 2023-09', { ids: ids(texts, (i) => i.timing === '2023-09') }, 'Annex A a) row 1, b) rows 1-2');
add('column', AFTER, 'what TD is the base text for X.1647', { ids: ['X.1647'] }, 'Annex A d) row 3: TD2370');

// the meeting itself, the next one, highlights, statistics
add('meeting', AFTER, 'when is the next SG17 plenary', { ids: [NEXT_MEETING] }, '§2: 7-17 April 2025');
add('meeting', AFTER, 'dates of the 2025 SG17 meeting', { ids: [NEXT_MEETING] }, '§2: 7-17 April 2025');
add('meeting', DURING, 'how many working days is the next study group meeting', { ids: [NEXT_MEETING] }, '§2: 9 working days');
add('meeting', AFTER, 'is there a plenary in april 2025', { ids: [NEXT_MEETING] }, '§2: 7-17 April 2025');
add('highlights', AFTER, 'hot topics pls', { ids: [THIS_MEETING] }, 'Hot topics of this meeting');
add('highlights', AFTER, 'what was hot at SG17 in Geneva', { ids: [THIS_MEETING] }, 'Hot topics of this meeting');
add('highlights', AFTER, 'give me the highlights', { ids: [THIS_MEETING] }, 'the hot topics and §1 output');
add('highlights', AFTER, 'any new registration authority?', { ids: [THIS_MEETING] }, '§1: Tanzania, 2.16.834');
add('stats', AFTER, 'stats of the Geneva meeting', { ids: [THIS_MEETING] }, 'Annex D');
add('stats', AFTER, 'what was the DDP percentage', { ids: [THIS_MEETING] }, 'Annex D: DDP 98%');

// topic searches with a clear expected set
add('topic', AFTER, 'approved recs about passwords', { ids: ids(texts, and(status('tap-approved'), title(/password/i))) }, 'Annex A a) row 8');
add('topic', AFTER, 'texts on digital financial services', { ids: ids(texts, title(/digital financial service/i)) }, 'Annex A c) row 2, e) rows 6-7');
add('topic', AFTER, 'consented texts about QKD', { ids: ids(texts, and(status('aap-consented'), title(/quantum key/i))) }, 'Annex A d) rows 14-15');
add('topic', AFTER, 'texts mentioning URLLC', { ids: ids(texts, title(/URLLC/)) }, 'Annex A e) row 8');
add('topic', AFTER, 'consented texts on smart cities', { ids: ids(texts, and(status('aap-consented'), title(/smart cit/i))) }, 'Annex A d) row 1');
add(
  'topic',
  AFTER,
  'which consented texts are about the Directory',
  { ids: ids(texts, and(status('aap-consented'), title(/Directory/))) },
  'Annex A d) rows 4-13',
);
add('topic', AFTER, 'approved texts about spam', { ids: ids(texts, and(status('tap-approved'), title(/spam/i))) }, 'Annex A a) row 4');
add('topic', AFTER, 'IoT texts determined', { ids: ids(texts, and(status('tap-determined'), title(/IoT/))) }, 'Annex A c) row 1');
add(
  'topic',
  AFTER,
  'Which TAP-determined recommendations deal with edge computing?',
  { ids: ids(texts, and(status('tap-determined'), title(/edge computing/i))) },
  'Annex A c) row 3',
);

// what the data cannot answer
add('honest', AFTER, 'who is the rapporteur of Q10', { honest: true }, 'the summary names no rapporteurs');
add('honest', AFTER, "what's the registration fee for the April meeting", { honest: true }, 'the summary names no fees');
add('honest', AFTER, 'who was elected SG17 chair at WTSA-24', { honest: true }, 'the summary names no chair and predates WTSA-24');
add('honest', AFTER, 'zoom link for the Q14 rgm', { honest: true }, 'the summary gives no links');
add('honest', AFTER, 'which time zone is the Q1 rgm in', { honest: true }, 'the summary names no time zone');
add('honest', AFTER, "what is SG17's budget", { honest: true }, 'not in the summary');
add('honest', AFTER, 'X.1999 status', { honest: true }, 'no such text');
add('honest', AFTER, 'TD9999', { honest: true }, 'no such TD in the summary');
add('honest', AFTER, 'which work items were discontinued', { honest: true }, 'Annex C is empty');
add('honest', AFTER, 'weather in geneva tomorrow', { honest: true }, 'not SG17 data');
add('honest', AFTER, 'how many sector members took part', { honest: true }, 'Annex D participants table is empty in the seed');
add('honest', AFTER, 'who proposed X.vctp', { honest: true }, 'the summary names no proposers');

// typos
add('typo', AFTER, 'aprooved recs q6', { ids: ids(texts, and(status('tap-approved'), Q(6))) }, 'Annex A a) rows 5-6');
add('typo', AFTER, 'amendements in last call', { ids: ids(texts, and(status('aap-consented'), kind('amendment'))) }, 'Annex A d) rows 4-12');
add('typo', AFTER, 'determinned texts Q13', { ids: ids(texts, and(status('tap-determined'), Q(13))) }, 'Annex A c) row 5');
add('typo', AFTER, 'agred technical reprot', { ids: ids(texts, and(status('agreed'), type('tr'))) }, 'Annex A e) row 5');
add('typo', AFTER, 'corespondance group on AI', { ids: ['CG-AIsec'] }, '§1: CG-AIsec');
add('typo', DURING, 'rapoteur meetngs in januray', { ids: ids(rgms, during('2025-01-01', '2025-01-31')) }, '§2 RGMs 3, 4, 12, 14 (Jan-Feb)');
add('typo', AFTER, 'X.1283 stauts', { ids: ['X.1283'] }, 'Annex A a) row 8');
add('typo', DURING, 'Stokholm rgm', { ids: [rgm(11)] }, '§2 RGM 11');
add('typo', AFTER, 'suplement for URLLC', { first: 'X.Suppl.43' }, 'Annex A e) row 8');
add('typo', DURING, 'virutal rgms Q1', { ids: ids(rgms, and(virtual, Q(1))) }, '§2 RGMs 1, 4-6');

// Unicode
add('unicode', AFTER, 'X\uFF0E1456', { ids: ['X.1456'] }, 'Annex A c) row 2 (full-width full stop)');
add('unicode', AFTER, 'Ｑ８ texts', { ids: ids(texts, Q(8)) }, 'Annex A: Q8/17 rows (full-width)');
add('unicode', DURING, 'rgm in Paris \u2014 when?', { ids: [rgm(10)] }, '§2 RGM 10 (em dash)');
add('unicode', AFTER, 'X.1716\u200b', { ids: ['X.1716'] }, 'Annex A d) row 14 (zero-width space)');
add('unicode', AFTER, 'X.509 Amd.１', { ids: ['X.509 Amd.1'] }, 'Annex A d) row 6 (full-width digit)');
add('unicode', AFTER, 'approved \u201cIoT\u201d recs', { ids: ids(texts, and(status('tap-approved'), title(/IoT/))) }, 'Annex A a) rows 5-6 (curly quotes)');
add('unicode', AFTER, 'Ｘ.ｓｔｉｅ', { ids: ['X.1221'] }, 'Annex A b) row 1 (full-width letters)');
add('unicode', DURING, 'Q１５ RGM', { ids: ids(rgms, Q(15)) }, '§2 RGM 14 (full-width digits)');
add('unicode', AFTER, 'base text ＴＤ２４７５', { ids: ['X.1716'] }, 'Annex A d) row 14 (full-width digits)');
add('unicode', AFTER, 'X\u20111717', { ids: ['X.1717'] }, 'Annex A d) row 15 (non-breaking hyphen for the dot)');

// casual, chatty, non-native, long, filter at the end
add(
  'casual',
  AFTER,
  'hey, quick one \u2014 which of the Q2 5G recs actually got approved in Geneva?',
  { ids: ids(texts, and(status('tap-approved'), Q(2))) },
  'Annex A a) rows 1-3',
);
add(
  'casual',
  AFTER,
  'I was wondering if you could tell me which recommendations from question 6 made it through TAP approval',
  { ids: ids(texts, and(status('tap-approved'), Q(6))) },
  'Annex A a) rows 5-6',
);
add(
  'casual',
  AFTER,
  'pls list all directory amendments consented, thx',
  { ids: ids(texts, and(status('aap-consented'), kind('amendment'))) },
  'Annex A d) rows 4-12',
);
add('casual', AFTER, 'my boss is asking how many texts SG17 sent to last call', { count: count(texts, status('aap-consented')) }, 'Annex A d): 15');
add('casual', DURING, 'Could you kindly inform me of the interim meetings planned for Question 3', { ids: ids(rgms, Q(3)) }, '§2 RGMs 7-8');
add('casual', AFTER, 'new work items from Q8 or Q14, which?', { ids: ids(workItems, Q(8, 14)) }, 'Annex B rows 7, 10');
add('casual', AFTER, 'for Q13, anything determined?', { ids: ids(texts, and(status('tap-determined'), Q(13))) }, 'Annex A c) row 5');
add('casual', AFTER, 'which recs got consented, only Q15', { ids: ids(texts, and(status('aap-consented'), Q(15))) }, 'Annex A d) rows 14-15');
add('casual', DURING, 'rgms planned virtually, Q14 only', { ids: ids(rgms, and(virtual, Q(14))) }, '§2 RGM 13');
add('casual', AFTER, 'approved texts, Q13 only pls', { ids: ids(texts, and(status('tap-approved'), Q(13))) }, 'Annex A a) row 9');
add(
  'casual',
  AFTER,
  'please give me which recommendation is approve for question 4',
  { ids: ids(texts, and(status('tap-approved'), Q(4))) },
  'Annex A a) row 4',
);
add('casual', AFTER, 'what recommendation determine in this meeting for Q8', { ids: ids(texts, and(status('tap-determined'), Q(8))) }, 'Annex A c) row 3');
add('casual', DURING, 'there is any rgm of Q15 in january?', { ids: ids(rgms, and(Q(15), during('2025-01-01', '2025-01-31'))) }, '§2 RGM 14 (Jan-Feb 2025)');
add('casual', AFTER, 'list the supplements agreed, for Q13', { ids: ids(texts, and(type('suppl'), Q(13))) }, 'Annex A e) row 8');
add(
  'casual',
  AFTER,
  'I need all the texts that were consented for AAP last call by Q8 and that are new recommendations',
  { ids: ids(texts, and(status('aap-consented'), Q(8), kind('new'))) },
  'Annex A d) rows 2-3',
);
add('casual', AFTER, 'ok and what did Question 7 get approved, if anything', { ids: ids(texts, and(status('tap-approved'), Q(7))) }, 'Annex A a) row 7');

// ---- conversations ---------------------------------------------------------------------------------

const convs = [];
const conv = (cat, now, turns, expect, why) => convs.push({ cat, now, turns, expect, why });
conv('follow-up', DURING, ['rgms for Q10', 'what about Q11?'], { ids: ids(rgms, Q(11)) }, '§2 RGM 11');
conv('narrow', AFTER, ['approved recs', 'just Q10'], { ids: ids(texts, and(status('tap-approved'), Q(10))) }, 'Annex A a) row 8');
conv(
  'narrow',
  AFTER,
  ['consented texts', 'drop the amendments'],
  { ids: ids(texts, and(status('aap-consented'), not(kind('amendment')))) },
  'Annex A d): 6 new',
);
conv('count', AFTER, ['agreed texts', 'count them'], { count: count(texts, status('agreed')) }, 'Annex A e): 8');
conv('narrow', DURING, ['virtual rgms', 'in 2024 only'], { ids: ids(rgms, and(virtual, during('2024-01-01', '2024-12-31'))) }, '§2 RGM 1');
conv('follow-up', AFTER, ['supplements', 'Q13?'], { ids: ids(texts, and(type('suppl'), Q(13))) }, 'Annex A e) row 8');
conv('follow-up', AFTER, ['X.1456', 'and X.1648?'], { ids: ['X.1648'] }, 'Annex A c) row 3');
conv('narrow', DURING, ['rgms in january', 'only the confirmed ones'], { ids: ids(rgms, and(during('2025-01-01', '2025-01-31'), not(tbc))) }, '§2 RGM 3');
conv('narrow', AFTER, ['new work items', 'just the technical reports'], { ids: ids(workItems, type('tr')) }, 'Annex B rows 2, 3, 6');
conv(
  'count',
  AFTER,
  ['determined recs', 'not Q6 or Q7', 'how many?'],
  { count: count(texts, and(status('tap-determined'), not(Q(6, 7)))) },
  'Annex A c) rows 3-5',
);
conv('narrow', AFTER, ['texts from Q11', 'which have an A.5 reference?'], { ids: ids(texts, and(Q(11), a5)) }, 'Annex A d) rows 10, 13');
conv('follow-up', NOV25, ['rgms this week', 'and next week?'], { ids: ids(rgms, during('2024-12-02', '2024-12-08')) }, '§2 RGMs 2, 10');
conv('narrow', AFTER, ['tap approved', 'split by question'], { groups: groups(texts, status('tap-approved'), 2, 4, 6, 7, 10, 13) }, 'Annex A a) per Question');
conv('narrow', AFTER, ['correspondence groups', 'which one is new?'], { ids: ids(cgs, cg('new')) }, '§1: CG-RES');
conv('follow-up', AFTER, ['what did Q2 get approved', 'and Q13?'], { ids: ids(texts, and(status('tap-approved'), Q(13))) }, 'Annex A a) row 9');

// ---- write ---------------------------------------------------------------------------------------

writeSet('heldout3', cases, convs, ['heldout-questions.json', 'heldout2-questions.json']);
