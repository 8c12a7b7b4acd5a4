#!/usr/bin/env node
/**
 * Writes the fifth held-out question set (test/fixtures/heldout5-questions.json and
 * heldout5-conversations.json), written blind after sets 1-4 had all been used (or were being used)
 * for tuning: from the seed summary, the data, README.md and docs/commands.md only — without reading
 * the parser, its training corpus or its tests, and without running the bot on these questions while
 * writing them. Every expected answer is a filter over data/sg17-2024-09.json (checked against the
 * seed), never what the bot answers. Questions the seed leaves ambiguous (work item 1's lost
 * Question, empty sets, week boundaries, whether MyWorkspace is a venue) are left out.
 *
 *   node scripts/heldout5-expect.mjs          # rewrite both fixtures
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

const DURING = '2024-09-04T08:00:00Z'; // during the Geneva meeting: every RGM is still to come
const AFTER = '2024-10-30T12:00:00Z'; // after the meeting; for text questions the clock does not matter
const OCT15 = '2024-10-15T09:00:00Z'; // Q11's Stockholm RGM is over; next is Q3's 19 Nov
const DEC02 = '2024-12-02T09:00:00Z'; // Q1's 29 Nov and Q3's RGMs are past; next is Q1's 3-5 Dec
const FEB03 = '2025-02-03T09:00:00Z'; // a Monday: this month February 2025, next month March 2025
const rgm = (n) => `sg17-2024-09/rgm-${String(n).padStart(2, '0')}`;
const wi = (n) => `sg17-2024-09/work-item-${n}`;
const wroute = (r) => (w) => w.route === r;

// ---- the questions ---------------------------------------------------------------------------------

const cases = [];
const add = (cat, now, q, expect, why) => cases.push({ cat, now, q, expect, why });

// lookups
add('lookup', AFTER, 'status X.1819 pls', { ids: ['X.1819'] }, 'Annex A a) row 2');
add('lookup', AFTER, 'x1283', { ids: ['X.1283'] }, 'Annex A a) row 8');
add('lookup', AFTER, 'what became of X.5Gsec-ctrl', { ids: ['X.1818'] }, 'Annex A a) row 1: ex X.5Gsec-ctrl');
add('lookup', AFTER, 'X.websec-7 → ?', { ids: ['X.1471'] }, 'Annex A a) row 7: ex X.websec-7');
add('lookup', AFTER, 'ztd-iot final number', { ids: ['X.1353'] }, 'Annex A a) row 5: ex X.ztd-iot');
add('lookup', AFTER, 'X.evtol-sec what happend', { ids: ['X.1385'] }, 'Annex A c) row 5: X.evtol-sec');
add('lookup', AFTER, 'X.afotak', { ids: ['X.1284'] }, 'Annex A c) row 4: X.afotak');
add('lookup', AFTER, 'smdtsc is which rec', { ids: ['X.2012'] }, 'Annex A d) row 1: X.smdtsc');
add('lookup', AFTER, 'X.pki-em number?', { ids: ['X.508'] }, 'Annex A d) row 13: X.pki-em');
add('lookup', AFTER, 'tell me about X.520 Amd.1', { ids: ['X.520 Amd.1'] }, 'Annex A d) row 10');
add('lookup', AFTER, 'X.501 amd 2', { ids: ['X.501 Amd.2'] }, 'Annex A d) row 5');
add('lookup', AFTER, 'which text is in TD2409', { ids: ['X.1354'] }, 'Annex A a) row 6: TD2409');
add('lookup', AFTER, 'TD2445 = ?', { ids: ['X.2012'] }, 'Annex A d) row 1: TD2445');
add('lookup', AFTER, 'base text td2394', { ids: ['X.1456'] }, 'Annex A c) row 2');
add('lookup', AFTER, 'X.sreai-ec', { ids: ['X.sreai-ec'] }, 'Annex B row 7');
add('lookup', AFTER, 'what is X.vctp about', { ids: ['X.vctp'] }, 'Annex B row 8');
add('lookup', AFTER, 'TR.IMT2030-sec-con status?', { ids: ['TR.IMT2030-sec-con'] }, 'Annex B row 3');
add('lookup', AFTER, 'CG-AIsec', { ids: ['CG-AIsec'] }, '§1: CG-AIsec');
add('lookup', AFTER, 'CG about restructuring SG17', { ids: ['CG-RES'] }, '§1: CG-RES');
add('lookup', AFTER, 'what happened to the Security Manual', { first: 'Security Manual' }, 'Annex A e) row 2');
add('lookup', AFTER, 'X.1222 and X.1221 status', { ids: ['X.1221', 'X.1222'] }, 'Annex A b) rows 1-2');
add('lookup', AFTER, 'rec for DFS application security', { first: 'X.1456' }, 'Annex A c) row 2');
add('lookup', AFTER, 'trusted automated exchange of intelligence info rec', { first: 'X.1222' }, 'Annex A b) row 2: TAEII');

// outcomes and routes
add('outcome', AFTER, 'list TAP approved', { ids: ids(texts, status('tap-approved')) }, 'Annex A a)');
add('outcome', AFTER, 'which recs failed approval', { ids: ids(texts, status('tap-not-approved')) }, 'Annex A b)');
add('outcome', AFTER, 'show me what goes to TAP approval in april', { ids: ids(texts, status('tap-determined')) }, 'Annex A c)');
add('outcome', AFTER, 'consented under AAP', { ids: ids(texts, status('aap-consented')) }, 'Annex A d)');
add('outcome', AFTER, 'agreed supplements and reports and docs', { ids: ids(texts, status('agreed')) }, 'Annex A e)');
add('outcome', AFTER, 'what did Q4 get', { ids: ids(texts, Q(4)) }, 'Annex A: Q4/17 rows');
add('outcome', AFTER, 'Q6 approved?', { ids: ids(texts, and(status('tap-approved'), Q(6))) }, 'Annex A a) rows 5-6');
add('outcome', AFTER, 'determined by Q8', { ids: ids(texts, and(status('tap-determined'), Q(8))) }, 'Annex A c) row 3');
add('outcome', AFTER, 'Q13 determined texts', { ids: ids(texts, and(status('tap-determined'), Q(13))) }, 'Annex A c) row 5');
add('outcome', AFTER, 'Q10 approvals', { ids: ids(texts, and(status('tap-approved'), Q(10))) }, 'Annex A a) row 8');
add('outcome', AFTER, 'what went through the TAP route', { ids: ids(texts, route('tap')) }, 'Annex A a)-c)');
add('outcome', AFTER, 'give me the agreement-route texts', { ids: ids(texts, route('agreement')) }, 'Annex A e)');
add('outcome', AFTER, 'Q1 agreed what', { ids: ids(texts, and(status('agreed'), Q(1))) }, 'Annex A e) rows 1-4');

// kinds and types
add('kind', AFTER, 'revised texts pls', { ids: ids(texts, kind('revised')) }, 'Annex A e) rows 1-4');
add('kind', AFTER, 'show amendments consented', { ids: ids(texts, and(status('aap-consented'), kind('amendment'))) }, 'Annex A d) rows 4-12');
add('kind', AFTER, 'new recs determined', { ids: ids(texts, and(status('tap-determined'), kind('new'))) }, 'Annex A c)');
add('kind', AFTER, 'new texts from Q10', { ids: ids(texts, and(kind('new'), Q(10))) }, 'Annex A: Q10/17 rows');
add('type', AFTER, 'list all supplements', { ids: ids(texts, type('suppl')) }, 'Annex A e) rows 6-8');
add('type', AFTER, 'technical reports agreed in geneva', { ids: ids(texts, and(status('agreed'), type('tr'))) }, 'Annex A e) row 5');
add('type', AFTER, 'recommendations from Q8', { ids: ids(texts, and(type('rec'), Q(8))) }, 'Annex A c) row 3, d) rows 2-3');
add('type', AFTER, 'supplement of Q13', { ids: ids(texts, and(type('suppl'), Q(13))) }, 'Annex A e) row 8');

// Questions
add('question', AFTER, 'Q2 texts', { ids: ids(texts, Q(2)) }, 'Annex A: Q2/17 rows');
add('question', AFTER, 'all from question 8', { ids: ids(texts, Q(8)) }, 'Annex A: Q8/17 rows');
add('question', AFTER, 'show texts for Q15/17', { ids: ids(texts, Q(15)) }, 'Annex A: Q15/17 rows');
add('question', AFTER, 'texts from Q4 and Q7', { ids: ids(texts, Q(4, 7)) }, 'Annex A: Q4/17 and Q7/17 rows');
add('question', AFTER, 'give me q1 stuff', { ids: ids(texts, Q(1)) }, 'Annex A: Q1/17 rows');

// RGMs
add('rgm', DURING, 'Q11 rgm when and where', { ids: [rgm(11)] }, '§2 RGM 11');
add('rgm', DURING, 'rapporteur meeting Q3', { ids: ids(rgms, Q(3)) }, '§2 RGMs 7-8');
add('rgm', DURING, 'when does Q8 meet next', { first: rgm(9) }, '§2 RGM 9');
add('rgm', DURING, 'Q15 interim', { ids: ids(rgms, Q(15)) }, '§2 RGM 14');
add('rgm', DURING, 'list all RGMs', { ids: ids(rgms) }, '§2: 14');
add('rgm', DURING, 'paris rgm dates?', { ids: [rgm(10)] }, '§2 RGM 10');
add('rgm', DURING, 'stockholm meeting dates', { ids: [rgm(11)] }, '§2 RGM 11');
add('rgm', DURING, 'which rgm is hybrid', { ids: ids(rgms, hybrid) }, '§2 RGM 3');
add('rgm', DURING, 'myworkspace rgms', { ids: ids(rgms, virtual) }, '§2 MyWorkspace RGMs');
add('rgm', DURING, 'tbc rgms list', { ids: ids(rgms, tbc) }, '§2 TBC RGMs');
add('rgm', DURING, 'which RGMs have fixed dates', { ids: ids(rgms, not(tbc)) }, '§2 RGMs without TBC');
add('rgm', DURING, 'rgms still missing a venue', { ids: ids(rgms, noVenue) }, '§2 RGMs 2, 7, 8, 12, 14');
add('rgm', DURING, 'list rgms dec 2024', { ids: ids(rgms, during('2024-12-01', '2024-12-31')) }, '§2 RGMs 2, 10');
add('rgm', DURING, 'RGMs in Nov 2024', { ids: ids(rgms, during('2024-11-01', '2024-11-30')) }, '§2 RGMs 1, 7, 8');
add('rgm', DURING, 'any rgm in october', { ids: ids(rgms, during('2024-10-01', '2024-10-31')) }, '§2 RGM 11');
add('rgm', OCT15, 'next rgm when', { first: soonest(rgms, from('2024-10-15')) }, '§2 RGM 7: 19 Nov');
add('rgm', DEC02, 'whats the next interim meeting', { first: soonest(rgms, from('2024-12-02')) }, '§2 RGM 2: 3-5 Dec');
add('rgm', FEB03, 'any RGMs this month?', { ids: ids(rgms, during('2025-02-01', '2025-02-28')) }, '§2 RGMs 5, 9, 13, 14');
add('rgm', FEB03, 'show rgms for next month', { ids: ids(rgms, during('2025-03-01', '2025-03-31')) }, '§2 RGM 6');
add('rgm', DEC02, 'upcoming Q1 rgms', { ids: ids(rgms, and(Q(1), from('2024-12-02'))) }, '§2 RGMs 2-6');
add('rgm', DEC02, 'which rgms are over already', { ids: ids(rgms, not(from('2024-12-02'))) }, '§2 RGMs 1, 7, 8, 11');
add('rgm', OCT15, 'upcoming rgms in 2024', { ids: ids(rgms, and(from('2024-10-15'), during('2024-10-15', '2024-12-31'))) }, '§2 RGMs 1, 2, 7, 8, 10');
add('rgm', DURING, 'when is the meeting at Soonchunhyang University', { ids: [rgm(3)] }, '§2 RGM 3: host');
add('rgm', DURING, 'virtual rgms in feb 2025', { ids: ids(rgms, and(virtual, during('2025-02-01', '2025-02-28'))) }, '§2 RGMs 5, 9, 13');
add('rgm', DURING, 'Q13 rgm venue', { ids: ids(rgms, Q(13)) }, '§2 RGM 12');

// work items
add('workitem', AFTER, 'list of new work items started', { ids: ids(workItems) }, 'Annex B: 10');
add('workitem', AFTER, 'work items Q7', { ids: ids(workItems, Q(7)) }, 'Annex B row 6');
add('workitem', AFTER, 'new work items by Q6 pls', { ids: ids(workItems, Q(6)) }, 'Annex B rows 4-5');
add('workitem', AFTER, 'work items of question 10', { ids: ids(workItems, Q(10)) }, 'Annex B rows 8-9');
add('workitem', AFTER, 'Q14 work item', { ids: [wi(10)] }, 'Annex B row 10');
add('workitem', AFTER, 'new work items to be approved by TAP', { ids: ids(workItems, wroute('tap')) }, 'Annex B *');
add('workitem', AFTER, 'new work items under agreement', { ids: ids(workItems, wroute('agreement')) }, 'Annex B **');
add('workitem', AFTER, 'new technical reports started', { ids: ids(workItems, type('tr')) }, 'Annex B rows 2, 3, 6');
add('workitem', AFTER, 'work item on DLT invoices', { first: wi(10) }, 'Annex B row 10');
add('workitem', AFTER, 'new work item on metaverse', { ids: ids(workItems, title(/metavers/i)) }, 'Annex B rows 4, 6');

// correspondence groups
add('cg', AFTER, 'show me the CGs', { ids: ids(cgs) }, '§1: 4 CGs');
add('cg', AFTER, 'which correspondence group is new', { ids: ids(cgs, (g) => g.status.toLowerCase() === 'new') }, '§1: CG-RES');
add('cg', AFTER, 'continued correspondence groups', { ids: ids(cgs, (g) => g.status.toLowerCase() === 'continued') }, '§1: 3 continued');
add('cg', AFTER, 'CG on AI security', { ids: ['CG-AIsec'] }, '§1: CG-AIsec');
add('cg', AFTER, 'ToR of CG-secapa', { ids: ['CG-secapa'] }, '§1: TD2443');

// exclusions
add(
  'exclusion',
  AFTER,
  'consented texts but not the amendments',
  { ids: ids(texts, and(status('aap-consented'), not(kind('amendment')))) },
  'Annex A d): 6 new',
);
add('exclusion', AFTER, 'approved recs, not Q2', { ids: ids(texts, and(status('tap-approved'), not(Q(2)))) }, 'Annex A a) rows 4-9');
add('exclusion', AFTER, 'all texts except Q11', { ids: ids(texts, not(Q(11))) }, 'Annex A: 39 - 10');
add('exclusion', DURING, 'rgms, excluding TBC ones', { ids: ids(rgms, not(tbc)) }, '§2 RGMs without TBC');
add('exclusion', DURING, 'non-virtual rgms', { ids: ids(rgms, not(virtual)) }, '§2 RGMs 2, 3, 7, 8, 10-12, 14');
add('exclusion', DURING, 'rgms without Q1 ones', { ids: ids(rgms, not(Q(1))) }, '§2 RGMs 7-14');
add('exclusion', AFTER, 'agreed, excluding revised', { ids: ids(texts, and(status('agreed'), not(kind('revised')))) }, 'Annex A e) rows 5-8');
add('exclusion', AFTER, 'determined texts apart from Q6 and Q7', { ids: ids(texts, and(status('tap-determined'), not(Q(6, 7)))) }, 'Annex A c) rows 3-5');
add('exclusion', AFTER, 'Q6 and Q7 work items but no technical reports', { ids: ids(workItems, and(Q(6, 7), not(type('tr')))) }, 'Annex B rows 4-5');
add('exclusion', AFTER, 'approved ones other than X.1354', { ids: ids(texts, and(status('tap-approved'), not(id('X.1354')))) }, 'Annex A a) minus row 6');
add('exclusion', AFTER, 'consented recs without an A.5 reference', { ids: ids(texts, and(status('aap-consented'), not(a5))) }, 'Annex A d) minus rows 10, 13');
add('exclusion', AFTER, 'CGs except CG-RES', { ids: ids(cgs, not(id('CG-RES'))) }, '§1: 3 continued');
add(
  'exclusion',
  AFTER,
  'texts not about the Directory, consented only',
  { ids: ids(texts, and(status('aap-consented'), not(title(/Directory/)))) },
  'Annex A d) rows 1-3, 14-15',
);

// counts
add('count', AFTER, 'how many texts were consented', { count: count(texts, status('aap-consented')) }, 'Annex A d): 15');
add('count', AFTER, 'number of agreed texts', { count: count(texts, status('agreed')) }, 'Annex A e): 8');
add('count', AFTER, 'how many recs not approved', { count: count(texts, status('tap-not-approved')) }, 'Annex A b): 2');
add('count', DURING, 'total number of rgms?', { count: count(rgms) }, '§2: 14');
add('count', DURING, 'count tbc rgms', { count: count(rgms, tbc) }, '§2: 8');
add('count', DURING, 'how many virtual RGMs', { count: count(rgms, virtual) }, '§2: 6');
add('count', AFTER, 'how many new work items were started', { count: count(workItems) }, 'Annex B: 10');
add('count', AFTER, 'number of correspondence groups', { count: count(cgs) }, '§1: 4');
add('count', AFTER, 'how many Q10 texts', { count: count(texts, Q(10)) }, 'Annex A: 4');
add('count', AFTER, 'how many new recs approved by Q2', { count: count(texts, and(status('tap-approved'), kind('new'), Q(2))) }, 'Annex A a): 3');
add('count', DURING, 'how many rgms does Q1 hold', { count: count(rgms, Q(1)) }, '§2: 6');

// aggregation
add('aggregate', AFTER, 'which question had most approvals', { first: most(texts, status('tap-approved')) }, 'Annex A a): Q2/17 3');
add('aggregate', DURING, 'question with the most RGMs', { first: most(rgms) }, '§2: Q1/17 6');
add('aggregate', AFTER, 'consented texts per Question pls', { groups: groups(texts, status('aap-consented'), 7, 8, 11, 15) }, 'Annex A d)');
add('aggregate', AFTER, 'approved recs broken down by question', { groups: groups(texts, status('tap-approved'), 2, 4, 6, 7, 10, 13) }, 'Annex A a)');
add('aggregate', AFTER, 'which Q has the most agreed texts', { first: most(texts, status('agreed')) }, 'Annex A e): Q1/17 4');

// comparisons
add('compare', AFTER, 'Q2 vs Q10 texts', { groups: groups(texts, () => true, 2, 10) }, 'Annex A');
add('compare', DURING, 'compare Q13 and Q14 RGMs', { groups: groups(rgms, () => true, 13, 14) }, '§2 RGMs 12-13');
add('compare', AFTER, 'Q6 vs Q7 determined', { groups: groups(texts, status('tap-determined'), 6, 7) }, 'Annex A c) rows 1-2');
add('compare', AFTER, 'work items Q6 compared with Q7', { groups: groups(workItems, () => true, 6, 7) }, 'Annex B rows 4-6');

// table columns
add('column', AFTER, 'which amendment is common text with ISO/IEC 9594-8', { ids: ['X.509 Amd.1'] }, 'Annex A d) row 6');
add('column', AFTER, 'ISO/IEC 9594-6 equivalent', { ids: ['X.520 Amd.1'] }, 'Annex A d) row 10');
add('column', AFTER, 'texts with an ISO/IEC twin', { ids: ids(texts, equivalent) }, 'Annex A d) rows 4-13');
add('column', AFTER, 'A.5 ref TD2355', { ids: ['X.520 Amd.1'] }, 'Annex A d) row 10');
add('column', AFTER, 'texts with timing 2023-09', { ids: ids(texts, (i) => i.timing === '2023-09') }, 'Annex A a) row 1, b)');
add(
  'column',
  AFTER,
  'which approved rec was deferred before',
  { ids: ids(texts, and(status('tap-approved'), noted(/approval deferred/))) },
  'Annex A a) Notes',
);

// meeting, highlights, statistics
add('meeting', AFTER, 'when is the next SG17', { ids: [NEXT_MEETING] }, '§2: 7-17 April 2025');
add('meeting', AFTER, 'SG17 april 2025 dates', { ids: [NEXT_MEETING] }, '§2: 7-17 April 2025');
add('highlights', AFTER, 'highlights pls', { ids: [THIS_MEETING] }, 'Hot topics');
add('highlights', AFTER, 'what were the hot topics', { ids: [THIS_MEETING] }, 'Hot topics');
add('stats', AFTER, 'statistics of the geneva meeting', { ids: [THIS_MEETING] }, 'Annex D');
add('stats', AFTER, 'contributions by region', { ids: [THIS_MEETING] }, 'Annex D');

// topics
add('topic', AFTER, 'texts on IoT', { ids: ids(texts, title(/IoT|Internet of Things/)) }, 'Annex A a) rows 5-6, c) row 1');
add('topic', AFTER, 'Directory amendments', { ids: ids(texts, and(kind('amendment'), title(/Directory/))) }, 'Annex A d) rows 4-12');
add('topic', AFTER, 'QKD recs', { ids: ids(texts, title(/quantum key/i)) }, 'Annex A d) rows 14-15');
add('topic', AFTER, 'blockchain rec', { first: 'X.1353' }, 'Annex A a) row 5');
add('topic', AFTER, 'password security guideline', { first: 'X.1283' }, 'Annex A a) row 8');
add('topic', AFTER, 'supplement about e-KYC', { first: 'X.Suppl.41' }, 'Annex A e) row 6');
add('topic', AFTER, 'IMT-2020 texts approved', { ids: ids(texts, and(status('tap-approved'), title(/IMT-2020/))) }, 'Annex A a) rows 1-3');

// honest
add('honest', AFTER, 'who is the rapporteur of Q15', { honest: true }, 'no names in the summary');
add('honest', AFTER, 'what is the weather in geneva', { honest: true }, 'not SG17 data');
add('honest', AFTER, 'X.9999 status', { honest: true }, 'no such text');
add('honest', AFTER, 'TD9999 details', { honest: true }, 'no such TD');
add('honest', AFTER, 'who presented X.1716 in the plenary', { honest: true }, 'no names in the summary');
add('honest', AFTER, 'did SG13 approve Y.3000', { honest: true }, 'another study group');
add('honest', DURING, 'zoom link for the q14 interim meeting', { honest: true }, 'no links in the summary');

// typos
add('typo', AFTER, 'aprroved recs', { ids: ids(texts, status('tap-approved')) }, 'Annex A a)');
add('typo', AFTER, 'consnted by Q15', { ids: ids(texts, and(status('aap-consented'), Q(15))) }, 'Annex A d) rows 14-15');
add('typo', DURING, 'rgm in stokholm', { ids: [rgm(11)] }, '§2 RGM 11');
add('typo', AFTER, 'X.1717 stauts', { ids: ['X.1717'] }, 'Annex A d) row 15');
add('typo', AFTER, 'supplemets Q10', { ids: ids(texts, and(type('suppl'), Q(10))) }, 'Annex A e) rows 6-7');
add('typo', AFTER, 'ammendments list', { ids: ids(texts, kind('amendment')) }, 'Annex A d) rows 4-12');
add('typo', DURING, 'virtaul rgms', { ids: ids(rgms, virtual) }, '§2 MyWorkspace RGMs');

// Unicode
add('unicode', AFTER, 'Ｘ.１２８３', { ids: ['X.1283'] }, 'Annex A a) row 8 (full-width)');
add('unicode', AFTER, 'X.1384 — status', { ids: ['X.1384'] }, 'Annex A a) row 9 (em dash)');
add('unicode', AFTER, '\u2018X.1647\u2019?', { ids: ['X.1647'] }, 'Annex A d) row 3 (curly quotes)');
add('unicode', AFTER, 'Q8 déterminé', { ids: ids(texts, and(status('tap-determined'), Q(8))) }, 'Annex A c) row 3 (accent)');
add('unicode', AFTER, '🔐 Q15 consented', { ids: ids(texts, and(status('aap-consented'), Q(15))) }, 'Annex A d) rows 14-15 (emoji)');

// casual, multi-filter
add('casual', AFTER, 'hey, what did Q6 send to TAP approval next time?', { ids: ids(texts, and(status('tap-determined'), Q(6))) }, 'Annex A c) row 1');
add('casual', AFTER, 'pls give list of consented rec of Q8 and Q7', { ids: ids(texts, and(status('aap-consented'), Q(7, 8))) }, 'Annex A d) rows 1-3');
add('casual', DURING, 'I need the virtual RGMs of Q14 and Q8', { ids: ids(rgms, and(virtual, Q(8, 14))) }, '§2 RGMs 9, 13');
add('casual', DURING, 'any TBC meetings for Q13?', { ids: ids(rgms, and(tbc, Q(13))) }, '§2 RGM 12');
add('casual', AFTER, 'which new recs did Q4 not get approved', { ids: ids(texts, and(status('tap-not-approved'), kind('new'), Q(4))) }, 'Annex A b)');
add('casual', AFTER, 'quick one: agreed stuff from Q10 and Q13', { ids: ids(texts, and(status('agreed'), Q(10, 13))) }, 'Annex A e) rows 6-8');
add('casual', DURING, 'show Q1 rgms in feb and march 2025', { ids: ids(rgms, and(Q(1), during('2025-02-01', '2025-03-31'))) }, '§2 RGMs 5-6');

// ---- conversations ---------------------------------------------------------------------------------

const convs = [];
const conv = (cat, now, turns, expect, why) => convs.push({ cat, now, turns, expect, why });
conv('narrow', AFTER, ['approved recs', 'Q6 only'], { ids: ids(texts, and(status('tap-approved'), Q(6))) }, 'Annex A a) rows 5-6');
conv('follow-up', AFTER, ['X.1818', 'what about X.1820'], { ids: ['X.1820'] }, 'Annex A a) row 3');
conv('narrow', DURING, ['virtual rgms', 'just Q1'], { ids: ids(rgms, and(virtual, Q(1))) }, '§2 RGMs 1, 4-6');
conv('count', AFTER, ['determined texts', 'how many'], { count: count(texts, status('tap-determined')) }, 'Annex A c): 5');
conv('narrow', AFTER, ['consented texts', 'without Q11'], { ids: ids(texts, and(status('aap-consented'), not(Q(11)))) }, 'Annex A d) rows 1-3, 14-15');
conv('follow-up', AFTER, ['Q2 texts', 'and Q4?'], { ids: ids(texts, Q(4)) }, 'Annex A: Q4/17 rows');
conv('follow-up', AFTER, ['work items for Q6', 'and for Q10'], { ids: ids(workItems, Q(10)) }, 'Annex B rows 8-9');
conv('narrow', DURING, ['rgms in feb 2025', 'only confirmed ones'], { ids: ids(rgms, and(not(tbc), during('2025-02-01', '2025-02-28'))) }, '§2 RGM 13');
conv('count', DURING, ['rgms of Q3', 'how many?'], { count: count(rgms, Q(3)) }, '§2: 2');
conv('follow-up', DURING, ['Q10 rgm', 'and Q11?'], { ids: ids(rgms, Q(11)) }, '§2 RGM 11');
conv('count', AFTER, ['agreed texts', 'only new ones', 'count them'], { count: count(texts, and(status('agreed'), kind('new'))) }, 'Annex A e): 4');

// ---- write ---------------------------------------------------------------------------------------

writeSet('heldout5', cases, convs, ['heldout-questions.json', 'heldout2-questions.json', 'heldout3-questions.json', 'heldout4-questions.json']);
