#!/usr/bin/env node
/**
 * Writes the sixth held-out question set (test/fixtures/heldout6-questions.json and
 * heldout6-conversations.json), written blind after set 5 had been tuned to: from the seed summary,
 * the data, README.md and docs/commands.md only — without reading the parser, its question corpus,
 * the other held-out fixtures or the parser's tests, and without running the bot on these questions
 * while writing them. Every expected answer is a filter over data/sg17-2024-09.json (checked against
 * the seed), never what the bot answers. Questions the seed leaves ambiguous (work item 1's lost
 * Question, empty sets, "in person", whether a venue-less RGM is "outside Europe", Q15's Jan-Feb window
 * against "not in February") are left out.
 *
 *   node scripts/heldout6-expect.mjs          # rewrite both fixtures
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

const DURING = '2024-09-03T10:00:00Z'; // during the Geneva meeting: every RGM is still to come
const AFTER = '2024-11-04T09:30:00Z'; // after the meeting; for text questions the clock does not matter
const NOV20 = '2024-11-20T08:00:00Z'; // Q11's and Q3's 19 Nov RGMs are over; next is Q3's 26-27 Nov
const NOV25 = '2024-11-25T09:00:00Z'; // a Monday: this week is 25 Nov - 1 Dec
const NOV28 = '2024-11-28T15:00:00Z'; // a Thursday: next week is 2-8 Dec; next RGM is Q1's 29 Nov
const DEC10 = '2024-12-10T09:00:00Z'; // Q10's Paris RGM is over; the next Q1 RGM is 15 Jan
const rgm = (n) => `sg17-2024-09/rgm-${String(n).padStart(2, '0')}`;
const wi = (n) => `sg17-2024-09/work-item-${n}`;
const wroute = (r) => (w) => w.route === r;
const day = (iso) => iso.slice(0, 10);
const all = () => true;

// ---- the questions ---------------------------------------------------------------------------------

const cases = [];
const add = (cat, now, q, expect, why) => cases.push({ cat, now, q, expect, why });

// lookups: by number, former acronym, TD
add('lookup', AFTER, 'where did X.1820 end up', { ids: ['X.1820'] }, 'Annex A a) row 3');
add('lookup', AFTER, 'x 1237?', { ids: ['X.1237'] }, 'Annex A a) row 4');
add('lookup', AFTER, 'what number did X.5Gsec-netec get', { ids: ['X.1819'] }, 'Annex A a) row 2: ex X.5Gsec-netec');
add('lookup', AFTER, 'gpwd — which rec is that now', { ids: ['X.1283'] }, 'Annex A a) row 8: ex X.gpwd');
add('lookup', AFTER, 'X.itssec-5 outcome', { ids: ['X.1384'] }, 'Annex A a) row 9: ex X.itssec-5');
add('lookup', AFTER, 'anyone know what happened with X.tsfpp?', { ids: ['X.1237'] }, 'Annex A a) row 4: ex X.tsfpp');
add('lookup', AFTER, 'X.stie', { ids: ['X.1221'] }, 'Annex A b) row 1: ex X.stie');
add('lookup', AFTER, 'ra-iot rec number', { ids: ['X.1355'] }, 'Annex A c) row 1: X.ra-iot');
add('lookup', AFTER, 'is X.gecds done?', { ids: ['X.1648'] }, 'Annex A c) row 3: X.gecds');
add('lookup', AFTER, 'sgdfs-us', { ids: ['X.1456'] }, 'Annex A c) row 2: X.sgdfs-us');
add('lookup', AFTER, 'X.sec_QKDN_CM where is it at', { ids: ['X.1717'] }, 'Annex A d) row 15: X.sec_QKDN_CM');
add('lookup', AFTER, 'status of x.1716 please', { ids: ['X.1716'] }, 'Annex A d) row 14');
add('lookup', AFTER, 'X.1648', { ids: ['X.1648'] }, 'Annex A c) row 3');
add('lookup', AFTER, 'X.509 amd1 - consented?', { ids: ['X.509 Amd.1'] }, 'Annex A d) row 6');
add('lookup', AFTER, 'x.525 amendment 1', { ids: ['X.525 Amd.1'] }, 'Annex A d) row 12');
add('lookup', AFTER, 'X.Suppl.42 info', { ids: ['X.Suppl.42'] }, 'Annex A e) row 7');
add('lookup', AFTER, 'TR.5Gsec-bsf — agreed or not?', { ids: ['TR.5Gsec-bsf'] }, 'Annex A e) row 5');
add('lookup', AFTER, 'which rec uses TD2474 as base text', { ids: ['X.1717'] }, 'Annex A d) row 15: TD2474');
add('lookup', AFTER, 'TD2380?', { ids: ['X.1284'] }, 'Annex A c) row 4: TD2380');
add('lookup', AFTER, 'what is based on R63', { ids: ['X.1353'] }, 'Annex A a) row 5: base text R63');
add('lookup', AFTER, 'td 2364', { ids: ['X.1600'] }, 'Annex A d) row 2: TD2364');
add('lookup', AFTER, 'which work item is TD2453', { ids: ['X.vctp'] }, 'Annex B row 8: TD2453');
add('lookup', AFTER, 'X.oicc details', { ids: ['X.oicc'] }, 'Annex B row 9');
add('lookup', AFTER, 'what is X.stm-dpm', { ids: ['X.stm-dpm'] }, 'Annex B row 4');
add('lookup', AFTER, 'TR.dpama?', { ids: ['TR.dpama'] }, 'Annex B row 6');
add('lookup', AFTER, 'tell me about CG-COP', { ids: ['CG-COP'] }, '§1: CG-COP');
add('lookup', AFTER, 'status of the ICT security compendium', { first: 'Security Compendium' }, 'Annex A e) row 1');
add('lookup', AFTER, 'X.1221 vs X.1222', { ids: ['X.1221', 'X.1222'] }, 'Annex A b) rows 1-2');
add('lookup', AFTER, 'the STIE rec, what happened', { first: 'X.1221' }, 'Annex A b) row 1: STIE');

// outcomes and routes
add('outcome', AFTER, 'what passed TAP approval at the sept meeting', { ids: ids(texts, status('tap-approved')) }, 'Annex A a)');
add('outcome', AFTER, 'what got rejected', { ids: ids(texts, status('tap-not-approved')) }, 'Annex A b)');
add('outcome', AFTER, 'which recs will be up for TAP approval at the next SG17', { ids: ids(texts, status('tap-determined')) }, 'Annex A c)');
add('outcome', AFTER, "what's out for AAP last call right now", { ids: ids(texts, status('aap-consented')) }, 'Annex A d)');
add('outcome', AFTER, 'non-normative stuff that was agreed', { ids: ids(texts, status('agreed')) }, 'Annex A e)');
add('outcome', AFTER, 'did Q2 get anything approved', { ids: ids(texts, and(status('tap-approved'), Q(2))) }, 'Annex A a) rows 1-3');
add('outcome', AFTER, 'what did Q11 consent', { ids: ids(texts, and(status('aap-consented'), Q(11))) }, 'Annex A d) rows 4-13');
add('outcome', AFTER, 'Q7 determined recs', { ids: ids(texts, and(status('tap-determined'), Q(7))) }, 'Annex A c) row 2');
add('outcome', AFTER, 'everything that went the AAP way', { ids: ids(texts, route('aap')) }, 'Annex A d)');
add('outcome', AFTER, 'TAP texts of Q6', { ids: ids(texts, and(route('tap'), Q(6))) }, 'Annex A a) rows 5-6, c) row 1');
add('outcome', AFTER, 'Q13 approvals this time', { ids: ids(texts, and(status('tap-approved'), Q(13))) }, 'Annex A a) row 9');
add('outcome', AFTER, 'Q4 failed recs', { ids: ids(texts, and(status('tap-not-approved'), Q(4))) }, 'Annex A b)');
add('outcome', AFTER, 'what did Q15 consent for LC', { ids: ids(texts, and(status('aap-consented'), Q(15))) }, 'Annex A d) rows 14-15');
add('outcome', AFTER, 'Q10 stuff waiting for approval in april', { ids: ids(texts, and(status('tap-determined'), Q(10))) }, 'Annex A c) row 4');
add('outcome', AFTER, 'what did Q2 agree', { ids: ids(texts, and(status('agreed'), Q(2))) }, 'Annex A e) row 5');
add('outcome', AFTER, 'TAP route texts from Q4', { ids: ids(texts, and(route('tap'), Q(4))) }, 'Annex A a) row 4, b)');

// kinds and types
add('kind', AFTER, 'which revisions were agreed', { ids: ids(texts, and(status('agreed'), kind('revised'))) }, 'Annex A e) rows 1-4');
add('kind', AFTER, 'the Q11 amendment batch', { ids: ids(texts, and(kind('amendment'), Q(11))) }, 'Annex A d) rows 4-12');
add('kind', AFTER, 'brand new recs that got consented', { ids: ids(texts, and(status('aap-consented'), kind('new'))) }, 'Annex A d) rows 1-3, 13-15');
add('kind', AFTER, 'Q11 new texts', { ids: ids(texts, and(kind('new'), Q(11))) }, 'Annex A d) row 13');
add('kind', AFTER, 'all the Amd. texts', { ids: ids(texts, kind('amendment')) }, 'Annex A d) rows 4-12');
add('type', AFTER, 'show the supplements that were agreed', { ids: ids(texts, and(status('agreed'), type('suppl'))) }, 'Annex A e) rows 6-8');
add('type', AFTER, 'the SG17 docs (not recs) agreed at Geneva', { ids: ids(texts, type('doc')) }, 'Annex A e) rows 1-4');
add('type', AFTER, 'recommendations approved for Q13', { ids: ids(texts, and(type('rec'), status('tap-approved'), Q(13))) }, 'Annex A a) row 9');
add('type', AFTER, 'technical report agreed for Q2', { ids: ids(texts, and(type('tr'), Q(2))) }, 'Annex A e) row 5');
add('type', AFTER, 'Q15 recommendations', { ids: ids(texts, and(type('rec'), Q(15))) }, 'Annex A d) rows 14-15');
add('type', AFTER, 'Q10 suppl list', { ids: ids(texts, and(type('suppl'), Q(10))) }, 'Annex A e) rows 6-7');
add('type', AFTER, 'any TRs agreed?', { ids: ids(texts, type('tr')) }, 'Annex A e) row 5');

// Questions
add('question', AFTER, 'Q13 texts list', { ids: ids(texts, Q(13)) }, 'Annex A: Q13/17 rows');
add('question', AFTER, 'which texts belong to Q7', { ids: ids(texts, Q(7)) }, 'Annex A: Q7/17 rows');
add('question', AFTER, 'texts of questions 2 and 15', { ids: ids(texts, Q(2, 15)) }, 'Annex A: Q2/17 and Q15/17 rows');
add('question', AFTER, 'q6/17 texts', { ids: ids(texts, Q(6)) }, 'Annex A: Q6/17 rows');
add('question', AFTER, 'Q10 + Q13 texts', { ids: ids(texts, Q(10, 13)) }, 'Annex A: Q10/17 and Q13/17 rows');
add('question', AFTER, 'texts under question 11', { ids: ids(texts, Q(11)) }, 'Annex A: Q11/17 rows');

// RGMs: by Question, place, format, state, time
add('rgm', DURING, 'Q10 rgm date?', { ids: [rgm(10)] }, '§2 RGM 10');
add('rgm', DURING, "where's the Q11 interim meeting", { ids: [rgm(11)] }, '§2 RGM 11');
add('rgm', DURING, 'all Q1 RGMs', { ids: ids(rgms, Q(1)) }, '§2 RGMs 1-6');
add('rgm', DURING, 'Q14 rapporteur meeting', { ids: [rgm(13)] }, '§2 RGM 13');
add('rgm', DURING, 'when does Q13 meet in january', { ids: [rgm(12)] }, '§2 RGM 12');
add('rgm', DURING, 'rgms in korea?', { ids: [rgm(3)] }, '§2 RGM 3: Seoul');
add('rgm', DURING, 'seoul rgm date', { ids: [rgm(3)] }, '§2 RGM 3: Seoul');
add('rgm', DURING, 'RGMs taking place in Europe', { ids: ids(rgms, venue(/Paris|Stockholm/)) }, '§2 RGMs 10-11');
add('rgm', DURING, 'rgms in sweden', { ids: [rgm(11)] }, '§2 RGM 11');
add('rgm', DURING, 'any rgm in france', { ids: [rgm(10)] }, '§2 RGM 10');
add('rgm', DURING, 'when will X.1058-rev be worked on at an rgm', { ids: [rgm(7)] }, '§2 RGM 7 topics');
add('rgm', DURING, 'X.1060-rev gets discussed at which rgm', { ids: [rgm(8)] }, '§2 RGM 8 topics');
add('rgm', DURING, 'rgm dealing with PKI', { ids: [rgm(11)] }, '§2 RGM 11 topics');
add('rgm', DURING, 'interim meetings held on MyWorkspace', { ids: ids(rgms, virtual) }, '§2 MyWorkspace RGMs');
add('rgm', DURING, 'online rgms for Q1', { ids: ids(rgms, and(virtual, Q(1))) }, '§2 RGMs 1, 4-6');
add('rgm', DURING, 'any hybrid meetings planned', { ids: ids(rgms, hybrid) }, '§2 RGM 3');
add('rgm', DURING, 'rgms still to be confirmed', { ids: ids(rgms, tbc) }, '§2 TBC RGMs');
add('rgm', DURING, 'confirmed rgms', { ids: ids(rgms, not(tbc)) }, '§2 RGMs without TBC');
add('rgm', DURING, 'rgms with no location yet', { ids: ids(rgms, noVenue) }, '§2 RGMs 2, 7, 8, 12, 14');
add('rgm', DURING, 'tbc rgms in january', { ids: ids(rgms, and(tbc, during('2025-01-01', '2025-01-31'))) }, '§2 RGMs 4, 12, 14');
add('rgm', DURING, 'all rgms happening in 2025', { ids: ids(rgms, during('2025-01-01', '2025-12-31')) }, '§2 RGMs 3-6, 9, 12-14');
add('rgm', DURING, 'rgms in march 2025?', { ids: ids(rgms, during('2025-03-01', '2025-03-31')) }, '§2 RGM 6');
add('rgm', DURING, 'which RGMs fall in January 2025', { ids: ids(rgms, during('2025-01-01', '2025-01-31')) }, '§2 RGMs 3, 4, 12, 14');
add('rgm', DURING, 'interim meetings between now and the april plenary', { ids: ids(rgms) }, '§2: all 14 before 7 Apr 2025');
add('rgm', DURING, 'final RGM before the april SG17', { ids: [rgm(6)] }, '§2 RGM 6: 4-6 Mar 2025, the latest');
add('rgm', DURING, 'what time is the Q1 rgm in feb', { ids: [rgm(5)] }, '§2 RGM 5: 12-3:30pm');
add('rgm', DURING, 'how long is the Q15 rgm', { ids: ids(rgms, Q(15)) }, '§2 RGM 14: 4 hours x 2 days');
add('rgm', DURING, 'next rgm is when?', { first: soonest(rgms, from(day(DURING))) }, '§2 RGM 11: 7-11 Oct');
add('rgm', NOV20, 'which interim meetings are still coming up', { ids: ids(rgms, from(day(NOV20))) }, '§2: all but RGMs 7 and 11');
add('rgm', NOV20, 'next Q3 meeting', { first: rgm(8) }, '§2 RGM 8: 26-27 Nov');
add('rgm', NOV20, 'rgms left in 2024', { ids: ids(rgms, and(from(day(NOV20)), during(day(NOV20), '2024-12-31'))) }, '§2 RGMs 1, 2, 8, 10');
add('rgm', NOV25, 'any rgm this wk', { ids: ids(rgms, during('2024-11-25', '2024-12-01')) }, '§2 RGMs 1, 8');
add('rgm', NOV28, 'anything on next week? rgms i mean', { ids: ids(rgms, during('2024-12-02', '2024-12-08')) }, '§2 RGMs 2, 10');
add('rgm', NOV28, 'soonest interim meeting', { first: soonest(rgms, from(day(NOV28))) }, '§2 RGM 1: 29 Nov');
add('rgm', DEC10, 'Q1s next interim meeting, when?', { first: soonest(rgms, and(Q(1), from(day(DEC10)))) }, '§2 RGM 3: 15 Jan');
add('rgm', DEC10, 'which rgms have already been held by now', { ids: ids(rgms, not(from(day(DEC10)))) }, '§2 RGMs 1, 2, 7, 8, 10, 11');
add('rgm', DEC10, 'when does Q13 meet next', { first: rgm(12) }, '§2 RGM 12');

// work items
add('workitem', AFTER, 'what new work did we start in geneva', { ids: ids(workItems) }, 'Annex B: 10');
add('workitem', AFTER, 'Q8 new work item', { ids: ids(workItems, Q(8)) }, 'Annex B row 7');
add('workitem', AFTER, 'new items from Q10 going TAP', { ids: ids(workItems, and(Q(10), wroute('tap'))) }, 'Annex B rows 8-9');
add('workitem', AFTER, 'work items that will be agreed rather than approved', { ids: ids(workItems, wroute('agreement')) }, 'Annex B **');
add('workitem', AFTER, 'which new work items are recommendations', { ids: ids(workItems, type('rec')) }, 'Annex B rows 1, 4, 5, 7-10');
add('workitem', AFTER, 'any new items for Q14?', { ids: ids(workItems, Q(14)) }, 'Annex B row 10');
add('workitem', AFTER, 'q7 new work programme items', { ids: ids(workItems, Q(7)) }, 'Annex B row 6');
add('workitem', AFTER, 'what is TD2418', { ids: [wi(10)] }, 'Annex B row 10: TD2418');
add('workitem', AFTER, 'new work item about OpenID', { first: 'X.oicc' }, 'Annex B row 9');
add('workitem', AFTER, 'new item on delivering edge AI', { first: 'X.sreai-ec' }, 'Annex B row 7');
add('workitem', AFTER, 'TR work items started', { ids: ids(workItems, type('tr')) }, 'Annex B rows 2, 3, 6');
add('workitem', AFTER, 'Q6 work items going by TAP', { ids: ids(workItems, and(Q(6), wroute('tap'))) }, 'Annex B rows 4-5');

// correspondence groups
add('cg', AFTER, 'which CGs run during the interregnum', { ids: ids(cgs) }, '§1: 4 CGs');
add('cg', AFTER, 'child online protection CG', { ids: ['CG-COP'] }, '§1: CG-COP');
add('cg', AFTER, 'correspondence group on security architecture', { ids: ['CG-secapa'] }, '§1: CG-secapa');
add('cg', AFTER, 'TD2512 is the ToR of which group', { ids: ['CG-COP'] }, '§1: CG-COP, TD2512');
add('cg', AFTER, 'newly created correspondence groups', { ids: ids(cgs, (g) => g.status.toLowerCase() === 'new') }, '§1: CG-RES');
add('cg', AFTER, 'CG-RES ToR?', { ids: ['CG-RES'] }, '§1: CG-RES, TD2253');

// exclusions: many negation wordings on many dimensions
add('exclusion', AFTER, 'approved texts bar Q6', { ids: ids(texts, and(status('tap-approved'), not(Q(6)))) }, 'Annex A a) minus rows 5-6');
add('exclusion', AFTER, 'consented minus the amendments', { ids: ids(texts, and(status('aap-consented'), not(kind('amendment')))) }, 'Annex A d): 6 new');
add('exclusion', AFTER, 'last call texts that are not from Q11', { ids: ids(texts, and(status('aap-consented'), not(Q(11)))) }, 'Annex A d) rows 1-3, 14-15');
add('exclusion', AFTER, 'texts excluding supplements', { ids: ids(texts, not(type('suppl'))) }, 'Annex A minus e) rows 6-8');
add('exclusion', AFTER, 'agreed texts leaving out the revised ones', { ids: ids(texts, and(status('agreed'), not(kind('revised')))) }, 'Annex A e) rows 5-8');
add('exclusion', DURING, 'rgms skipping the virtual ones', { ids: ids(rgms, not(virtual)) }, '§2: all but MyWorkspace');
add('exclusion', DURING, 'RGMs not in Stockholm or Paris', { ids: ids(rgms, not(venue(/Paris|Stockholm/))) }, '§2: all but RGMs 10-11');
add('exclusion', DURING, 'rgms for questions other than Q1 and Q3', { ids: ids(rgms, not(Q(1, 3))) }, '§2 RGMs 9-14');
add('exclusion', AFTER, 'new work items not going by TAP', { ids: ids(workItems, not(wroute('tap'))) }, 'Annex B **');
add('exclusion', AFTER, 'work items aside from the technical reports', { ids: ids(workItems, not(type('tr'))) }, 'Annex B rows 1, 4, 5, 7-10');
add(
  'exclusion',
  AFTER,
  'consented recs lacking an ISO/IEC equivalent',
  { ids: ids(texts, and(status('aap-consented'), not(equivalent))) },
  'Annex A d) rows 1-3, 14-15',
);
add(
  'exclusion',
  AFTER,
  'approved texts whose approval was never deferred',
  { ids: ids(texts, and(status('tap-approved'), not(noted(/approval deferred/)))) },
  'Annex A a) rows without Notes',
);
add('exclusion', AFTER, 'cgs but not the new one', { ids: ids(cgs, (g) => g.status.toLowerCase() !== 'new') }, '§1: 3 continued');
add('exclusion', DURING, 'confirmed rgms except the paris one', { ids: ids(rgms, and(not(tbc), not(venue(/Paris/)))) }, '§2 RGMs 3, 7, 8, 11, 13');
add('exclusion', DURING, 'tbc rgms excluding Q1', { ids: ids(rgms, and(tbc, not(Q(1)))) }, '§2 RGMs 9, 12, 14');
add(
  'exclusion',
  AFTER,
  'texts that were neither approved nor consented',
  { ids: ids(texts, not(status('tap-approved', 'aap-consented'))) },
  'Annex A b), c), e)',
);
add('exclusion', AFTER, 'texts not from Q1 and not from Q11', { ids: ids(texts, not(Q(1, 11))) }, 'Annex A: 39 - 4 - 10');
add('exclusion', AFTER, 'determined recs minus Q13', { ids: ids(texts, and(status('tap-determined'), not(Q(13)))) }, 'Annex A c) rows 1-4');
add(
  'exclusion',
  AFTER,
  'aap texts except X.1716 and X.1717',
  { ids: ids(texts, and(status('aap-consented'), not(id('X.1716', 'X.1717')))) },
  'Annex A d) rows 1-13',
);
add('exclusion', AFTER, 'Q10 texts, no supplements', { ids: ids(texts, and(Q(10), not(type('suppl')))) }, 'Annex A a) row 8, c) row 4');
add(
  'exclusion',
  DURING,
  'rgms in 2025 except the march one',
  { ids: ids(rgms, and(during('2025-01-01', '2025-12-31'), not(during('2025-03-01', '2025-03-31')))) },
  '§2 RGMs 3-5, 9, 12-14',
);
add('exclusion', DURING, 'Q1 rgms that are non-virtual', { ids: ids(rgms, and(Q(1), not(virtual))) }, '§2 RGMs 2-3');
add('exclusion', AFTER, 'all texts save for the Q11 ones', { ids: ids(texts, not(Q(11))) }, 'Annex A: 39 - 10');
add(
  'exclusion',
  AFTER,
  'recommendations omitting the amendments',
  { ids: ids(texts, and(type('rec'), not(kind('amendment')))) },
  'Annex A a)-d) minus d) rows 4-12',
);
add('exclusion', AFTER, 'texts with the exception of the Q1 documents', { ids: ids(texts, not(Q(1))) }, 'Annex A minus e) rows 1-4');
add('exclusion', DURING, "rgms which aren't tbc anymore", { ids: ids(rgms, not(tbc)) }, '§2 RGMs 3, 7, 8, 10, 11, 13');
add('exclusion', AFTER, 'consented texts disregarding Q8', { ids: ids(texts, and(status('aap-consented'), not(Q(8)))) }, 'Annex A d) minus rows 2-3');
add('exclusion', AFTER, 'IoT texts excluding X.1355', { ids: ids(texts, and(title(/IoT|Internet of Things/), not(id('X.1355')))) }, 'Annex A a) rows 5-6');
add('exclusion', AFTER, 'correspondence groups apart from CG-AIsec', { ids: ids(cgs, not(id('CG-AIsec'))) }, '§1: 3 groups');
add('exclusion', AFTER, 'agreed, but not from Q1', { ids: ids(texts, and(status('agreed'), not(Q(1)))) }, 'Annex A e) rows 5-8');
add('exclusion', DURING, 'rgms with Q13 and Q14 left out', { ids: ids(rgms, not(Q(13, 14))) }, '§2: all but RGMs 12-13');
add(
  'exclusion',
  AFTER,
  'approved ones, the 5G ones excluded',
  { ids: ids(texts, and(status('tap-approved'), not(title(/5G|IMT-2020/)))) },
  'Annex A a) rows 4-9',
);
add('exclusion', AFTER, 'amendments other than X.509 Amd.1', { ids: ids(texts, and(kind('amendment'), not(id('X.509 Amd.1')))) }, 'Annex A d) rows 4-5, 7-12');
add('exclusion', AFTER, 'texts without a base text', { ids: ids(texts, (i) => i.baseText === null) }, 'Annex A c) row 1: blank base text');

// counts
add('count', AFTER, 'how many recs got TAP approved', { count: count(texts, status('tap-approved')) }, 'Annex A a): 9');
add('count', AFTER, 'no. of determined texts', { count: count(texts, status('tap-determined')) }, 'Annex A c): 5');
add('count', AFTER, 'how many amendments went to LC', { count: count(texts, and(status('aap-consented'), kind('amendment'))) }, 'Annex A d): 9');
add('count', AFTER, 'total texts acted on', { count: count(texts) }, 'Annex A: 39 rows');
add('count', AFTER, 'how many supplements', { count: count(texts, type('suppl')) }, 'Annex A e): 3');
add('count', AFTER, 'number of new work items going via TAP', { count: count(workItems, wroute('tap')) }, 'Annex B *: 7');
add('count', AFTER, 'how many CGs are continuing', { count: count(cgs, (g) => g.status.toLowerCase() === 'continued') }, '§1: 3');
add('count', DURING, 'how many hybrid rgms', { count: count(rgms, hybrid) }, '§2: 1');
add('count', DURING, 'count of confirmed rgms', { count: count(rgms, not(tbc)) }, '§2: 6');
add('count', DURING, 'how many rgms lack a venue', { count: count(rgms, noVenue) }, '§2: 5');
add('count', AFTER, 'how many Q11 texts', { count: count(texts, Q(11)) }, 'Annex A: 10');
add('count', AFTER, 'count the texts that have an ISO/IEC equivalent', { count: count(texts, equivalent) }, 'Annex A d): 10');
add('count', DEC10, 'how many rgms are still ahead', { count: count(rgms, from(day(DEC10))) }, '§2 RGMs 3-6, 9, 12-14');
add('count', AFTER, 'how many new texts were consented', { count: count(texts, and(status('aap-consented'), kind('new'))) }, 'Annex A d): 6 new');
add('count', AFTER, 'nr of Q2 texts', { count: count(texts, Q(2)) }, 'Annex A: 4');

// aggregations
add('aggregate', AFTER, 'which Q produced the most texts overall', { first: most(texts) }, 'Annex A: Q11/17 10');
add('aggregate', AFTER, 'which Q consented the most', { first: most(texts, status('aap-consented')) }, 'Annex A d): Q11/17 10');
add('aggregate', DURING, 'which Q holds the most virtual rgms', { first: most(rgms, virtual) }, '§2: Q1/17 4');
add('aggregate', DURING, 'question with most tbc meetings', { first: most(rgms, tbc) }, '§2: Q1/17 5');
add('aggregate', AFTER, 'determined recs per question', { groups: groups(texts, status('tap-determined'), 6, 7, 8, 10, 13) }, 'Annex A c)');
add(
  'aggregate',
  AFTER,
  'new work items grouped by Q',
  { groups: groups(workItems, all, 6, 7, 8, 10, 14) },
  'Annex B (Q2/17 left out: row 1 lost its Question)',
);
add('aggregate', DURING, 'rgms per Q', { groups: groups(rgms, all, 1, 3, 8, 10, 11, 13, 14, 15) }, '§2');
add('aggregate', AFTER, 'agreed texts by question', { groups: groups(texts, status('agreed'), 1, 2, 10, 13) }, 'Annex A e)');
add('aggregate', DURING, 'tbc rgms for each question', { groups: groups(rgms, tbc, 1, 8, 13, 15) }, '§2 TBC RGMs');
add('aggregate', AFTER, 'which question had the most failures', { first: most(texts, status('tap-not-approved')) }, 'Annex A b): Q4/17 2');
add('aggregate', DURING, 'number of questions holding rgms', { groups: groups(rgms, all, 1, 3, 8, 10, 11, 13, 14, 15) }, '§2: 8 Questions');

// comparisons
add('compare', AFTER, 'Q11 vs Q15 consented', { groups: groups(texts, status('aap-consented'), 11, 15) }, 'Annex A d)');
add('compare', DURING, 'compare the RGMs of Q1 and Q3', { groups: groups(rgms, all, 1, 3) }, '§2 RGMs 1-8');
add('compare', AFTER, 'texts: Q8 versus Q10', { groups: groups(texts, all, 8, 10) }, 'Annex A');
add('compare', AFTER, 'X.1716 vs X.1717', { ids: ['X.1716', 'X.1717'] }, 'Annex A d) rows 14-15');
add('compare', AFTER, 'compare approved Q2 and Q13', { groups: groups(texts, status('tap-approved'), 2, 13) }, 'Annex A a)');
add('compare', AFTER, 'agreed texts: Q1 compared to Q10', { groups: groups(texts, status('agreed'), 1, 10) }, 'Annex A e)');

// table columns
add('column', AFTER, 'which text is aligned with ISO/IEC 9594-12', { ids: ['X.508'] }, 'Annex A d) row 13');
add('column', AFTER, '9594-4 equivalent text?', { ids: ['X.518 Amd.1'] }, 'Annex A d) row 8');
add('column', AFTER, 'TD2356 is the A.5 for which rec', { ids: ['X.508'] }, 'Annex A d) row 13: A.5 TD2356');
add('column', AFTER, 'texts that came with an A.5 justification', { ids: ids(texts, a5) }, 'Annex A d) rows 10, 13');
add('column', AFTER, 'which recs had their approval postponed at an earlier meeting', { ids: ids(texts, noted(/approval deferred/)) }, 'Annex A a) Notes 1-3');
add('column', AFTER, 'which recs were re-determined', { ids: ids(texts, noted(/re-determined/)) }, 'Annex A a) Notes 1-2');
add('column', AFTER, 'which rec has base text R66', { ids: ['X.1283'] }, 'Annex A a) row 8');
add('column', AFTER, 'which texts have the 2024-03 timing', { ids: ids(texts, (i) => i.timing === '2024-03') }, 'Annex A a) rows 2-9');
add(
  'column',
  AFTER,
  'which of the determined ones has no timing given',
  {
    ids: ids(
      texts,
      and(status('tap-determined'), (i) => i.timing === null),
    ),
  },
  'Annex A c) row 1',
);
add('column', AFTER, 'Q11 texts with ISO/IEC counterparts', { ids: ids(texts, and(Q(11), equivalent)) }, 'Annex A d) rows 4-13');
add('column', AFTER, 'consented with A.5 refs', { ids: ids(texts, and(status('aap-consented'), a5)) }, 'Annex A d) rows 10, 13');

// meeting, highlights, statistics
add('meeting', AFTER, 'when does the new study period kick off for SG17', { ids: [NEXT_MEETING] }, '§2: 7-17 April 2025');
add('meeting', AFTER, 'next SG17 plenary dates pls', { ids: [NEXT_MEETING] }, '§2: 7-17 April 2025');
add('meeting', AFTER, 'how long is the april SG17 meeting', { ids: [NEXT_MEETING] }, '§2: 9 working days');
add('highlights', AFTER, 'main topics of the Geneva meeting', { ids: [THIS_MEETING] }, 'Hot topics');
add('highlights', AFTER, 'hot topics sept 2024', { ids: [THIS_MEETING] }, 'Hot topics');
add('stats', AFTER, 'how many contributions came in', { ids: [THIS_MEETING] }, 'Annex D: 154');
add('stats', AFTER, 'meeting stats', { ids: [THIS_MEETING] }, 'Annex D');
add('stats', AFTER, 'DDP % at the last meeting', { ids: [THIS_MEETING] }, 'Annex D: 98%');
add('stats', AFTER, 'incoming and outgoing liaison statement numbers', { ids: [THIS_MEETING] }, 'Annex D: 187/28');

// topics
add('topic', AFTER, 'texts touching digital financial services', { ids: ids(texts, title(/digital financial service/i)) }, 'Annex A c) row 2, e) rows 6-7');
add('topic', AFTER, 'quantum stuff consented', { ids: ids(texts, and(status('aap-consented'), title(/quantum/i))) }, 'Annex A d) rows 14-15');
add('topic', AFTER, 'which rec is about digital twin systems', { first: 'X.2012' }, 'Annex A d) row 1');
add('topic', AFTER, 'rec about mobile messaging spam', { first: 'X.1237' }, 'Annex A a) row 4');
add('topic', AFTER, 'anything on urban air mobility (UAM)?', { first: 'X.1385' }, 'Annex A c) row 5');
add('topic', AFTER, 'C-V2X supplement', { first: 'X.Suppl.43' }, 'Annex A e) row 8');
add('topic', AFTER, 'zero-touch deployment rec', { first: 'X.1353' }, 'Annex A a) row 5');
add('topic', AFTER, 'reference monitor for analytics', { first: 'X.1471' }, 'Annex A a) row 7');
add('topic', AFTER, 'avatar data protection work item', { first: 'TR.dpama' }, 'Annex B row 6');
add('topic', AFTER, 'satellite convergence work', { first: 'X.5Gsec-FMSC' }, 'Annex B row 1');
add('topic', AFTER, 'smart manufacturing blockchain work item', { first: wi(5) }, 'Annex B row 5');
add('topic', AFTER, 'IMT-2030 work', { first: 'TR.IMT2030-sec-con' }, 'Annex B row 3');
add('topic', AFTER, 'Directory texts consented', { ids: ids(texts, and(status('aap-consented'), title(/Directory/))) }, 'Annex A d) rows 4-13');
add('topic', AFTER, 'USSD security', { first: 'X.1456' }, 'Annex A c) row 2');

// honest: what the summary does not record
add('honest', AFTER, 'who edits X.1716', { honest: true }, 'no editors in the summary');
add('honest', AFTER, 'email of the Q11 rapporteur', { honest: true }, 'no names or contacts in the summary');
add('honest', AFTER, 'which texts received comments during LC', { honest: true }, 'no comments recorded');
add('honest', AFTER, 'how many delegates attended', { honest: true }, 'Annex D participant table lost its values');
add('honest', AFTER, 'pdf link for X.1717', { honest: true }, 'no links in the summary');
add('honest', AFTER, 'good hotels near ITU HQ?', { honest: true }, 'no logistics in the summary');
add('honest', DURING, 'agenda of the Paris rgm', { honest: true }, 'no RGM agendas in the summary');
add('honest', AFTER, 'did SG16 consent anything on H.265', { honest: true }, 'another study group');
add('honest', AFTER, 'which texts were not consented', { honest: true }, 'the summary lists only what was consented');
add('honest', AFTER, 'which recs are already published', { honest: true }, 'publication is not recorded');
add('honest', AFTER, 'X.7777', { honest: true }, 'no such text');
add('honest', AFTER, 'what is in TD1234', { honest: true }, 'no such TD in the summary');
add('honest', AFTER, 'do I need a visa for the april meeting', { honest: true }, 'no logistics in the summary');
add('honest', AFTER, 'who is chairing SG17 these days', { honest: true }, 'no chairs named in the summary');
add('honest', AFTER, 'were any work items dropped/discontinued', { honest: true }, 'Annex C is empty, no field in the data');
add('honest', AFTER, 'what is the deadline for contributions to the april meeting', { honest: true }, 'no deadlines in the summary');

// typos
add('typo', AFTER, 'determnied texts', { ids: ids(texts, status('tap-determined')) }, 'Annex A c)');
add('typo', AFTER, 'consentd Q11', { ids: ids(texts, and(status('aap-consented'), Q(11))) }, 'Annex A d) rows 4-13');
add('typo', DURING, 'rapporter group meetings Q10', { ids: [rgm(10)] }, '§2 RGM 10');
add('typo', AFTER, 'Qeustion 7 texts', { ids: ids(texts, Q(7)) }, 'Annex A: Q7/17 rows');
add('typo', DURING, 'parris rgm', { ids: [rgm(10)] }, '§2 RGM 10');
add('typo', AFTER, 'list corespondence groups', { ids: ids(cgs) }, '§1: 4 CGs');
add('typo', AFTER, 'techincal reports agreed at geneva', { ids: ids(texts, and(status('agreed'), type('tr'))) }, 'Annex A e) row 5');
add('typo', AFTER, 'staus of X1354', { ids: ['X.1354'] }, 'Annex A a) row 6');
add('typo', DURING, 'hybird rgm', { ids: ids(rgms, hybrid) }, '§2 RGM 3');
add('typo', AFTER, 'apporved Q13', { ids: ids(texts, and(status('tap-approved'), Q(13))) }, 'Annex A a) row 9');
add('typo', AFTER, 'amendmends going to last call', { ids: ids(texts, and(status('aap-consented'), kind('amendment'))) }, 'Annex A d) rows 4-12');
add('typo', DURING, 'virtul meetings in febuary', { ids: ids(rgms, and(virtual, during('2025-02-01', '2025-02-28'))) }, '§2 RGMs 5, 9, 13');
add('typo', AFTER, 'recomendations determined', { ids: ids(texts, and(type('rec'), status('tap-determined'))) }, 'Annex A c)');

// Unicode
add('unicode', AFTER, 'rec\u00a0X.1717', { ids: ['X.1717'] }, 'Annex A d) row 15 (no-break space)');
add('unicode', DURING, 'Q\uff11\uff15 rgm when', { ids: ids(rgms, Q(15)) }, '§2 RGM 14 (full-width digits)');
add('unicode', AFTER, '\u201capproved\u201d texts', { ids: ids(texts, status('tap-approved')) }, 'Annex A a) (curly quotes)');
add('unicode', AFTER, 'X\u20101820', { ids: ['X.1820'] }, 'Annex A a) row 3 (U+2010 hyphen)');
add('unicode', AFTER, 'CG\u2011COP', { ids: ['CG-COP'] }, '§1: CG-COP (no-break hyphen)');
add(
  'unicode',
  AFTER,
  '\uff21\uff21\uff30 amendments',
  { ids: ids(texts, and(status('aap-consented'), kind('amendment'))) },
  'Annex A d) rows 4-12 (full-width AAP)',
);
add(
  'unicode',
  AFTER,
  'Q10 \u2014 what\u2019s up for TAP in April?',
  { ids: ids(texts, and(status('tap-determined'), Q(10))) },
  'Annex A c) row 4 (em dash, curly apostrophe)',
);
add('unicode', DURING, '\ud83d\udcc5 Q14 rgm', { ids: ids(rgms, Q(14)) }, '§2 RGM 13 (emoji)');
add('unicode', AFTER, 'X.1600\u200b', { ids: ['X.1600'] }, 'Annex A d) row 2 (zero-width space)');
add('unicode', AFTER, 'Q6 \u2192 approved?', { ids: ids(texts, and(status('tap-approved'), Q(6))) }, 'Annex A a) rows 5-6 (arrow)');

// casual, multi-filter
add('casual', AFTER, "yo what's Q15 sending to LC", { ids: ids(texts, and(status('aap-consented'), Q(15))) }, 'Annex A d) rows 14-15');
add('casual', AFTER, 'hey can u list the new recs Q8 consented', { ids: ids(texts, and(status('aap-consented'), kind('new'), Q(8))) }, 'Annex A d) rows 2-3');
add('casual', AFTER, "so which of Q13's stuff got agreed", { ids: ids(texts, and(status('agreed'), Q(13))) }, 'Annex A e) row 8');
add('casual', DURING, 'need the confirmed RGMs in Nov pls', { ids: ids(rgms, and(not(tbc), during('2024-11-01', '2024-11-30'))) }, '§2 RGMs 7-8');
add('casual', DURING, 'any Q1 meetings on myworkspace in jan?', { ids: ids(rgms, and(Q(1), virtual, during('2025-01-01', '2025-01-31'))) }, '§2 RGM 4');
add('casual', DURING, 'rgms in Paris or Stockholm?', { ids: ids(rgms, venue(/Paris|Stockholm/)) }, '§2 RGMs 10-11');
add(
  'casual',
  AFTER,
  "what's Q11 pushing to AAP apart from amendments",
  { ids: ids(texts, and(status('aap-consented'), Q(11), not(kind('amendment')))) },
  'Annex A d) row 13',
);
add('casual', AFTER, 'tap stuff from Q4 pls', { ids: ids(texts, and(route('tap'), Q(4))) }, 'Annex A a) row 4, b)');
add('casual', AFTER, 'quick q - new work items for Q6 and Q8?', { ids: ids(workItems, Q(6, 8)) }, 'Annex B rows 4-5, 7');
add('casual', DURING, 'so the Q8 and Q14 rgms, are they online?', { ids: ids(rgms, Q(8, 14)) }, '§2 RGMs 9, 13');
add('casual', AFTER, 'lmk which Q2 + Q13 recs passed', { ids: ids(texts, and(status('tap-approved'), Q(2, 13))) }, 'Annex A a) rows 1-3, 9');

// ---- conversations ---------------------------------------------------------------------------------

const convs = [];
const conv = (cat, now, turns, expect, why) => convs.push({ cat, now, turns, expect, why });
conv('narrow', AFTER, ['what went to LC', 'just Q15 pls'], { ids: ids(texts, and(status('aap-consented'), Q(15))) }, 'Annex A d) rows 14-15');
conv('follow-up', AFTER, ['X.1716', 'and X.1717?'], { ids: ['X.1717'] }, 'Annex A d) row 15');
conv('follow-up', DURING, ['RGMs for Q3', 'how about Q10'], { ids: ids(rgms, Q(10)) }, '§2 RGM 10');
conv('count', DURING, ['tbc rgms', 'how many is that'], { count: count(rgms, tbc) }, '§2: 8');
conv('narrow', AFTER, ['approved recs', 'drop Q2'], { ids: ids(texts, and(status('tap-approved'), not(Q(2)))) }, 'Annex A a) rows 4-9');
conv('narrow', AFTER, ['new work items', 'just those going by agreement'], { ids: ids(workItems, wroute('agreement')) }, 'Annex B **');
conv(
  'narrow',
  AFTER,
  ['what did Q11 send to LC', 'minus amendments'],
  { ids: ids(texts, and(status('aap-consented'), Q(11), not(kind('amendment')))) },
  'Annex A d) row 13',
);
conv('narrow', DURING, ['rgms in 2025', 'virtual only'], { ids: ids(rgms, and(virtual, during('2025-01-01', '2025-12-31'))) }, '§2 RGMs 4-6, 9, 13');
conv('follow-up', DEC10, ['Q1 rgms', 'whens the next of those'], { first: rgm(3) }, '§2 RGM 3: 15 Jan');
conv('aggregate', AFTER, ['determined recs', 'split by question'], { groups: groups(texts, status('tap-determined'), 6, 7, 8, 10, 13) }, 'Annex A c)');
conv('aggregate', AFTER, ['approved texts', 'which Q has most of them'], { first: most(texts, status('tap-approved')) }, 'Annex A a): Q2/17 3');
conv('narrow', AFTER, ['cgs', 'the continued ones'], { ids: ids(cgs, (g) => g.status.toLowerCase() === 'continued') }, '§1: 3 continued');
conv('follow-up', DURING, ['what did Q8 consent', 'any RGM for them?'], { ids: ids(rgms, Q(8)) }, '§2 RGM 9');
conv('count', AFTER, ['agreed stuff', 'only supplements', 'count'], { count: count(texts, and(status('agreed'), type('suppl'))) }, 'Annex A e): 3');
conv('follow-up', DURING, ['virtual rgms for Q8', 'Q14 as well'], { ids: ids(rgms, and(virtual, Q(8, 14))) }, '§2 RGMs 9, 13');
conv('count', AFTER, ['texts with iso equivalents', 'how many'], { count: count(texts, equivalent) }, 'Annex A d): 10');
conv('follow-up', AFTER, ['work items Q6', 'what about Q7'], { ids: ids(workItems, Q(7)) }, 'Annex B row 6');
conv('narrow', DURING, ['rgms in dec 2024', 'not the Paris one'], { ids: ids(rgms, and(during('2024-12-01', '2024-12-31'), not(venue(/Paris/)))) }, '§2 RGM 2');
conv('follow-up', AFTER, ['X.1222', 'and X.1221?'], { ids: ['X.1221'] }, 'Annex A b) row 1');
conv('narrow', AFTER, ['Q13 texts', 'only the determined one'], { ids: ids(texts, and(status('tap-determined'), Q(13))) }, 'Annex A c) row 5');

// ---- write ---------------------------------------------------------------------------------------

writeSet('heldout6', cases, convs, [
  'heldout-questions.json',
  'heldout2-questions.json',
  'heldout3-questions.json',
  'heldout4-questions.json',
  'heldout5-questions.json',
]);
