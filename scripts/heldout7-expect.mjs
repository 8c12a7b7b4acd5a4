#!/usr/bin/env node
/**
 * Writes the seventh held-out question set (test/fixtures/heldout7-questions.json and
 * heldout7-conversations.json), written blind as a DEVELOPMENT set: from the seed summary, the data,
 * README.md and docs/commands.md only — without reading the parser, its question corpus, the other
 * held-out fixtures or the parser's tests, and without running the bot on these questions while
 * writing them (heldout5-expect.mjs was read for its mechanics only). Every expected answer is a
 * filter over data/sg17-2024-09.json (scripts/heldout-model.mjs), checked against the seed, never
 * what the bot answers. Left out as ambiguous in the seed: anything whose answer hangs on work item
 * 1's lost Question (so no per-Question question on Q2's work items), whether MyWorkspace is a
 * venue, whether an RGM known only by its months ("Jan-Feb 2025") falls in a given week or half of
 * a month, the 37-vs-39 output total, and the acronyms of X.1600 and X.1647 (lost in the copy).
 *
 *   node scripts/heldout7-expect.mjs          # rewrite both fixtures
 */

import { readFileSync } from 'node:fs';

import {
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
  most,
  soonest,
  groups,
  questionsOf,
  writeSet,
} from './heldout-model.mjs';

// ---- clocks ---------------------------------------------------------------------------------------

const DURING = '2024-09-05T10:00:00Z'; // the Thursday of the Geneva meeting: every RGM is still to come
const AFTER = '2024-10-01T12:00:00Z'; // after the meeting; for text questions the clock does not matter
const NOV20 = '2024-11-20T09:00:00Z'; // a Wednesday: Q11's and Q3's 19 Nov RGMs are over; this week 18-24 Nov
const DEC02 = '2024-12-02T09:00:00Z'; // a Monday: last month is November 2024
const JAN20 = '2025-01-20T09:00:00Z'; // a Monday: Q1's 15 Jan and Q13's 7-9 Jan RGMs are over; Q1's 21-23 Jan next
const FEB12 = '2025-02-12T09:00:00Z'; // Q14's 10-11 Feb RGM is over; Q1's 18-20 Feb, Q8's Feb and Q15's Jan-Feb ones are not
const rgm = (n) => `sg17-2024-09/rgm-${String(n).padStart(2, '0')}`;
const wi = (n) => `sg17-2024-09/work-item-${n}`;
const wroute = (r) => (w) => w.route === r;
const redetermined = noted(/re-determined/);
const deferred = noted(/approval deferred/);
const baseText = (i) => i.baseText !== null && i.baseText !== '';
const timing = (t) => (i) => i.timing === t;
/** The latest-starting RGM of those passing `f`. */
const latest = (f) => [...rgms.filter(f)].sort((a, b) => (a.first < b.first ? 1 : -1))[0].id;

// ---- the questions ---------------------------------------------------------------------------------

const cases = [];
const add = (cat, now, q, expect, why) => cases.push({ cat, now, q, expect, why });

// lookups: numbers, former acronyms, TDs, CGs, work items
add('lookup', AFTER, 'whats the status of x.1237', { ids: ['X.1237'] }, 'Annex A a) row 4');
add('lookup', AFTER, 'X.1354 outcome?', { ids: ['X.1354'] }, 'Annex A a) row 6');
add('lookup', AFTER, 'did 1385 get determined', { ids: ['X.1385'] }, 'Annex A c) row 5');
add('lookup', AFTER, 'X.ra-iot — which number did it get', { ids: ['X.1355'] }, 'Annex A c) row 1: X.ra-iot');
add('lookup', AFTER, 'sgdfs-us?', { ids: ['X.1456'] }, 'Annex A c) row 2: X.sgdfs-us');
add('lookup', AFTER, 'where is X.gecds at', { ids: ['X.1648'] }, 'Annex A c) row 3: X.gecds');
add('lookup', AFTER, 'sec_QKDN_CM news?', { ids: ['X.1717'] }, 'Annex A d) row 15: X.sec_QKDN_CM');
add('lookup', AFTER, 'itssec-5 became what', { ids: ['X.1384'] }, 'Annex A a) row 9: ex X.itssec-5');
add('lookup', AFTER, 'the old X.tsfpp draft', { ids: ['X.1237'] }, 'Annex A a) row 4: ex X.tsfpp');
add('lookup', AFTER, 'X.5Gsec-srocvs final rec number', { ids: ['X.1820'] }, 'Annex A a) row 3: ex X.5Gsec-srocvs');
add('lookup', AFTER, 'gpwd', { ids: ['X.1283'] }, 'Annex A a) row 8: ex X.gpwd');
add('lookup', AFTER, 'was X.stie approved?', { ids: ['X.1221'] }, 'Annex A b) row 1: ex X.stie');
add('lookup', AFTER, 'X.5Gsec-netec status', { ids: ['X.1819'] }, 'Annex A a) row 2: ex X.5Gsec-netec');
add('lookup', AFTER, 'tell me X.Suppl.42', { ids: ['X.Suppl.42'] }, 'Annex A e) row 7');
add('lookup', AFTER, 'TR.5Gsec-bsf agreed?', { ids: ['TR.5Gsec-bsf'] }, 'Annex A e) row 5');
add('lookup', AFTER, 'X.oicc work item', { ids: ['X.oicc'] }, 'Annex B row 9');
add('lookup', AFTER, 'TR.dpama — what is it about', { ids: ['TR.dpama'] }, 'Annex B row 6');
add('lookup', AFTER, 'X.stm-dpm details', { ids: ['X.stm-dpm'] }, 'Annex B row 4');
add('lookup', AFTER, 'X.5Gsec-FMSC', { ids: ['X.5Gsec-FMSC'] }, 'Annex B row 1 (its Question lost)');
add('lookup', AFTER, 'whats in TD2418', { ids: [wi(10)] }, 'Annex B row 10: TD2418');
add('lookup', AFTER, 'TD2479?', { ids: [wi(2)] }, 'Annex B row 2: TD2479');
add('lookup', AFTER, 'which rec has base text TD1827', { ids: ['X.1818'] }, 'Annex A a) row 1: TD1827');
add('lookup', AFTER, 'x.525 amd1', { ids: ['X.525 Amd.1'] }, 'Annex A d) row 12');
add('lookup', AFTER, 'X.518 Amendment 1 status', { ids: ['X.518 Amd.1'] }, 'Annex A d) row 8');
add('lookup', AFTER, 'info on CG-COP', { ids: ['CG-COP'] }, '§1: CG-COP');
add('lookup', AFTER, 'TD2253 is the ToR of what', { ids: ['CG-RES'] }, '§1: CG-RES, ToR in TD2253');
add('lookup', AFTER, 'ICT security compendium — revised?', { first: 'Security Compendium' }, 'Annex A e) row 1');
add('lookup', AFTER, 'security standards roadmap status', { first: 'Security standards roadmap' }, 'Annex A e) row 3');
add('lookup', AFTER, 'X.1716 and X.1717 outcome', { ids: ['X.1716', 'X.1717'] }, 'Annex A d) rows 14-15');
add('lookup', DURING, 'when will X.1058-rev be looked at', { ids: [rgm(7)] }, '§2 RGM 7: X.1058-rev');

// outcomes and routes
add('outcome', AFTER, 'what got approved at the sept meeting', { ids: ids(texts, status('tap-approved')) }, 'Annex A a)');
add('outcome', AFTER, 'which recs did not make it through TAP', { ids: ids(texts, status('tap-not-approved')) }, 'Annex A b)');
add(
  'outcome',
  AFTER,
  'what is up for approval at the april meeting',
  { ids: ids(texts, status('tap-determined')) },
  'Annex A c): approved or not at the next meeting',
);
add('outcome', AFTER, 'which texts went into AAP last call', { ids: ids(texts, status('aap-consented')) }, 'Annex A d)');
add('outcome', AFTER, 'everything that was agreed', { ids: ids(texts, status('agreed')) }, 'Annex A e)');
add('outcome', AFTER, 'the non-normative stuff agreed', { ids: ids(texts, status('agreed')) }, 'Annex A e): non-normative texts');
add('outcome', AFTER, 'texts still pending approval', { ids: ids(texts, status('tap-determined', 'aap-consented')) }, 'Annex A c)+d): determined or consented');
add('outcome', AFTER, 'Q13 approved texts', { ids: ids(texts, and(status('tap-approved'), Q(13))) }, 'Annex A a) row 9');
add('outcome', AFTER, 'what did Q7 get approved', { ids: ids(texts, and(status('tap-approved'), Q(7))) }, 'Annex A a) row 7');
add('outcome', AFTER, 'Q10 going to last call?', { ids: ids(texts, and(status('aap-consented'), Q(10))) }, 'Annex A d): no Q10/17 row — none');
add('outcome', AFTER, 'determined texts from Q7', { ids: ids(texts, and(status('tap-determined'), Q(7))) }, 'Annex A c) row 2');
add('outcome', AFTER, 'Q2 agreed', { ids: ids(texts, and(status('agreed'), Q(2))) }, 'Annex A e) row 5');
add('outcome', AFTER, 'everything on the AAP track', { ids: ids(texts, route('aap')) }, 'Annex A d)');
add('outcome', AFTER, 'all TAP texts, approved or not or determined', { ids: ids(texts, route('tap')) }, 'Annex A a)-c)');
add('outcome', AFTER, 'which Q2 recs went the traditional approval way', { ids: ids(texts, and(route('tap'), Q(2))) }, 'Annex A a) rows 1-3');
add('outcome', AFTER, 'texts handled by agreement for Q10', { ids: ids(texts, and(route('agreement'), Q(10))) }, 'Annex A e) rows 6-7');
add(
  'outcome',
  AFTER,
  'finished texts of Q13',
  { ids: ids(texts, and(status('tap-approved', 'agreed'), Q(13))) },
  'Annex A a) row 9, e) row 8: approved or agreed',
);

// kinds and types
add('kind', AFTER, 'which consented texts are brand new', { ids: ids(texts, and(status('aap-consented'), kind('new'))) }, 'Annex A d): 6 new');
add('kind', AFTER, 'revisions agreed by Q1', { ids: ids(texts, and(kind('revised'), Q(1))) }, 'Annex A e) rows 1-4: Rev.');
add('kind', AFTER, 'Amd. texts of Q11', { ids: ids(texts, and(kind('amendment'), Q(11))) }, 'Annex A d) rows 4-12');
add('kind', AFTER, 'new approved recs from Q6', { ids: ids(texts, and(status('tap-approved'), kind('new'), Q(6))) }, 'Annex A a) rows 5-6');
add('kind', AFTER, 'any corrigenda?', { ids: ids(texts, kind('corrigendum')) }, 'Annex A: no corrigendum — none');
add('type', AFTER, 'supplements agreed this time', { ids: ids(texts, and(status('agreed'), type('suppl'))) }, 'Annex A e) rows 6-8');
add('type', AFTER, 'which of the agreed texts are just SG17 documents', { ids: ids(texts, type('doc')) }, 'Annex A e) rows 1-4');
add('type', AFTER, 'which TRs came out', { ids: ids(texts, type('tr')) }, 'Annex A e) row 5');
add('type', AFTER, 'recommendations consented by Q15', { ids: ids(texts, and(type('rec'), status('aap-consented'), Q(15))) }, 'Annex A d) rows 14-15');
add('type', AFTER, 'the two supplements to X.1254', { ids: ['X.Suppl.41', 'X.Suppl.42'] }, 'Annex A e) rows 6-7: Supplement to ITU-T X.1254');
add('type', AFTER, 'Q2 technical report', { ids: ids(texts, and(type('tr'), Q(2))) }, 'Annex A e) row 5');

// Questions
add('question', AFTER, 'Q7 outputs', { ids: ids(texts, Q(7)) }, 'Annex A: Q7/17 rows');
add('question', AFTER, 'what came out of question 13 this meeting', { ids: ids(texts, Q(13)) }, 'Annex A: Q13/17 rows');
add('question', AFTER, 'q 6 texts pls', { ids: ids(texts, Q(6)) }, 'Annex A: Q6/17 rows');
add('question', AFTER, 'Q10/17 everything', { ids: ids(texts, Q(10)) }, 'Annex A: Q10/17 rows');
add('question', AFTER, 'texts of questions 11 and 15', { ids: ids(texts, Q(11, 15)) }, 'Annex A: Q11/17 and Q15/17 rows');
add('question', AFTER, 'show Q.2 results', { ids: ids(texts, Q(2)) }, 'Annex A: Q2/17 rows');

// RGMs: by Question, place, format, state
add('rgm', DURING, 'when is Q10 meeting in the interim', { ids: ids(rgms, Q(10)) }, '§2 RGM 10');
add('rgm', DURING, 'Q14 rapporteur group meeting?', { ids: ids(rgms, Q(14)) }, '§2 RGM 13');
add('rgm', DURING, 'all the Q1 interim meetings', { ids: ids(rgms, Q(1)) }, '§2 RGMs 1-6');
add('rgm', DURING, 'Q8 RGM format', { ids: ids(rgms, Q(8)) }, '§2 RGM 9: MyWorkspace');
add('rgm', DURING, 'is anything happening in Seoul', { ids: [rgm(3)] }, '§2 RGM 3: Hybrid (Virtual + Seoul)');
add('rgm', DURING, 'rgm in france?', { ids: [rgm(10)] }, '§2 RGM 10: Paris, France');
add('rgm', DURING, 'which interim meetings run on MyWorkspace?', { ids: ids(rgms, virtual) }, '§2 MyWorkspace RGMs');
add('rgm', DURING, 'hybrid interim meetings', { ids: ids(rgms, hybrid) }, '§2 RGM 3');
add('rgm', DURING, 'which rgms are still tentative', { ids: ids(rgms, tbc) }, '§2 TBC RGMs');
add('rgm', DURING, 'rgms whose dates are confirmed', { ids: ids(rgms, not(tbc)) }, '§2 RGMs without TBC');
add('rgm', DURING, 'rgms where nobody has fixed the venue yet', { ids: ids(rgms, noVenue) }, '§2 RGMs with a blank or tbd venue');
add('rgm', DURING, 'which rgm covers PKI and directory stuff', { ids: [rgm(11)] }, '§2 RGM 11: Directory, PKI …');
add('rgm', DURING, 'where will Q15 discuss X.sec_QKD_profr', { ids: [rgm(14)] }, '§2 RGM 14 topics');
add('rgm', DURING, 'Q13 interim: which days in jan?', { ids: ids(rgms, Q(13)) }, '§2 RGM 12: 7-8 or 8-9 Jan');

// RGMs by time
add('time', DURING, 'first interim meeting after geneva', { first: soonest(rgms, from('2024-09-05')) }, '§2 RGM 11: 7-11 Oct');
add('time', DURING, 'rgms in january', { ids: ids(rgms, during('2025-01-01', '2025-01-31')) }, '§2 RGMs 3, 4, 12, 14 (Jan-Feb)');
add('time', DURING, 'anything in march 2025?', { ids: ids(rgms, during('2025-03-01', '2025-03-31')) }, '§2 RGM 6');
add('time', DURING, 'which rgms fall in 2024', { ids: ids(rgms, during('2024-01-01', '2024-12-31')) }, '§2 RGMs 1, 2, 7, 8, 10, 11');
add('time', DURING, 'rgms from Dec 1 to Dec 15', { ids: ids(rgms, during('2024-12-01', '2024-12-15')) }, '§2 RGMs 2, 10');
add('time', NOV20, 'rgms this week?', { ids: ids(rgms, during('2024-11-18', '2024-11-24')) }, '§2 RGM 7: 19 Nov');
add('time', NOV20, 'what is on next week', { ids: ids(rgms, during('2024-11-25', '2024-12-01')) }, '§2 RGMs 8, 1');
add('time', NOV20, 'rgms still this month', { ids: ids(rgms, and(from('2024-11-20'), during('2024-11-01', '2024-11-30'))) }, '§2 RGMs 8, 1');
add('time', NOV20, 'next month rgms', { ids: ids(rgms, during('2024-12-01', '2024-12-31')) }, '§2 RGMs 2, 10');
add('time', NOV20, 'upcoming interim meetings', { ids: ids(rgms, from('2024-11-20')) }, '§2: all but RGMs 7, 11');
add('time', NOV20, 'which rgms have already taken place', { ids: ids(rgms, not(from('2024-11-20'))) }, '§2 RGMs 11, 7 (over by yesterday)');
add('time', NOV20, 'whats the next rgm', { first: soonest(rgms, from('2024-11-20')) }, '§2 RGM 8: 26-27 Nov');
add('time', NOV20, 'anything before xmas? rgms I mean', { ids: ids(rgms, and(from('2024-11-20'), during('2024-11-20', '2024-12-24'))) }, '§2 RGMs 8, 1, 2, 10');
add('time', DEC02, "last month's rgms", { ids: ids(rgms, during('2024-11-01', '2024-11-30')) }, '§2 RGMs 1, 7, 8');
add('time', DEC02, 'when was the last Q3 rgm', { first: rgm(8) }, '§2 RGM 8: 26-27 Nov, the later of Q3s two');
add('time', JAN20, 'next Q1 meeting?', { first: soonest(rgms, and(Q(1), from('2025-01-20'))) }, '§2 RGM 4: 21-23 Jan');
add('time', JAN20, 'rgms in feb', { ids: ids(rgms, during('2025-02-01', '2025-02-28')) }, '§2 RGMs 5, 9, 13, 14');
add('time', FEB12, 'remaining rgms before the plenary', { ids: ids(rgms, from('2025-02-12')) }, '§2 RGMs 5, 6, 9, 14');
add('time', FEB12, 'Q1 rgms that are left', { ids: ids(rgms, and(Q(1), from('2025-02-12'))) }, '§2 RGMs 5, 6');
add('time', DURING, 'the final rgm before the april plenary', { first: latest(() => true) }, '§2 RGM 6: 4-6 Mar 2025');
add('time', DURING, 'last rgm of 2024', { first: latest(during('2024-01-01', '2024-12-31')) }, '§2 RGM 10: 6 Dec 2024');
add('time', DURING, 'Q1 virtual rgms in 2025', { ids: ids(rgms, and(Q(1), virtual, during('2025-01-01', '2025-12-31'))) }, '§2 RGMs 4-6');

// the plenary (SG17 meetings) vs RGMs
add('meeting', AFTER, 'when is the next plenary', { ids: [NEXT_MEETING] }, '§2: 7-17 April 2025');
add('meeting', AFTER, 'dates of the first meeting of the new study period', { ids: [NEXT_MEETING] }, '§2: 1st SG17 meeting in 2025-2028');
add('meeting', AFTER, 'how long is the April SG17 meeting', { ids: [NEXT_MEETING] }, '§2: 9 working days');
add('meeting', JAN20, 'next SG17 study group meeting when?', { ids: [NEXT_MEETING] }, '§2: 7-17 April 2025');
add('meeting', AFTER, 'what will be decided at the next plenary', { ids: ids(texts, status('tap-determined')) }, 'Annex A c): up for TAP approval there');
add('meeting', DURING, 'how many rgms before the next plenary', { count: count(rgms) }, '§2: all 14 before 7 April 2025');

// work items
add('workitem', AFTER, 'what new work did SG17 kick off', { ids: ids(workItems) }, 'Annex B: 10');
add('workitem', AFTER, 'Q8 new work item', { ids: ids(workItems, Q(8)) }, 'Annex B row 7');
add('workitem', AFTER, 'Q10 new items', { ids: ids(workItems, Q(10)) }, 'Annex B rows 8-9');
add('workitem', AFTER, 'which new work items are TRs', { ids: ids(workItems, type('tr')) }, 'Annex B rows 2, 3, 6');
add('workitem', AFTER, 'new work items on the AAP track', { ids: ids(workItems, wroute('aap')) }, 'Annex B: every item marked * or ** — none');
add('workitem', AFTER, 'work items marked for TAP', { ids: ids(workItems, wroute('tap')) }, 'Annex B *');
add('workitem', AFTER, 'which new items will be approved by agreement', { ids: ids(workItems, wroute('agreement')) }, 'Annex B **');
add('workitem', AFTER, 'new work item about satellite convergence', { first: 'X.5Gsec-FMSC' }, 'Annex B row 1');
add('workitem', AFTER, 'new item on edge AI', { first: 'X.sreai-ec' }, 'Annex B row 7');
add('workitem', AFTER, 'work item TD2466', { ids: ['X.stm-dpm'] }, 'Annex B row 4: TD2466');
add('workitem', AFTER, 'new rec-track work items from Q7 and Q10', { ids: ids(workItems, and(Q(7, 10), type('rec'))) }, 'Annex B rows 8-9');

// correspondence groups
add('cg', AFTER, 'list the CGs active in the interregnum', { ids: ids(cgs) }, '§1: 4 CGs');
add('cg', AFTER, 'is there a CG on child online protection', { ids: ['CG-COP'] }, '§1: CG-COP');
add('cg', AFTER, 'cg for security architecture', { ids: ['CG-secapa'] }, '§1: CG-secapa');
add('cg', AFTER, 'which CGs carry on', { ids: ids(cgs, (g) => g.status.toLowerCase() === 'continued') }, '§1: 3 continued');
add('cg', AFTER, 'which CG got set up at this meeting', { ids: ids(cgs, (g) => g.status.toLowerCase() === 'new') }, '§1: CG-RES new');
add('cg', AFTER, 'whose ToR is TD2287R4', { ids: ['CG-AIsec'] }, '§1: CG-AIsec');

// exclusions: many negation words on many dimensions
add('exclusion', AFTER, 'approved recs apart from Q2 and Q6', { ids: ids(texts, and(status('tap-approved'), not(Q(2, 6)))) }, 'Annex A a) rows 4, 7-9');
add(
  'exclusion',
  AFTER,
  'consented texts except the Q11 amendments',
  { ids: ids(texts, and(status('aap-consented'), not(and(Q(11), kind('amendment'))))) },
  'Annex A d) rows 1-3, 13-15',
);
add(
  'exclusion',
  AFTER,
  'approved recs that were never deferred',
  { ids: ids(texts, and(status('tap-approved'), not(deferred))) },
  'Annex A a) minus Notes 1-3',
);
add(
  'exclusion',
  AFTER,
  "approved ones that aren't 5G related",
  { ids: ids(texts, and(status('tap-approved'), not(title(/IMT-2020|5G/)))) },
  'Annex A a) rows 4-9',
);
add('exclusion', AFTER, 'texts that are not recommendations', { ids: ids(texts, not(type('rec'))) }, 'Annex A e)');
add('exclusion', AFTER, 'agreed texts bar the supplements', { ids: ids(texts, and(status('agreed'), not(type('suppl')))) }, 'Annex A e) rows 1-5');
add('exclusion', AFTER, 'everything except Q1 and Q11', { ids: ids(texts, not(Q(1, 11))) }, 'Annex A: 39 - 4 - 10');
add('exclusion', AFTER, 'all texts not going by AAP', { ids: ids(texts, not(route('aap'))) }, 'Annex A a)-c), e)');
add('exclusion', AFTER, 'TAP texts other than the failed ones', { ids: ids(texts, and(route('tap'), not(status('tap-not-approved')))) }, 'Annex A a), c)');
add(
  'exclusion',
  AFTER,
  'consented ones without an ISO/IEC counterpart',
  { ids: ids(texts, and(status('aap-consented'), not(equivalent))) },
  'Annex A d) rows 1-3, 14-15',
);
add(
  'exclusion',
  AFTER,
  'new consented recs minus X.508',
  { ids: ids(texts, and(status('aap-consented'), kind('new'), not(id('X.508')))) },
  'Annex A d) rows 1-3, 14-15',
);
add('exclusion', AFTER, 'texts excluding approved and consented', { ids: ids(texts, not(status('tap-approved', 'aap-consented'))) }, 'Annex A b), c), e)');
add('exclusion', AFTER, 'which texts were neither approved nor agreed', { ids: ids(texts, not(status('tap-approved', 'agreed'))) }, 'Annex A b)-d)');
add(
  'exclusion',
  AFTER,
  'Q11 consented but leaving out the amendments',
  { ids: ids(texts, and(status('aap-consented'), Q(11), not(kind('amendment')))) },
  'Annex A d) row 13',
);
add('exclusion', AFTER, 'determined texts, ignoring Q10', { ids: ids(texts, and(status('tap-determined'), not(Q(10)))) }, 'Annex A c) rows 1-3, 5');
add('exclusion', AFTER, 'agreed stuff which isnt from Q1', { ids: ids(texts, and(status('agreed'), not(Q(1)))) }, 'Annex A e) rows 5-8');
add('exclusion', AFTER, 'non-amendment texts of the AAP', { ids: ids(texts, and(route('aap'), not(kind('amendment')))) }, 'Annex A d): 6 new');
add('exclusion', DURING, 'rgms other than the Paris one', { ids: ids(rgms, not(id(rgm(10)))) }, '§2: all but RGM 10');
add('exclusion', DURING, 'Q1 rgms that are not hybrid', { ids: ids(rgms, and(Q(1), not(hybrid))) }, '§2 RGMs 1, 2, 4-6');
add('exclusion', DURING, 'rgms, leaving out the ones in 2024', { ids: ids(rgms, not(during('2024-01-01', '2024-12-31'))) }, '§2 RGMs 3-6, 9, 12-14');
add(
  'exclusion',
  DURING,
  'rgms in 2025 but not in march',
  { ids: ids(rgms, and(during('2025-01-01', '2025-12-31'), not(during('2025-03-01', '2025-03-31')))) },
  '§2 RGMs 3-5, 9, 12-14',
);
add('exclusion', DURING, 'Q1 rgms save the TBC ones', { ids: ids(rgms, and(Q(1), not(tbc))) }, '§2 RGM 3');
add('exclusion', DURING, "all rgms except Q1's and Q3's", { ids: ids(rgms, not(Q(1, 3))) }, '§2 RGMs 9-14');
add('exclusion', DURING, 'rgms not on MyWorkspace, only confirmed ones', { ids: ids(rgms, and(not(virtual), not(tbc))) }, '§2 RGMs 3, 7, 8, 10, 11');
add('exclusion', DURING, 'tbc rgms other than Q1', { ids: ids(rgms, and(tbc, not(Q(1)))) }, '§2 RGMs 9, 12, 14');
add('exclusion', AFTER, 'new work items except the technical reports', { ids: ids(workItems, not(type('tr'))) }, 'Annex B: 7 Recommendations');
add('exclusion', AFTER, 'work items that are not going to TAP', { ids: ids(workItems, not(wroute('tap'))) }, 'Annex B **');
add('exclusion', AFTER, 'CGs, skip the new one', { ids: ids(cgs, (g) => g.status.toLowerCase() !== 'new') }, '§1: 3 continued');
add('exclusion', AFTER, 'correspondence groups besides CG-AIsec', { ids: ids(cgs, not(id('CG-AIsec'))) }, '§1: CG-RES, CG-secapa, CG-COP');
add('exclusion', AFTER, 'supplements minus Suppl.43', { ids: ids(texts, and(type('suppl'), not(id('X.Suppl.43')))) }, 'Annex A e) rows 6-7');
add(
  'exclusion',
  AFTER,
  'approved, with the exception of X.1818 and X.1819',
  { ids: ids(texts, and(status('tap-approved'), not(id('X.1818', 'X.1819')))) },
  'Annex A a) rows 3-9',
);
add(
  'column',
  AFTER,
  'determined recs that do have a base text',
  { ids: ids(texts, and(status('tap-determined'), baseText)) },
  'Annex A c) rows 2-5 (row 1 blank)',
);

// counts
add('count', AFTER, 'how many got through TAP approval', { count: count(texts, status('tap-approved')) }, 'Annex A a): 9');
add('count', AFTER, 'how many recs did Q11 consent', { count: count(texts, and(status('aap-consented'), Q(11))) }, 'Annex A d): 10');
add('count', AFTER, 'no. of amendments', { count: count(texts, kind('amendment')) }, 'Annex A d): 9');
add('count', AFTER, 'how many determined for TAP', { count: count(texts, status('tap-determined')) }, 'Annex A c): 5');
add('count', AFTER, 'total texts from Q13', { count: count(texts, Q(13)) }, 'Annex A: 3');
add('count', AFTER, 'supplements agreed, how many in total', { count: count(texts, type('suppl')) }, 'Annex A e): 3');
add('count', AFTER, 'how many texts have an A.5 justification', { count: count(texts, a5) }, 'Annex A d) rows 10, 13');
add('count', AFTER, 'how many texts are common text with ISO/IEC', { count: count(texts, equivalent) }, 'Annex A d) rows 4-13: 10');
add('count', AFTER, 'how many new work items go by TAP', { count: count(workItems, wroute('tap')) }, 'Annex B *: 7');
add('count', AFTER, 'number of new TRs started', { count: count(workItems, type('tr')) }, 'Annex B: 3');
add('count', DURING, 'how many rgms are still tbc', { count: count(rgms, tbc) }, '§2: 8');
add('count', DURING, 'how many hybrid rgms', { count: count(rgms, hybrid) }, '§2: 1');
add('count', DURING, 'how many questions are holding rgms', { count: questionsOf(rgms) }, '§2: 8 Questions');
add('count', JAN20, 'how many RGMs remain', { count: count(rgms, from('2025-01-20')) }, '§2 RGMs 4-6, 9, 13, 14');
add('count', NOV20, 'how many interim meetings have already happened', { count: count(rgms, not(from('2024-11-20'))) }, '§2 RGMs 11, 7');
add('count', AFTER, 'how many continued CGs', { count: count(cgs, (g) => g.status.toLowerCase() === 'continued') }, '§1: 3');
add('count', AFTER, 'how many texts were approved except Q2', { count: count(texts, and(status('tap-approved'), not(Q(2)))) }, 'Annex A a): 6');
add('count', DURING, 'count the Q1 rgms that are virtual', { count: count(rgms, and(Q(1), virtual)) }, '§2 RGMs 1, 4-6');

// aggregations
add('aggregate', AFTER, 'which Q has the most amendments', { first: most(texts, kind('amendment')) }, 'Annex A d): Q11/17 9');
add('aggregate', AFTER, 'which question produced the most texts overall', { first: most(texts) }, 'Annex A: Q11/17 10');
add('aggregate', DURING, 'which Q is meeting most often in the interregnum', { first: most(rgms) }, '§2: Q1/17 6 RGMs');
add('aggregate', DURING, 'rgms for each Q pls', { groups: groups(rgms, () => true, 1, 3, 8, 10, 11, 13, 14, 15) }, '§2');
add('aggregate', AFTER, 'agreed texts grouped by Q', { groups: groups(texts, status('agreed'), 1, 2, 10, 13) }, 'Annex A e)');
add('aggregate', AFTER, 'break the determined ones down by question', { groups: groups(texts, status('tap-determined'), 6, 7, 8, 10, 13) }, 'Annex A c)');
add(
  'aggregate',
  AFTER,
  'new work items for each Question',
  { groups: groups(workItems, () => true, 7, 8, 10, 14) },
  'Annex B (Q2/Q6 left unchecked: item 1 lost its Question)',
);
add('aggregate', AFTER, 'which question had the most texts consented', { first: most(texts, status('aap-consented')) }, 'Annex A d): Q11/17 10');
add('aggregate', AFTER, 'which question started the most new technical reports', { first: most(workItems, type('tr')) }, 'Annex B rows 2, 3, 6: Q2/17 2');

// comparisons
add('compare', DURING, 'Q1 vs Q3 rgms', { groups: groups(rgms, () => true, 1, 3) }, '§2 RGMs 1-8');
add('compare', AFTER, 'Q11 against Q15 consented', { groups: groups(texts, status('aap-consented'), 11, 15) }, 'Annex A d) rows 4-15');
add('compare', AFTER, 'X.1221 vs X.1222', { ids: ['X.1221', 'X.1222'] }, 'Annex A b) rows 1-2');
add('compare', AFTER, 'how do Q7 and Q13 compare on texts', { groups: groups(texts, () => true, 7, 13) }, 'Annex A: Q7/17, Q13/17 rows');
add('compare', AFTER, 'compare Q8 & Q10 new work items', { groups: groups(workItems, () => true, 8, 10) }, 'Annex B rows 7-9');
add('compare', AFTER, 'X.1384 compared with X.1385', { ids: ['X.1384', 'X.1385'] }, 'Annex A a) row 9, c) row 5');

// table columns
add('column', AFTER, 'which rec is aligned with ISO/IEC 9594-12', { ids: ['X.508'] }, 'Annex A d) row 13');
add('column', AFTER, '9594-3 twin?', { ids: ['X.511 Amd.1'] }, 'Annex A d) row 7');
add('column', AFTER, 'A.5 justified texts', { ids: ids(texts, a5) }, 'Annex A d) rows 10, 13');
add('column', AFTER, 'TD2356 is the A.5 doc for which rec', { ids: ['X.508'] }, 'Annex A d) row 13: A.5 TD2356');
add('column', AFTER, 'recs whose TAP approval was pushed back at an earlier meeting', { ids: ids(texts, deferred) }, 'Annex A a) Notes 1-3');
add('column', AFTER, 'which ones were re-determined', { ids: ids(texts, redetermined) }, 'Annex A a) Notes 1-2');
add('column', AFTER, 'texts first determined back in 2022', { ids: ['X.1353'] }, 'Annex A a) Note 1: determined Aug/Sep 2022');
add('column', AFTER, 'what was deferred by the Feb/Mar 2024 meeting', { ids: ids(texts, noted(/deferred by SG17 Feb\/Mar 2024/)) }, 'Annex A a) Note 3');
add('column', AFTER, 'base text of X.1237', { ids: ['X.1237'] }, 'Annex A a) row 4: TD2354');
add('column', AFTER, 'which text is built on R66', { ids: ['X.1283'] }, 'Annex A a) row 8: R66');
add('column', AFTER, 'determined rec with no base text', { ids: ids(texts, and(status('tap-determined'), not(baseText))) }, 'Annex A c) row 1: blank');
add('column', AFTER, 'recs timed 2024-03', { ids: ids(texts, timing('2024-03')) }, 'Annex A a) rows 2-9: Timing 2024-03');
add(
  'column',
  AFTER,
  'consented text without a timing',
  {
    ids: ids(
      texts,
      and(status('aap-consented'), (i) => i.timing === null),
    ),
  },
  'Annex A d) row 1: blank',
);
add('column', AFTER, 'ISO/IEC 9594 equivalents of the amendments', { ids: ids(texts, and(kind('amendment'), equivalent)) }, 'Annex A d) rows 4-12');

// meeting highlights and statistics
add('highlights', AFTER, 'main takeaways from the geneva meeting', { ids: [THIS_MEETING] }, 'Hot topics and §1');
add('highlights', AFTER, 'what topics were hot in sept', { ids: [THIS_MEETING] }, 'Hot topics');
add('stats', AFTER, 'how many contributions came in', { ids: [THIS_MEETING] }, 'Annex D: 154');
add('stats', AFTER, 'LS in/out figures', { ids: [THIS_MEETING] }, 'Annex D: incoming 187, outgoing 28');
add('stats', AFTER, 'DDP % this meeting', { ids: [THIS_MEETING] }, 'Annex D: 98 %');

// topic search
add('topic', AFTER, 'anything on digital twins', { first: 'X.2012' }, 'Annex A d) row 1');
add('topic', AFTER, 'vehicular stuff', { first: 'X.1384' }, 'Annex A a) row 9');
add('topic', AFTER, 'spam rec?', { first: 'X.1237' }, 'Annex A a) row 4: mobile messaging spam');
add('topic', AFTER, 'openid connect', { first: 'X.oicc' }, 'Annex B row 9');
add('topic', AFTER, 'avatars in the metaverse', { first: 'TR.dpama' }, 'Annex B row 6');
add('topic', AFTER, 'anything about urban air mobility?', { first: 'X.1385' }, 'Annex A c) row 5');
add('topic', AFTER, 'IMT-2030', { first: 'TR.IMT2030-sec-con' }, 'Annex B row 3');
add('topic', AFTER, 'edge computing recs approved', { ids: ids(texts, and(status('tap-approved'), title(/edge computing/i))) }, 'Annex A a) rows 2, 9');
add('topic', AFTER, 'quantum texts consented', { ids: ids(texts, and(status('aap-consented'), title(/quantum/i))) }, 'Annex A d) rows 14-15');
add('topic', AFTER, 'C-V2X supplement', { first: 'X.Suppl.43' }, 'Annex A e) row 8');
add('topic', AFTER, 'smart manufacturing blockchain work', { first: wi(5) }, 'Annex B row 5');
add('topic', AFTER, 'radio access network attacks', { first: wi(2) }, 'Annex B row 2');

// honest: what the summary does not record
add('honest', AFTER, 'who is chairing SG17 these days', { honest: true }, 'no names in the summary');
add('honest', AFTER, 'wifi password at the ITU?', { honest: true }, 'logistics: not in the summary');
add('honest', AFTER, 'status of Y.3172 in SG13', { honest: true }, 'another study group');
add('honest', AFTER, 'when does X.1818 enter into force', { honest: true }, 'publication dates not in the summary');
add('honest', AFTER, 'how many delegates attended geneva', { honest: true }, 'Annex D lost its participant values');
add('honest', AFTER, 'did any of the consented texts draw comments', { honest: true }, 'comments not in the summary');
add('honest', AFTER, 'why did X.1221 fail', { honest: true }, 'no reasons in the summary');
add('honest', AFTER, 'who edits X.1717', { honest: true }, 'no editors in the summary');
add('honest', DURING, 'agenda of the Paris rgm', { honest: true }, 'RGM agendas not in the summary');
add('honest', AFTER, 'X.1999?', { honest: true }, 'no such text');
add('honest', AFTER, 'TD3001', { honest: true }, 'no such TD');
add('honest', AFTER, 'which work items got discontinued', { honest: true }, 'Annex C empty in the copied text');
add('honest', AFTER, 'email of the Q8 rapporteur', { honest: true }, 'no contacts in the summary');
add('honest', AFTER, 'what were the votes on X.1222', { honest: true }, 'no votes in the summary');

// typos
add('typo', AFTER, 'consneted texts Q8', { ids: ids(texts, and(status('aap-consented'), Q(8))) }, 'Annex A d) rows 2-3');
add('typo', AFTER, 'detremined recs', { ids: ids(texts, status('tap-determined')) }, 'Annex A c)');
add('typo', AFTER, 'reccomendations approvd by Q13', { ids: ids(texts, and(status('tap-approved'), Q(13))) }, 'Annex A a) row 9');
add('typo', AFTER, 'techincal reports', { ids: ids(texts, type('tr')) }, 'Annex A e) row 5');
add('typo', AFTER, 'corespondance groups pls', { ids: ids(cgs) }, '§1: 4 CGs');
add('typo', DURING, 'hybird rgm', { ids: ids(rgms, hybrid) }, '§2 RGM 3');
add('typo', DURING, 'rgms in febuary', { ids: ids(rgms, during('2025-02-01', '2025-02-28')) }, '§2 RGMs 5, 9, 13, 14');
add('typo', DURING, 'Pariss rgm', { ids: [rgm(10)] }, '§2 RGM 10');
add('typo', AFTER, 'supplment of Q13', { ids: ids(texts, and(type('suppl'), Q(13))) }, 'Annex A e) row 8');
add('typo', AFTER, 'X.1648 stauts pls', { ids: ['X.1648'] }, 'Annex A c) row 3');
add('typo', DURING, 'questoin 13 rgm', { ids: ids(rgms, Q(13)) }, '§2 RGM 12');

// Unicode
add('unicode', AFTER, 'Ｑ１１ consented recs', { ids: ids(texts, and(status('aap-consented'), Q(11))) }, 'Annex A d) rows 4-13 (full-width)');
add('unicode', AFTER, 'X.1716\u00a0outcome?', { ids: ['X.1716'] }, 'Annex A d) row 14 (no-break space)');
add('unicode', AFTER, 'X\u20111385', { ids: ['X.1385'] }, 'Annex A c) row 5 (non-breaking hyphen)');
add('unicode', AFTER, '\u201cX.1354\u201d — approved?', { ids: ['X.1354'] }, 'Annex A a) row 6 (curly quotes)');
add('unicode', DURING, 'rgm à Stockholm', { ids: [rgm(11)] }, '§2 RGM 11 (accent)');
add('unicode', AFTER, '✅ approved Q4', { ids: ids(texts, and(status('tap-approved'), Q(4))) }, 'Annex A a) row 4 (emoji)');
add('unicode', AFTER, 'Suppléments agreed', { ids: ids(texts, type('suppl')) }, 'Annex A e) rows 6-8 (accent)');
add('unicode', DURING, 'Q15\u200b rgm', { ids: ids(rgms, Q(15)) }, '§2 RGM 14 (zero-width space)');

// casual, several filters at once
add(
  'casual',
  AFTER,
  'hey can u list the amendments Q11 sent to LC',
  { ids: ids(texts, and(status('aap-consented'), kind('amendment'), Q(11))) },
  'Annex A d) rows 4-12',
);
add('casual', AFTER, 'quick q — anything from Q6 waiting for approval in april?', { ids: ids(texts, and(status('tap-determined'), Q(6))) }, 'Annex A c) row 1');
add('casual', DURING, 'where are Q10 and Q11 meeting before april?', { ids: ids(rgms, Q(10, 11)) }, '§2 RGMs 10, 11: Paris, Stockholm');
add('casual', AFTER, 'so what did Q2 and Q10 get approved, anything?', { ids: ids(texts, and(status('tap-approved'), Q(2, 10))) }, 'Annex A a) rows 1-3, 8');
add('casual', DURING, 'gimme the confirmed rgms in 2025', { ids: ids(rgms, and(not(tbc), during('2025-01-01', '2025-12-31'))) }, '§2 RGMs 3, 13');
add('casual', AFTER, 'fyi need the new recs Q8 consented', { ids: ids(texts, and(status('aap-consented'), kind('new'), Q(8))) }, 'Annex A d) rows 2-3');
add('casual', DURING, 'any MyWorkspace meetings for Q8 or Q14?', { ids: ids(rgms, and(virtual, Q(8, 14))) }, '§2 RGMs 9, 13');
add('casual', AFTER, 'ok and which TAP-track work items does Q10 have', { ids: ids(workItems, and(wroute('tap'), Q(10))) }, 'Annex B rows 8-9');

// ---- conversations ---------------------------------------------------------------------------------

const convs = [];
const conv = (cat, now, turns, expect, why) => convs.push({ cat, now, turns, expect, why });
conv('narrow', AFTER, ['what went to last call', 'just the Q8 ones'], { ids: ids(texts, and(status('aap-consented'), Q(8))) }, 'Annex A d) rows 2-3');
conv('follow-up', DURING, ['Q13 rgm', 'and the Q14 one?'], { ids: ids(rgms, Q(14)) }, '§2 RGM 13');
conv('count', AFTER, ['approved recs', 'how many is that'], { count: count(texts, status('tap-approved')) }, 'Annex A a): 9');
conv('narrow', DURING, ['tbc rgms', 'drop Q1'], { ids: ids(rgms, and(tbc, not(Q(1)))) }, '§2 RGMs 9, 12, 14');
conv('narrow', AFTER, ['new work items', 'only the ones by agreement'], { ids: ids(workItems, wroute('agreement')) }, 'Annex B **');
conv('follow-up', DURING, ['Q15 consented texts', 'their rgm?'], { ids: ids(rgms, Q(15)) }, '§2 RGM 14');
conv('follow-up', AFTER, ['X.1716', 'and X.1717?'], { ids: ['X.1717'] }, 'Annex A d) row 15');
conv('aggregate', AFTER, ['agreed texts', 'which Q has the most of them?'], { first: most(texts, status('agreed')) }, 'Annex A e): Q1/17 4');
conv('narrow', DURING, ['rgms in january 2025', 'only the virtual ones'], { ids: ids(rgms, and(virtual, during('2025-01-01', '2025-01-31'))) }, '§2 RGM 4');
conv(
  'count',
  AFTER,
  ['determined texts', 'leave out Q10 and Q13', 'how many?'],
  { count: count(texts, and(status('tap-determined'), not(Q(10, 13)))) },
  'Annex A c) rows 1-3',
);
conv('follow-up', AFTER, ['Q10 work items', 'what about Q14'], { ids: ids(workItems, Q(14)) }, 'Annex B row 10');
conv('narrow', DURING, ['all rgms', 'which ones are confirmed?'], { ids: ids(rgms, not(tbc)) }, '§2 RGMs without TBC');
conv('aggregate', AFTER, ['supplements', 'per question pls'], { groups: groups(texts, type('suppl'), 10, 13) }, 'Annex A e) rows 6-8');
conv('follow-up', NOV20, ['Q1 rgms', 'and the next one?'], { first: soonest(rgms, and(Q(1), from('2024-11-20'))) }, '§2 RGM 1: 29 Nov');
conv('narrow', AFTER, ['Q2 texts', 'only the TAP ones'], { ids: ids(texts, and(route('tap'), Q(2))) }, 'Annex A a) rows 1-3');
conv('narrow', AFTER, ['correspondence groups', 'which one is about child protection?'], { ids: ['CG-COP'] }, '§1: CG-COP');

// ---- write ---------------------------------------------------------------------------------------

// Set 6 was written blind at the same time and stays the untouched measure: a question both writers
// happened to phrase alike is dropped from this development set, so tuning to set 7 never tunes to it.
const inSet6 = new Set(
  JSON.parse(readFileSync(new URL('../test/fixtures/heldout6-questions.json', import.meta.url), 'utf8')).map((c) => c.q.toLowerCase().replace(/\s+/g, ' ')),
);
const notInSet6 = cases.filter((c) => !inSet6.has(c.q.toLowerCase().replace(/\s+/g, ' ')));

writeSet('heldout7', notInSet6, convs, [
  'heldout6-questions.json',
  'heldout-questions.json',
  'heldout2-questions.json',
  'heldout3-questions.json',
  'heldout4-questions.json',
  'heldout5-questions.json',
]);
