#!/usr/bin/env node
/**
 * Writes the eighth held-out question set (test/fixtures/heldout8-questions.json and
 * heldout8-conversations.json): the second untouched measure, written blind after sets 1-7 — from the
 * seed summary, the data, README.md and docs/commands.md only (heldout5-expect.mjs read as a template
 * for the mechanics alone), without reading the parser, its corpus, the other held-out sets or the
 * parser's tests, and without running the bot on these questions while writing them. Every expected
 * answer is a filter over data/sg17-2024-09.json (checked against the seed), never what the bot
 * answers. Left out: what the seed leaves ambiguous — work item 1's lost Question (no Q2 work-item
 * questions), whether MyWorkspace is a venue (no venue-less RGM questions), month-only RGMs at a window's edge (no "before/after"
 * or "next RGM" on a clock where a Jan/Feb window is open), "everything about Qn", the 37-vs-39 count
 * of output texts, "first determined in 2023" (the Timing column vs the Notes), "in person".
 *
 *   node scripts/heldout8-expect.mjs          # rewrite both fixtures
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
const AFTER = '2024-10-22T08:30:00Z'; // after the meeting; for text questions the clock does not matter
const NOV18 = '2024-11-18T09:00:00Z'; // a Monday: this week holds Q3's 19 Nov; next week 25 Nov-1 Dec
const NOV20 = '2024-11-20T09:00:00Z'; // Q3's 19 Nov is over; next is Q3's 26-27 Nov
const DEC02 = '2024-12-02T09:00:00Z'; // a Monday: this week holds Q1's 3-5 Dec and Q10's 6 Dec
const DEC10 = '2024-12-10T09:00:00Z'; // Q1's next is 15 Jan 2025 (Seoul, hybrid)
const DEC16 = '2024-12-16T09:00:00Z'; // RGMs 1, 2, 7, 8, 10, 11 are over; the eight in 2025 remain
const rgm = (n) => `sg17-2024-09/rgm-${String(n).padStart(2, '0')}`;
const wi = (n) => `sg17-2024-09/work-item-${n}`;
const wroute = (r) => (w) => w.route === r;
const all = () => true;
const europe = venue(/Paris|Stockholm/);

// ---- the questions ---------------------------------------------------------------------------------

const cases = [];
const add = (cat, now, q, expect, why) => cases.push({ cat, now, q, expect, why });

// lookups: number, former acronym, TD, title
add('lookup', AFTER, 'whats the status of x1716', { ids: ['X.1716'] }, 'Annex A d) row 14');
add('lookup', AFTER, 'X.1237 outcome?', { ids: ['X.1237'] }, 'Annex A a) row 4');
add('lookup', AFTER, 'anything on X.sec_QKDN_CM', { ids: ['X.1717'] }, 'Annex A d) row 15: X.sec_QKDN_CM');
add('lookup', AFTER, 'did X.gecds get a number yet', { ids: ['X.1648'] }, 'Annex A c) row 3: X.gecds');
add('lookup', AFTER, 'where did sgdfs-us end up', { ids: ['X.1456'] }, 'Annex A c) row 2: X.sgdfs-us');
add('lookup', AFTER, 'X.ra-iot - where is that one at now', { ids: ['X.1355'] }, 'Annex A c) row 1: X.ra-iot');
add('lookup', AFTER, 'what about ITU-T X.1384', { ids: ['X.1384'] }, 'Annex A a) row 9');
add('lookup', AFTER, 'Rec. X.1471 pls', { ids: ['X.1471'] }, 'Annex A a) row 7');
add('lookup', AFTER, 'remind me what X.tsfpp turned into', { ids: ['X.1237'] }, 'Annex A a) row 4: ex X.tsfpp');
add('lookup', AFTER, 'X.stie result', { ids: ['X.1221'] }, 'Annex A b) row 1: ex X.stie');
add('lookup', AFTER, 'x525 amd 1 status', { ids: ['X.525 Amd.1'] }, 'Annex A d) row 12');
add('lookup', AFTER, 'X.509 Amendment 1 details', { ids: ['X.509 Amd.1'] }, 'Annex A d) row 6');
add('lookup', AFTER, 'what is in TD2380', { ids: ['X.1284'] }, 'Annex A c) row 4: TD2380');
add('lookup', AFTER, 'TD2363 is which rec?', { ids: ['X.1385'] }, 'Annex A c) row 5: TD2363');
add('lookup', AFTER, 'tell me X.stm-dpm', { ids: ['X.stm-dpm'] }, 'Annex B row 4');
add('lookup', AFTER, 'TR.dpama what is it', { ids: ['TR.dpama'] }, 'Annex B row 6');
add('lookup', AFTER, 'X.oicc what is that', { ids: ['X.oicc'] }, 'Annex B row 9');
add('lookup', AFTER, 'CG-COP info', { ids: ['CG-COP'] }, '§1: CG-COP');
add('lookup', AFTER, 'the ICT security compendium - what happened to it', { first: 'Security Compendium' }, 'Annex A e) row 1');
add('lookup', AFTER, 'X.Suppl.42?', { ids: ['X.Suppl.42'] }, 'Annex A e) row 7');
add('lookup', AFTER, 'TR.5Gsec-bsf status', { ids: ['TR.5Gsec-bsf'] }, 'Annex A e) row 5');
add('lookup', AFTER, 'X.1600 and X.1647 please', { ids: ['X.1600', 'X.1647'] }, 'Annex A d) rows 2-3');
add('lookup', AFTER, 'X.5Gsec-netec', { ids: ['X.1819'] }, 'Annex A a) row 2: ex X.5Gsec-netec');
add('lookup', AFTER, 'is X.gpwd done', { ids: ['X.1283'] }, 'Annex A a) row 8: ex X.gpwd');
add('lookup', AFTER, 'x.1222', { ids: ['X.1222'] }, 'Annex A b) row 2');

// outcomes and routes
add('outcome', AFTER, 'what got approved at the september meeting', { ids: ids(texts, status('tap-approved')) }, 'Annex A a)');
add('outcome', AFTER, 'which recs were rejected', { ids: ids(texts, status('tap-not-approved')) }, 'Annex A b)');
add('outcome', AFTER, 'TAP-determined list pls', { ids: ids(texts, status('tap-determined')) }, 'Annex A c)');
add('outcome', AFTER, 'texts heading into last call', { ids: ids(texts, status('aap-consented')) }, 'Annex A d)');
add('outcome', AFTER, 'what were the outcomes for Q7', { ids: ids(texts, Q(7)) }, 'Annex A: Q7/17 rows');
add('outcome', AFTER, 'anything from Q15 consented?', { ids: ids(texts, and(status('aap-consented'), Q(15))) }, 'Annex A d) rows 14-15');
add('outcome', AFTER, 'approved ones from Q13', { ids: ids(texts, and(status('tap-approved'), Q(13))) }, 'Annex A a) row 9');
add('outcome', AFTER, 'did Q2 manage to get any approvals', { ids: ids(texts, and(status('tap-approved'), Q(2))) }, 'Annex A a) rows 1-3');
add('outcome', AFTER, 'AAP texts from Q8', { ids: ids(texts, and(route('aap'), Q(8))) }, 'Annex A d) rows 2-3');
add('outcome', AFTER, 'texts by agreement from Q2', { ids: ids(texts, and(route('agreement'), Q(2))) }, 'Annex A e) row 5');
add('outcome', AFTER, 'all TAP texts of Q10', { ids: ids(texts, and(route('tap'), Q(10))) }, 'Annex A a) row 8, c) row 4');
add('outcome', AFTER, 'which texts are still pending', { ids: ids(texts, status('tap-determined', 'aap-consented')) }, 'Annex A c), d)');
add('outcome', AFTER, 'which texts are finished', { ids: ids(texts, status('tap-approved', 'agreed')) }, 'Annex A a), e)');
add(
  'outcome',
  AFTER,
  'which drafts go for approval at the April plenary',
  { ids: ids(texts, status('tap-determined')) },
  'Annex A c): TAP approval at the next meeting',
);
add('outcome', AFTER, 'Q4 recs that failed', { ids: ids(texts, and(status('tap-not-approved'), Q(4))) }, 'Annex A b)');
add('outcome', AFTER, 'AAP route texts', { ids: ids(texts, route('aap')) }, 'Annex A d)');

// kinds
add('kind', AFTER, 'amds please', { ids: ids(texts, kind('amendment')) }, 'Annex A d) rows 4-12');
add('kind', AFTER, 'revised docs that got agreed', { ids: ids(texts, and(status('agreed'), kind('revised'))) }, 'Annex A e) rows 1-4');
add('kind', AFTER, 'which brand-new texts did Q11 consent', { ids: ids(texts, and(status('aap-consented'), kind('new'), Q(11))) }, 'Annex A d) row 13');
add('kind', AFTER, 'Q11 amendments', { ids: ids(texts, and(kind('amendment'), Q(11))) }, 'Annex A d) rows 4-12');
add('kind', AFTER, 'new stuff for Q13', { ids: ids(texts, and(kind('new'), Q(13))) }, 'Annex A a) row 9, c) row 5, e) row 8');
add('kind', AFTER, 'new texts that were agreed', { ids: ids(texts, and(status('agreed'), kind('new'))) }, 'Annex A e) rows 5-8');
add('kind', AFTER, 'new recs consented in geneva', { ids: ids(texts, and(status('aap-consented'), kind('new'))) }, 'Annex A d) rows 1-3, 13-15');

// document types
add('type', AFTER, 'supplements that got agreed', { ids: ids(texts, type('suppl')) }, 'Annex A e) rows 6-8');
add('type', AFTER, 'which technical report did SG17 agree this time', { ids: ids(texts, and(status('agreed'), type('tr'))) }, 'Annex A e) row 5');
add('type', AFTER, 'Q1 documents agreed', { ids: ids(texts, and(status('agreed'), Q(1))) }, 'Annex A e) rows 1-4');
add('type', AFTER, 'recommendations consented', { ids: ids(texts, and(status('aap-consented'), type('rec'))) }, 'Annex A d)');
add('type', AFTER, 'X supplements from Q10', { ids: ids(texts, and(type('suppl'), Q(10))) }, 'Annex A e) rows 6-7');
add('type', AFTER, 'recs from Q13', { ids: ids(texts, and(type('rec'), Q(13))) }, 'Annex A a) row 9, c) row 5');
add('type', AFTER, 'all recommendations of Q6', { ids: ids(texts, and(type('rec'), Q(6))) }, 'Annex A a) rows 5-6, c) row 1');

// Questions
add('question', AFTER, 'Q13 texts pls', { ids: ids(texts, Q(13)) }, 'Annex A: Q13/17 rows');
add('question', AFTER, 'question 11 texts', { ids: ids(texts, Q(11)) }, 'Annex A d) rows 4-13');
add('question', AFTER, 'texts of Q6 & Q8', { ids: ids(texts, Q(6, 8)) }, 'Annex A: Q6/17, Q8/17 rows');
add('question', AFTER, 'q10/17 texts', { ids: ids(texts, Q(10)) }, 'Annex A: Q10/17 rows');
add('question', AFTER, 'which texts came out of question 7', { ids: ids(texts, Q(7)) }, 'Annex A: Q7/17 rows');
add('question', AFTER, 'texts for questions 2, 4 and 15', { ids: ids(texts, Q(2, 4, 15)) }, 'Annex A: Q2/17, Q4/17, Q15/17 rows');

// RGMs
add('rgm', DURING, 'when does Q14 meet up', { ids: ids(rgms, Q(14)) }, '§2 RGM 13');
add('rgm', DURING, 'Q10 rgm where', { ids: [rgm(10)] }, '§2 RGM 10: Paris');
add('rgm', DURING, 'Q1 interim meetings', { ids: ids(rgms, Q(1)) }, '§2 RGMs 1-6');
add('rgm', DURING, 'interim rapporteur meetings of Q13', { ids: [rgm(12)] }, '§2 RGM 12');
add('rgm', DURING, 'where is the Q11 rapporteur group meeting', { ids: [rgm(11)] }, '§2 RGM 11: Stockholm');
add('rgm', DURING, 'rgms in january 2025', { ids: ids(rgms, during('2025-01-01', '2025-01-31')) }, '§2 RGMs 3, 4, 12, 14');
add('rgm', DURING, 'rgms in march', { ids: ids(rgms, during('2025-03-01', '2025-03-31')) }, '§2 RGM 6');
add('rgm', DURING, 'rgm seoul', { ids: [rgm(3)] }, '§2 RGM 3: Hybrid (Virtual + Seoul)');
add('rgm', DURING, 'European rgms', { ids: ids(rgms, europe) }, '§2 RGMs 10-11: Paris, Stockholm');
add('rgm', DURING, 'which interim meetings are in paris or stockholm', { ids: ids(rgms, europe) }, '§2 RGMs 10-11');
add('rgm', DURING, 'rgms online only', { ids: ids(rgms, virtual) }, '§2 MyWorkspace RGMs');
add('rgm', DURING, 'which Q1 rgms are virtual', { ids: ids(rgms, and(virtual, Q(1))) }, '§2 RGMs 1, 4-6');
add('rgm', DURING, 'hybrid rgm?', { ids: ids(rgms, hybrid) }, '§2 RGM 3');
add('rgm', DURING, 'rgms that are confirmed', { ids: ids(rgms, not(tbc)) }, '§2 RGMs without TBC');
add('rgm', DURING, 'rgms still waiting on confirmation', { ids: ids(rgms, tbc) }, '§2 TBC RGMs');
add('rgm', DURING, 'rgms between 1 nov and 31 dec 2024', { ids: ids(rgms, during('2024-11-01', '2024-12-31')) }, '§2 RGMs 1, 2, 7, 8, 10');
add('rgm', NOV20, "what's the next rapporteur meeting", { first: soonest(rgms, from('2024-11-20')) }, '§2 RGM 8: 26-27 Nov');
add('rgm', DEC10, 'next Q1 rgm?', { first: soonest(rgms, and(Q(1), from('2024-12-10'))) }, '§2 RGM 3: 15 Jan 2025');
add('rgm', DURING, 'next Q10 meeting', { first: rgm(10) }, '§2 RGM 10');
add('rgm', DEC02, 'any rgms this week', { ids: ids(rgms, during('2024-12-02', '2024-12-08')) }, '§2 RGMs 2, 10');
add('rgm', NOV18, 'rgms next week?', { ids: ids(rgms, during('2024-11-25', '2024-12-01')) }, '§2 RGMs 1, 8');
add('rgm', DEC16, 'remaining rgms', { ids: ids(rgms, from('2024-12-16')) }, '§2 RGMs 3-6, 9, 12-14');
add('rgm', DEC16, 'rgms that already took place so far', { ids: ids(rgms, not(from('2024-12-16'))) }, '§2 RGMs 1, 2, 7, 8, 10, 11');
add('rgm', DURING, 'when is the Q1 meeting in seoul', { ids: [rgm(3)] }, '§2 RGM 3');
add('rgm', DURING, 'which rgm covers X.1058-rev', { ids: [rgm(7)] }, '§2 RGM 7: X.1058-rev');
add('rgm', DURING, 'which rgm deals with qkd', { ids: [rgm(14)] }, '§2 RGM 14: X.sec_QKD_profr, X.sec_QKDNi');
add('rgm', DURING, 'Q15 rgm how long', { ids: [rgm(14)] }, '§2 RGM 14: 4 hours x 2 days');
add('rgm', DURING, 'rgms for Q3 and Q8', { ids: ids(rgms, Q(3, 8)) }, '§2 RGMs 7-9');
add('rgm', DURING, 'virtual rgms next year', { ids: ids(rgms, and(virtual, during('2025-01-01', '2025-12-31'))) }, '§2 RGMs 4-6, 9, 13');
add('rgm', DURING, 'TBC rgms for Q1', { ids: ids(rgms, and(tbc, Q(1))) }, '§2 RGMs 1, 2, 4-6');

// new work items
add('workitem', AFTER, 'new WIs from geneva', { ids: ids(workItems) }, 'Annex B: 10');
add('workitem', AFTER, 'Q8 new work item?', { ids: ids(workItems, Q(8)) }, 'Annex B row 7');
add('workitem', AFTER, 'Q10 new WIs', { ids: ids(workItems, Q(10)) }, 'Annex B rows 8-9');
add('workitem', AFTER, 'new WIs approved by agreement', { ids: ids(workItems, wroute('agreement')) }, 'Annex B **');
add('workitem', AFTER, 'which new work items will go for TAP', { ids: ids(workItems, wroute('tap')) }, 'Annex B *');
add('workitem', AFTER, 'new TR work items', { ids: ids(workItems, type('tr')) }, 'Annex B rows 2, 3, 6');
add('workitem', AFTER, 'work item about verifiable credentials', { first: 'X.vctp' }, 'Annex B row 8');
add('workitem', AFTER, 'OpenID work item', { first: 'X.oicc' }, 'Annex B row 9');
add('workitem', AFTER, 'new work item on industrial IoT data with blockchain', { first: wi(5) }, 'Annex B row 5');
add('workitem', AFTER, 'work item TD2418', { ids: [wi(10)] }, 'Annex B row 10: TD2418');
add('workitem', AFTER, 'WI on attacks in radio access networks', { first: wi(2) }, 'Annex B row 2');
add('workitem', AFTER, 'work items started by Q14', { ids: ids(workItems, Q(14)) }, 'Annex B row 10');

// correspondence groups
add('cg', AFTER, 'correspondence groups list', { ids: ids(cgs) }, '§1: 4 CGs');
add('cg', AFTER, 'CGs that continue into the interregnum', { ids: ids(cgs, (g) => g.status.toLowerCase() === 'continued') }, '§1: 3 continued');
add('cg', AFTER, 'child online protection correspondence group', { ids: ['CG-COP'] }, '§1: CG-COP');
add('cg', AFTER, 'cg secapa tor', { ids: ['CG-secapa'] }, '§1: CG-secapa, TD2443');
add('cg', AFTER, 'new cg?', { ids: ids(cgs, (g) => g.status.toLowerCase() === 'new') }, '§1: CG-RES');
add('cg', AFTER, 'which CG has its ToR in TD2287R4', { ids: ['CG-AIsec'] }, '§1: CG-AIsec');

// exclusions: many negators on many dimensions
add('exclusion', AFTER, 'approved recs minus the Q6 ones', { ids: ids(texts, and(status('tap-approved'), not(Q(6)))) }, 'Annex A a) minus rows 5-6');
add(
  'exclusion',
  AFTER,
  'AAP except the Q11 amendments',
  { ids: ids(texts, and(route('aap'), not(and(Q(11), kind('amendment'))))) },
  'Annex A d) rows 1-3, 13-15',
);
add('exclusion', AFTER, 'everything consented bar Q15', { ids: ids(texts, and(status('aap-consented'), not(Q(15)))) }, 'Annex A d) rows 1-13');
add('exclusion', DURING, 'rgms other than the Q1 ones', { ids: ids(rgms, not(Q(1))) }, '§2 RGMs 7-14');
add('exclusion', DURING, "rgms which aren't virtual", { ids: ids(rgms, not(virtual)) }, '§2 RGMs 2, 3, 7, 8, 10-12, 14');
add('exclusion', DURING, 'only rgms that are not tbc', { ids: ids(rgms, not(tbc)) }, '§2 RGMs 3, 7, 8, 10, 11, 13');
add('exclusion', AFTER, 'new work items, except the technical reports', { ids: ids(workItems, not(type('tr'))) }, 'Annex B minus rows 2, 3, 6');
add('exclusion', AFTER, 'work items not going the TAP way', { ids: ids(workItems, not(wroute('tap'))) }, 'Annex B **');
add('exclusion', AFTER, 'texts other than recommendations', { ids: ids(texts, not(type('rec'))) }, 'Annex A e)');
add('exclusion', AFTER, 'agreed stuff leaving out Q1', { ids: ids(texts, and(status('agreed'), not(Q(1)))) }, 'Annex A e) rows 5-8');
add('exclusion', AFTER, 'tap approved, skipping X.1818', { ids: ids(texts, and(status('tap-approved'), not(id('X.1818')))) }, 'Annex A a) rows 2-9');
add('exclusion', AFTER, 'determined, neither Q6 nor Q7', { ids: ids(texts, and(status('tap-determined'), not(Q(6, 7)))) }, 'Annex A c) rows 3-5');
add('exclusion', AFTER, 'texts not from Q11 or Q1', { ids: ids(texts, not(Q(1, 11))) }, 'Annex A minus Q1/17, Q11/17 rows');
add('exclusion', AFTER, 'approved recs apart from the 5G ones', { ids: ids(texts, and(status('tap-approved'), not(title(/5G/)))) }, 'Annex A a) rows 4-9');
add('exclusion', AFTER, 'cgs other than CG-AIsec', { ids: ids(cgs, not(id('CG-AIsec'))) }, '§1: CG-RES, CG-secapa, CG-COP');
add('exclusion', DURING, 'rgms not in 2024', { ids: ids(rgms, not(during('2024-01-01', '2024-12-31'))) }, '§2 RGMs 3-6, 9, 12-14');
add('exclusion', DURING, 'rgms not in December', { ids: ids(rgms, not(during('2024-12-01', '2024-12-31'))) }, '§2 minus RGMs 2, 10');
add(
  'exclusion',
  AFTER,
  'consented texts, no amendments, no Q15',
  { ids: ids(texts, and(status('aap-consented'), not(kind('amendment')), not(Q(15)))) },
  'Annex A d) rows 1-3, 13',
);
add('exclusion', AFTER, 'TAP texts but not those approved', { ids: ids(texts, and(route('tap'), not(status('tap-approved')))) }, 'Annex A b), c)');
add('exclusion', AFTER, 'all texts except consented and agreed', { ids: ids(texts, not(status('aap-consented', 'agreed'))) }, 'Annex A a)-c)');
add('exclusion', AFTER, 'non-amendment texts from Q11', { ids: ids(texts, and(Q(11), not(kind('amendment')))) }, 'Annex A d) row 13');
add(
  'exclusion',
  AFTER,
  'which approved recs are not from Q2, Q4 or Q6',
  { ids: ids(texts, and(status('tap-approved'), not(Q(2, 4, 6)))) },
  'Annex A a) rows 7-9',
);
add('exclusion', AFTER, 'work items for Q6 and Q10 without X.oicc', { ids: ids(workItems, and(Q(6, 10), not(id('X.oicc')))) }, 'Annex B rows 4, 5, 8');
add('exclusion', DURING, 'virtual rgms except Q1', { ids: ids(rgms, and(virtual, not(Q(1)))) }, '§2 RGMs 9, 13');
add('exclusion', DURING, 'rgms outside Q1 and Q3', { ids: ids(rgms, not(Q(1, 3))) }, '§2 RGMs 9-14');
add('exclusion', AFTER, "everything agreed that isn't a supplement", { ids: ids(texts, and(status('agreed'), not(type('suppl')))) }, 'Annex A e) rows 1-5');
add('exclusion', AFTER, 'Q10 texts excluding supplements', { ids: ids(texts, and(Q(10), not(type('suppl')))) }, 'Annex A a) row 8, c) row 4');
add('exclusion', AFTER, 'texts with an ISO/IEC equivalent except X.508', { ids: ids(texts, and(equivalent, not(id('X.508')))) }, 'Annex A d) rows 4-12');
add('exclusion', AFTER, 'supplements not from Q13', { ids: ids(texts, and(type('suppl'), not(Q(13)))) }, 'Annex A e) rows 6-7');
add('exclusion', DURING, 'q1 interim mtgs, hybrid one excluded', { ids: ids(rgms, and(Q(1), not(hybrid))) }, '§2 RGMs 1, 2, 4-6');
add('exclusion', AFTER, 'consented, with the exception of Q8', { ids: ids(texts, and(status('aap-consented'), not(Q(8)))) }, 'Annex A d) rows 1, 4-15');
add('exclusion', DURING, 'confirmed rgms aside from Paris and Stockholm', { ids: ids(rgms, and(not(tbc), not(europe))) }, '§2 RGMs 3, 7, 8, 13');

// counts
add('count', AFTER, 'how many approved', { count: count(texts, status('tap-approved')) }, 'Annex A a): 9');
add('count', AFTER, 'no. of texts determined', { count: count(texts, status('tap-determined')) }, 'Annex A c): 5');
add('count', AFTER, 'how many amendments in total', { count: count(texts, kind('amendment')) }, 'Annex A d): 9');
add('count', AFTER, 'how many supplements altogether', { count: count(texts, type('suppl')) }, 'Annex A e): 3');
add('count', DURING, 'Q1 RGM count', { count: count(rgms, Q(1)) }, '§2: 6');
add('count', DURING, 'count of the confirmed rgms', { count: count(rgms, not(tbc)) }, '§2: 6');
add('count', DURING, 'how many hybrid rgms r there', { count: count(rgms, hybrid) }, '§2: 1');
add('count', DEC02, 'how many rgms are left now', { count: count(rgms, from('2024-12-02')) }, '§2 RGMs 2-6, 9, 10, 12-14');
add('count', AFTER, 'how many work items go by TAP', { count: count(workItems, wroute('tap')) }, 'Annex B *: 7');
add('count', AFTER, 'how many CGs continue', { count: count(cgs, (g) => g.status.toLowerCase() === 'continued') }, '§1: 3');
add('count', AFTER, 'how many texts does Q8 have', { count: count(texts, Q(8)) }, 'Annex A: 3');
add('count', AFTER, 'how many new texts consented', { count: count(texts, and(status('aap-consented'), kind('new'))) }, 'Annex A d): 6 new');
add('count', DURING, 'number of rgms in nov 2024', { count: count(rgms, during('2024-11-01', '2024-11-30')) }, '§2 RGMs 1, 7, 8');
add('count', AFTER, 'how many texts have iso/iec equivalents', { count: count(texts, equivalent) }, 'Annex A d): 10');

// aggregation
add('aggregate', AFTER, 'which Q has the most consented texts', { first: most(texts, status('aap-consented')) }, 'Annex A d): Q11/17 10');
add('aggregate', DURING, 'question with the most TBC meetings', { first: most(rgms, tbc) }, '§2: Q1/17 5');
add('aggregate', AFTER, 'texts per question', { groups: groups(texts, all, 1, 2, 4, 6, 7, 8, 10, 11, 13, 15) }, 'Annex A');
add('aggregate', DURING, 'rgms grouped by question', { groups: groups(rgms, all, 1, 3, 8, 10, 11, 13, 14, 15) }, '§2');
add('aggregate', AFTER, 'determined texts by question', { groups: groups(texts, status('tap-determined'), 6, 7, 8, 10, 13) }, 'Annex A c)');
add('aggregate', AFTER, 'agreed texts per Q', { groups: groups(texts, status('agreed'), 1, 2, 10, 13) }, 'Annex A e)');
add('aggregate', AFTER, 'which Q has the most texts overall', { first: most(texts) }, 'Annex A: Q11/17 10');

// comparisons
add('compare', AFTER, 'Q8 vs Q15 consented', { groups: groups(texts, status('aap-consented'), 8, 15) }, 'Annex A d) rows 2-3, 14-15');
add('compare', DURING, 'compare Q1 and Q3 rgms side by side', { groups: groups(rgms, all, 1, 3) }, '§2 RGMs 1-8');
add('compare', AFTER, 'Q4 versus Q6 texts', { groups: groups(texts, all, 4, 6) }, 'Annex A: Q4/17, Q6/17 rows');
add('compare', AFTER, 'compare Q10 and Q13 agreed', { groups: groups(texts, status('agreed'), 10, 13) }, 'Annex A e) rows 6-8');
add('compare', AFTER, 'X.1716 vs X.1717 diff', { ids: ['X.1716', 'X.1717'] }, 'Annex A d) rows 14-15');

// table columns
add('column', AFTER, 'which text is twinned with ISO/IEC 9594-12', { ids: ['X.508'] }, 'Annex A d) row 13');
add('column', AFTER, '9594-3?', { ids: ['X.511 Amd.1'] }, 'Annex A d) row 7');
add('column', AFTER, 'texts with A.5 justification', { ids: ids(texts, a5) }, 'Annex A d) rows 10, 13');
add('column', AFTER, 'A.5 TD2356', { ids: ['X.508'] }, 'Annex A d) row 13');
add('column', AFTER, 'which texts had approval deferred previously', { ids: ids(texts, noted(/approval deferred/)) }, 'Annex A a) Notes 1-3');
add('column', AFTER, 'texts that were re-determined', { ids: ids(texts, noted(/re-determined/)) }, 'Annex A a) Notes 1-2');
add('column', AFTER, 'anything determined back in 2022', { ids: ids(texts, noted(/determined at SG17 Aug\/Sep 2022/)) }, 'Annex A a) Note 1');
add('column', AFTER, 'the rec whose base text is R66', { ids: ['X.1283'] }, 'Annex A a) row 8: R66');
add('column', AFTER, 'TD 2474', { ids: ['X.1717'] }, 'Annex A d) row 15: TD2474');
add('column', AFTER, 'consented texts with iso/iec counterparts', { ids: ids(texts, and(status('aap-consented'), equivalent)) }, 'Annex A d) rows 4-13');

// the next SG17 meeting, highlights, statistics
add('meeting', AFTER, 'next sg17 plenary?', { ids: [NEXT_MEETING] }, '§2: 7-17 April 2025');
add('meeting', DEC02, 'when does SG17 meet again in plenary', { ids: [NEXT_MEETING] }, '§2: 7-17 April 2025');
add('meeting', AFTER, 'first meeting of the 2025-2028 study period', { ids: [NEXT_MEETING] }, '§2: 1st SG17 meeting in 2025-2028');
add('meeting', AFTER, 'how long is the april meeting', { ids: [NEXT_MEETING] }, '§2: 9 working days');
add('meeting', DEC16, 'dates of the next study group meeting', { ids: [NEXT_MEETING] }, '§2: 7-17 April 2025');
add('highlights', AFTER, 'key topics of the geneva meeting', { ids: [THIS_MEETING] }, 'Hot topics');
add('highlights', AFTER, 'main hot topics in geneva?', { ids: [THIS_MEETING] }, 'Hot topics, meeting output');
add('stats', AFTER, 'meeting stats for geneva', { ids: [THIS_MEETING] }, 'Annex D');
add('stats', AFTER, 'how many contributions were submitted', { ids: [THIS_MEETING] }, 'Annex D: 154');
add('stats', AFTER, 'incoming liaison statements number', { ids: [THIS_MEETING] }, 'Annex D: LSi 187');

// topics
add('topic', AFTER, 'digital twin recs', { first: 'X.2012' }, 'Annex A d) row 1');
add('topic', AFTER, 'PII protection rec', { first: 'X.1237' }, 'Annex A a) row 4');
add('topic', AFTER, 'V2X supplement', { first: 'X.Suppl.43' }, 'Annex A e) row 8');
add('topic', AFTER, 'rec on structured threat information expression', { first: 'X.1221' }, 'Annex A b) row 1');
add('topic', AFTER, 'USSD STK security text', { first: 'X.1456' }, 'Annex A c) row 2');
add('topic', AFTER, 'urban air mobility text', { first: 'X.1385' }, 'Annex A c) row 5');
add('topic', AFTER, 'zero touch deployment', { first: 'X.1353' }, 'Annex A a) row 5');
add('topic', AFTER, 'reference monitor online analytics', { first: 'X.1471' }, 'Annex A a) row 7');
add(
  'topic',
  AFTER,
  'quantum key distribution recs consented',
  { ids: ids(texts, and(status('aap-consented'), title(/quantum key distribution/i))) },
  'Annex A d) rows 14-15',
);
add('topic', AFTER, 'Directory texts', { ids: ids(texts, title(/Directory/)) }, 'Annex A d) rows 4-13');
add('topic', AFTER, 'which 5G recs got approved', { ids: ids(texts, and(status('tap-approved'), title(/5G/))) }, 'Annex A a) rows 1-3');
add('topic', AFTER, 'mobile messaging spam', { first: 'X.1237' }, 'Annex A a) row 4');

// honest: what the summary does not record
add('honest', AFTER, 'who is the editor on X.1717', { honest: true }, 'no editors in the summary');
add('honest', AFTER, 'rapporteur for Q10?', { honest: true }, 'no rapporteurs in the summary');
add('honest', AFTER, "what's the wifi password at the venue", { honest: true }, 'no logistics in the summary');
add('honest', AFTER, 'which texts got comments during last call', { honest: true }, 'no comments recorded');
add('honest', AFTER, 'was there a vote on X.1221', { honest: true }, 'no votes recorded');
add('honest', DURING, 'hotel recommendations for the Stockholm rgm', { honest: true }, 'no logistics in the summary');
add('honest', AFTER, 'what is X.1999', { honest: true }, 'no such text');
add('honest', AFTER, 'TD2999?', { honest: true }, 'no such TD');
add('honest', AFTER, 'how many delegates from China attended', { honest: true }, 'no attendance in the summary');
add('honest', AFTER, 'when will X.1283 be published', { honest: true }, 'no publication dates in the summary');
add('honest', DURING, 'deadline for contributions to the Q15 rgm', { honest: true }, 'no deadlines in the summary');
add('honest', AFTER, 'did SG20 approve Y.4000', { honest: true }, 'another study group');
add('honest', DURING, 'agenda of the Q14 RGM', { honest: true }, 'no RGM agendas in the summary');
add('honest', AFTER, 'any work items discontinued?', { honest: true }, 'Annex C empty');
add('honest', AFTER, 'who is SG17 chairman', { honest: true }, 'no chairs in the summary');
add('honest', DURING, 'any rgm in Zürich', { honest: true }, 'no RGM there');

// typos
add('typo', AFTER, 'consentd texts', { ids: ids(texts, status('aap-consented')) }, 'Annex A d)');
add('typo', AFTER, 'detremined recs list', { ids: ids(texts, status('tap-determined')) }, 'Annex A c)');
add('typo', AFTER, 'suplements pls', { ids: ids(texts, type('suppl')) }, 'Annex A e) rows 6-8');
add('typo', DURING, 'rmg Q14', { ids: ids(rgms, Q(14)) }, '§2 RGM 13');
add('typo', AFTER, 'aproved by Q6', { ids: ids(texts, and(status('tap-approved'), Q(6))) }, 'Annex A a) rows 5-6');
add('typo', AFTER, 'corespondence groups?', { ids: ids(cgs) }, '§1: 4 CGs');
add('typo', AFTER, 'amendmends Q11', { ids: ids(texts, and(kind('amendment'), Q(11))) }, 'Annex A d) rows 4-12');
add('typo', DURING, 'hybird rgms', { ids: ids(rgms, hybrid) }, '§2 RGM 3');
add('typo', AFTER, 'reccomendations not approved', { ids: ids(texts, status('tap-not-approved')) }, 'Annex A b)');
add('typo', AFTER, 'wrok items Q7', { ids: ids(workItems, Q(7)) }, 'Annex B row 6');
add('typo', DURING, 'confirmd rgms', { ids: ids(rgms, not(tbc)) }, '§2 RGMs without TBC');

// Unicode
add('unicode', DURING, 'Ｑ１５ rgm', { ids: ids(rgms, Q(15)) }, '§2 RGM 14 (full-width)');
add('unicode', AFTER, 'X.1818\u00a0status', { ids: ['X.1818'] }, 'Annex A a) row 1 (no-break space)');
add('unicode', AFTER, '«X.1222»', { ids: ['X.1222'] }, 'Annex A b) row 2 (guillemets)');
add('unicode', AFTER, 'Q11 amendments…', { ids: ids(texts, and(kind('amendment'), Q(11))) }, 'Annex A d) rows 4-12 (ellipsis)');
add('unicode', AFTER, 'approved 👍 Q10', { ids: ids(texts, and(status('tap-approved'), Q(10))) }, 'Annex A a) row 8 (emoji)');
add('unicode', AFTER, 'ＴＤ２３５２', { ids: ['X.509 Amd.1'] }, 'Annex A d) row 6 (full-width TD)');
add('unicode', DURING, 'Q13\u200b rgm', { ids: ids(rgms, Q(13)) }, '§2 RGM 12 (zero-width space)');
add('unicode', AFTER, 'Ｘ．１６４８', { ids: ['X.1648'] }, 'Annex A c) row 3 (full-width dot)');

// casual, several filters
add('casual', AFTER, 'yo whats going to AAP LC from Q8 and Q15', { ids: ids(texts, and(status('aap-consented'), Q(8, 15))) }, 'Annex A d) rows 2-3, 14-15');
add(
  'casual',
  DURING,
  'hey can u list the virtual Q1 meetings in 2025',
  { ids: ids(rgms, and(virtual, Q(1), during('2025-01-01', '2025-12-31'))) },
  '§2 RGMs 4-6',
);
add('casual', AFTER, 'did anything from Q4 actually get approved?', { ids: ids(texts, and(status('tap-approved'), Q(4))) }, 'Annex A a) row 4');
add('casual', DURING, 'need the TBC rgms that are online', { ids: ids(rgms, and(tbc, virtual)) }, '§2 RGMs 1, 4-6, 9');
add('casual', AFTER, 'so what did Q10 agree on', { ids: ids(texts, and(status('agreed'), Q(10))) }, 'Annex A e) rows 6-7');
add('casual', AFTER, 'lemme see the TAP determined ones from Q7 and Q10', { ids: ids(texts, and(status('tap-determined'), Q(7, 10))) }, 'Annex A c) rows 2, 4');
add('casual', AFTER, 'pls: Q2 approved recs, how many', { count: count(texts, and(status('tap-approved'), Q(2))) }, 'Annex A a): 3');
add('casual', DURING, 'any Q3 meetings in november?', { ids: ids(rgms, and(Q(3), during('2024-11-01', '2024-11-30'))) }, '§2 RGMs 7-8');
add('casual', DURING, 'which confirmed rgms are in Europe', { ids: ids(rgms, and(not(tbc), europe)) }, '§2 RGMs 10-11');
add(
  'casual',
  AFTER,
  'gimme the new Q8 recs that went to last call',
  { ids: ids(texts, and(status('aap-consented'), kind('new'), Q(8))) },
  'Annex A d) rows 2-3',
);

// ---- conversations ---------------------------------------------------------------------------------

const convs = [];
const conv = (cat, now, turns, expect, why) => convs.push({ cat, now, turns, expect, why });
conv('narrow', AFTER, ['consented texts', 'only Q8'], { ids: ids(texts, and(status('aap-consented'), Q(8))) }, 'Annex A d) rows 2-3');
conv('follow-up', AFTER, ['X.1716', 'and X.1717?'], { ids: ['X.1717'] }, 'Annex A d) row 15');
conv('narrow', DURING, ['rgms', 'only virtual ones'], { ids: ids(rgms, virtual) }, '§2 MyWorkspace RGMs');
conv('count', AFTER, ['approved recs', 'how many are there'], { count: count(texts, status('tap-approved')) }, 'Annex A a): 9');
conv('narrow', AFTER, ['aap', 'leave out Q11'], { ids: ids(texts, and(route('aap'), not(Q(11)))) }, 'Annex A d) rows 1-3, 14-15');
conv('follow-up', AFTER, ['Q13 texts', 'what about Q7'], { ids: ids(texts, Q(7)) }, 'Annex A: Q7/17 rows');
conv('narrow', AFTER, ['new work items', 'just the TAP ones'], { ids: ids(workItems, wroute('tap')) }, 'Annex B *');
conv('narrow', DURING, ['rgms in december', 'only the TBC ones'], { ids: ids(rgms, and(tbc, during('2024-12-01', '2024-12-31'))) }, '§2 RGM 2');
conv('narrow', AFTER, ['determined texts', 'except Q6'], { ids: ids(texts, and(status('tap-determined'), not(Q(6)))) }, 'Annex A c) rows 2-5');
conv('follow-up', DURING, ['Q3 rgms', 'Q10 too'], { ids: ids(rgms, Q(3, 10)) }, '§2 RGMs 7, 8, 10');
conv('aggregate', AFTER, ['agreed texts', 'broken down per question?'], { groups: groups(texts, status('agreed'), 1, 2, 10, 13) }, 'Annex A e)');
conv('count', DURING, ['virtual rgms', 'how many for Q1'], { count: count(rgms, and(virtual, Q(1))) }, '§2 RGMs 1, 4-6');
conv('follow-up', DURING, ['Q15 consented', 'and their rgm'], { ids: ids(rgms, Q(15)) }, '§2 RGM 14');
conv('count', AFTER, ['tap approved', 'drop the Q2 ones', 'how many'], { count: count(texts, and(status('tap-approved'), not(Q(2)))) }, 'Annex A a): 6');

// ---- write ---------------------------------------------------------------------------------------

writeSet('heldout8', cases, convs, [
  'heldout-questions.json',
  'heldout2-questions.json',
  'heldout3-questions.json',
  'heldout4-questions.json',
  'heldout5-questions.json',
  'heldout6-questions.json',
  'heldout7-questions.json',
]);
