#!/usr/bin/env node
/**
 * Writes the second held-out question set (test/fixtures/heldout2-questions.json and
 * heldout2-conversations.json), written blind: from the seed summary, the data, README.md and
 * docs/commands.md only — without reading the parser, its training corpus or its tests, and
 * without running the bot on these questions while writing them. Every expected answer is a filter
 * over data/sg17-2024-09.json (checked against the seed), never what the bot answers. Questions
 * whose answer the seed leaves ambiguous (garbled rows, a lost Question, windows vs weeks) are left
 * out rather than guessed.
 *
 *   node scripts/heldout2-expect.mjs          # rewrite both fixtures
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
  questionsOf,
  groups,
  writeSet,
} from './heldout-model.mjs';

// ---- clocks ---------------------------------------------------------------------------------------

const DURING = '2024-09-04T09:00:00Z'; // during the Geneva meeting: every RGM is still to come
const AFTER = '2024-11-20T00:00:00Z'; // Wed: the Q11 RGM (Oct) and the first Q3 RGM (19 Nov) are past
const DEC02 = '2024-12-02T08:00:00Z'; // a Monday: this week is 2–8 Dec, next month January 2025
const JAN20 = '2025-01-20T09:00:00Z'; // RGMs 1–3, 7, 8, 10–12 are past; Q1's fourth is tomorrow
const MID25 = '2025-06-15T12:00:00Z'; // every RGM and the April meeting are past
const TODAY = '2026-12-06T10:00:00Z';

// ---- the questions ---------------------------------------------------------------------------------

const cases = [];
const add = (cat, now, q, expect, why) => cases.push({ cat, now, q, expect, why });

// lookups: by number, former acronym, TD, title words
add('lookup', AFTER, 'whats the status of x1820', { ids: ['X.1820'] }, 'Annex A a) row 3');
add('lookup', TODAY, 'X1237?', { ids: ['X.1237'] }, 'Annex A a) row 4');
add('lookup', AFTER, 'hey, did X.1384 get through?', { ids: ['X.1384'] }, 'Annex A a) row 9');
add('lookup', AFTER, 'x.518 amd.1', { ids: ['X.518 Amd.1'] }, 'Annex A d) row 8');
add('lookup', MID25, 'X.525 Amd 1 status', { ids: ['X.525 Amd.1'] }, 'Annex A d) row 12');
add('lookup', AFTER, 'what happened with x.stie', { ids: ['X.1221'] }, 'Annex A b) row 1: ex X.stie');
add('lookup', AFTER, 'is X.tsfpp approved yet', { ids: ['X.1237'] }, 'Annex A a) row 4: ex X.tsfpp');
add('lookup', DURING, 'X.ra-iot??', { ids: ['X.1355'] }, 'Annex A c) row 1: (X.ra-iot)');
add('lookup', AFTER, 'what number did sgdfs-us end up with', { ids: ['X.1456'] }, 'Annex A c) row 2: (X.sgdfs-us)');
add('lookup', AFTER, 'gecds', { ids: ['X.1648'] }, 'Annex A c) row 3: (X.gecds)');
add('lookup', AFTER, 'itssec-5 status', { ids: ['X.1384'] }, 'Annex A a) row 9: ex X.itssec-5');
add('lookup', AFTER, '5Gsec-srocvs', { ids: ['X.1820'] }, 'Annex A a) row 3: ex X.5Gsec-srocvs');
add('lookup', AFTER, 'TD2474', { ids: ['X.1717'] }, 'Annex A d) row 15: base text TD2474');
add('lookup', AFTER, 'which rec is TD2409', { ids: ['X.1354'] }, 'Annex A a) row 6: base text TD2409');
add('lookup', AFTER, 'td2426?', { ids: ['X.Suppl.42'] }, 'Annex A e) row 7: base text TD2426');
add('lookup', AFTER, "what's TD2341", { ids: ['Security Compendium'] }, 'Annex A e) row 1: base text TD2341');
add('lookup', AFTER, 'which text came out of TD2380', { ids: ['X.1284'] }, 'Annex A c) row 4: base text TD2380');
add('lookup', AFTER, 'X.Suppl.43 pls', { ids: ['X.Suppl.43'] }, 'Annex A e) row 8');
add('lookup', AFTER, 'what happened to the security compendium', { ids: ['Security Compendium'] }, 'Annex A e) row 1');
add('lookup', AFTER, '1647', { ids: ['X.1647'] }, 'Annex A d) row 3 (bare number)');
add('lookup', AFTER, 'where does X.1600 stand', { ids: ['X.1600'] }, 'Annex A d) row 2');
add('lookup', AFTER, 'the URLLC supplement', { ids: ['X.Suppl.43'] }, 'Annex A e) row 8 title: URLLC');
add('lookup', AFTER, 'which text deals with personally identifiable information', { ids: ['X.1237'] }, 'Annex A a) row 4 title');
add('lookup', AFTER, 'guidelines on edge computing data security', { first: 'X.1648' }, 'Annex A c) row 3: its exact title');
add('lookup', AFTER, 'one-time authentication key framework', { first: 'X.1284' }, 'Annex A c) row 4 title');
add('lookup', AFTER, 'Structured Threat Information Expression', { first: 'X.1221' }, 'Annex A b) row 1: its exact title');

// outcomes and routes
add('outcome', AFTER, 'list the TAP approvals', { ids: ids(texts, status('tap-approved')) }, 'Annex A a): 9');
add('outcome', AFTER, 'show me what was adopted', { ids: ids(texts, status('tap-approved')) }, 'Annex A a)');
add('outcome', AFTER, 'which TAP recs were rejected', { ids: ids(texts, status('tap-not-approved')) }, 'Annex A b)');
add('outcome', AFTER, "what didn't pass?", { ids: ids(texts, status('tap-not-approved')) }, 'Annex A b)');
add('outcome', AFTER, 'recs determined at the geneva meeting', { ids: ids(texts, status('tap-determined')) }, 'Annex A c)');
add('outcome', AFTER, "what's up for last call now", { ids: ids(texts, status('aap-consented')) }, 'Annex A d)');
add('outcome', AFTER, 'what got consented', { ids: ids(texts, status('aap-consented')) }, 'Annex A d)');
add('outcome', AFTER, 'texts sent to AAP last call from Q8', { ids: ids(texts, and(status('aap-consented'), Q(8))) }, 'Annex A d) rows 2-3');
add('outcome', AFTER, 'non-normative texts agreed', { ids: ids(texts, status('agreed')) }, 'Annex A e): 8');
add('outcome', AFTER, 'which texts are finished now', { ids: ids(texts, status('tap-approved', 'agreed')) }, 'Annex A a), e): completed');
add('outcome', AFTER, 'which texts are still in the pipeline', { ids: ids(texts, status('tap-determined', 'aap-consented')) }, 'Annex A c), d): pending');
add('outcome', AFTER, 'which recs were approved and which were determined', { ids: ids(texts, status('tap-approved', 'tap-determined')) }, 'Annex A a), c)');
add('outcome', AFTER, 'TAP determined for Q8', { ids: ids(texts, and(status('tap-determined'), Q(8))) }, 'Annex A c) row 3');
add('outcome', AFTER, 'anything agreed by q2?', { ids: ids(texts, and(status('agreed'), Q(2))) }, 'Annex A e) row 5');
add('outcome', AFTER, 'everything Q10 approved or agreed', { ids: ids(texts, and(status('tap-approved', 'agreed'), Q(10))) }, 'Annex A a) row 8, e) rows 6-7');
add('route', AFTER, 'tap recs', { ids: ids(texts, route('tap')) }, 'Annex A a)-c): TAP');
add('route', AFTER, 'TAP texts from Q13', { ids: ids(texts, and(route('tap'), Q(13))) }, 'Annex A a) row 9, c) row 5');
add('route', AFTER, 'what went the AAP route for Q7', { ids: ids(texts, and(route('aap'), Q(7))) }, 'Annex A d) row 1');
add('route', AFTER, 'texts approved by agreement for Q13', { ids: ids(texts, and(route('agreement'), Q(13))) }, 'Annex A e) row 8');

// kinds and document types
add('kind', AFTER, 'which new recommendations were approved', { ids: ids(texts, and(status('tap-approved'), kind('new'))) }, 'Annex A a): all New');
add('kind', AFTER, 'revised documents agreed', { ids: ids(texts, and(status('agreed'), kind('revised'))) }, 'Annex A e) rows 1-4: Rev.');
add('kind', AFTER, 'which amendments did Q11 consent', { ids: ids(texts, and(status('aap-consented'), kind('amendment'), Q(11))) }, 'Annex A d) rows 4-12');
add('kind', AFTER, 'new texts from Q11', { ids: ids(texts, and(kind('new'), Q(11))) }, 'Annex A d) row 13');
add('kind', AFTER, 'the revised texts for q1', { ids: ids(texts, and(kind('revised'), Q(1))) }, 'Annex A e) rows 1-4');
add('kind', AFTER, 'recs consented that are brand new', { ids: ids(texts, and(status('aap-consented'), kind('new'))) }, 'Annex A d): 6 new');
add('type', AFTER, 'list the supplements agreed for Q13', { ids: ids(texts, and(type('suppl'), Q(13))) }, 'Annex A e) row 8');
add('type', AFTER, 'TRs agreed at the meeting', { ids: ids(texts, type('tr')) }, 'Annex A e) row 5');
add('type', AFTER, 'recommendations from Q7', { ids: ids(texts, and(type('rec'), Q(7))) }, 'Annex A a) row 7, c) row 2, d) row 1');
add('type', AFTER, 'supplements to X.1254', { ids: ids(texts, title(/X\.1254/)) }, 'Annex A e) rows 6-7 titles');
add('type', AFTER, 'which SG17 documents were agreed that are not recs or reports or supplements', { ids: ids(texts, type('doc')) }, 'Annex A e) rows 1-4');

// Questions
add('question', AFTER, 'Q6 texts at this meeting', { ids: ids(texts, Q(6)) }, 'Annex A: Q6/17 rows');
add('question', AFTER, 'texts from question 7', { ids: ids(texts, Q(7)) }, 'Annex A: Q7/17 rows');
add('question', AFTER, 'any texts for Q3?', { ids: [] }, 'Annex A: no Q3/17 row');
add('question', AFTER, 'questions 8 and 10 texts in AAP', { ids: ids(texts, and(status('aap-consented'), Q(8, 10))) }, 'Annex A d) rows 2-3');
add('question', AFTER, "what's pending for Q13", { ids: ids(texts, and(status('tap-determined', 'aap-consented'), Q(13))) }, 'Annex A c) row 5');
add('question', AFTER, 'q 2 recs approved', { ids: ids(texts, and(status('tap-approved'), Q(2))) }, 'Annex A a) rows 1-3');
add('question', AFTER, 'Q15/17 outputs', { ids: ids(texts, Q(15)) }, 'Annex A d) rows 14-15');

// RGMs
add('rgm', DURING, 'when does q8 meet', { ids: ids(rgms, Q(8)) }, '§2 RGM 9');
add('rgm', DURING, 'Q10 rapporteur group meeting date?', { ids: ids(rgms, Q(10)) }, '§2 RGM 10');
add('rgm', DURING, 'where is the Q10 rgm', { ids: ids(rgms, Q(10)) }, '§2 RGM 10: Paris');
add('rgm', DEC02, "what's the next interim meeting", { first: soonest(rgms, from('2024-12-02')) }, '§2 RGM 2: 3-5 Dec 2024');
add('rgm', DEC02, 'any rgms this week?', { ids: ids(rgms, during('2024-12-02', '2024-12-08')) }, '§2 RGMs 2, 10 (week of 2 Dec)');
add('rgm', DEC02, 'rgms next month', { ids: ids(rgms, during('2025-01-01', '2025-01-31')) }, '§2 RGMs 3, 4, 12, 14 (Jan 2025)');
add('rgm', AFTER, 'rgms in february', { ids: ids(rgms, during('2025-02-01', '2025-02-28')) }, '§2 RGMs 5, 9, 13, 14 (Feb 2025)');
add('rgm', DURING, 'which rgms are still tbc', { ids: ids(rgms, tbc) }, '§2 RGMs marked TBC');
add('rgm', DURING, 'rgms with a fixed date', { ids: ids(rgms, not(tbc)) }, '§2 RGMs not marked TBC');
add('rgm', DURING, 'rgms with no venue yet', { ids: ids(rgms, noVenue) }, '§2 RGMs 2, 7, 8, 12 (tbd), 14');
add('rgm', DURING, 'rgms on MyWorkspace for Q1', { ids: ids(rgms, and(virtual, Q(1))) }, '§2 RGMs 1, 4, 5, 6');
add('rgm', DURING, 'seoul rgm', { ids: ids(rgms, venue(/Seoul/)) }, '§2 RGM 3');
add('rgm', DURING, 'any rgm in france?', { ids: ids(rgms, venue(/France/)) }, '§2 RGM 10: Paris, France');
add('rgm', DURING, 'rgms in asia', { ids: ids(rgms, venue(/Seoul/)) }, '§2 RGM 3: Seoul is the one Asian venue');
add('rgm', DURING, 'rgms in the US', { ids: [] }, '§2: no venue in the US');
add('rgm', DURING, 'which rgm covers X.1060-rev', { ids: ids(rgms, (r) => r.topics.some((t) => /X\.1060-rev/.test(t))) }, '§2 RGM 8 topics');
add('rgm', DURING, 'rgm about QKD', { ids: ids(rgms, (r) => r.topics.some((t) => /QKD/.test(t))) }, '§2 RGM 14 topics: X.sec_QKD_profr, X.sec_QKDNi');
add('rgm', AFTER, 'rgms after the april meeting', { ids: ids(rgms, from('2025-04-18')) }, '§2: the last RGM is 4-6 Mar 2025');
add('rgm', AFTER, 'rgms before christmas', { ids: ids(rgms, and(from('2024-11-20'), during('2024-11-20', '2024-12-24'))) }, '§2 RGMs 8, 1, 2, 10');
add('rgm', DURING, 'the earliest Q1 rgm', { first: soonest(rgms, Q(1)) }, '§2 RGM 1: TBC 29 Nov 2024');
add('rgm', DURING, "when's the last rgm before the april plenary", { ids: ['sg17-2024-09/rgm-06'] }, '§2 RGM 6: 4-6 Mar 2025 ends last');
add('rgm', AFTER, 'rgms in jan that are confirmed', { ids: ids(rgms, and(during('2025-01-01', '2025-01-31'), not(tbc))) }, '§2 RGM 3');
add('rgm', AFTER, 'virtual rgms in february', { ids: ids(rgms, and(during('2025-02-01', '2025-02-28'), virtual)) }, '§2 RGMs 5, 9, 13');
add('rgm', DURING, 'is the Q14 rgm online?', { ids: ids(rgms, Q(14)) }, '§2 RGM 13: MyWorkspace');
add('rgm', MID25, 'which rgms are still to come', { ids: [] }, '§2: the last RGM was 4-6 Mar 2025');
add('rgm', JAN20, 'which rgms have been held so far', { ids: ids(rgms, (r) => r.last < '2025-01-20') }, '§2 RGMs 1-3, 7, 8, 10-12');
add('rgm', JAN20, 'when is Q1 meeting next', { first: soonest(rgms, and(Q(1), from('2025-01-20'))) }, '§2 RGM 4: 21-23 Jan 2025');
add('rgm', AFTER, "what's next for Q3?", { first: soonest(rgms, and(Q(3), from('2024-11-20'))) }, '§2 RGM 8: 26-27 Nov 2024');

// new work items
add('workitem', AFTER, 'new WIs', { ids: ids(workItems) }, 'Annex B: 10');
add('workitem', AFTER, 'new work items going via AAP', { ids: ids(workItems, route('aap')) }, 'Annex B: every row is * or **, none AAP');
add('workitem', AFTER, 'new work items for Q2', { ids: ids(workItems, Q(2)) }, 'Annex B rows 2-3');
add('workitem', AFTER, 'Q14 new work item', { ids: ids(workItems, Q(14)) }, 'Annex B row 10');
add('workitem', AFTER, 'new work item on IMT-2030', { ids: ids(workItems, title(/IMT-2030/)) }, 'Annex B row 3');
add('workitem', AFTER, 'which work item is about OpenID Connect', { ids: ['X.oicc'] }, 'Annex B row 9');
add('workitem', AFTER, 'what is X.vctp', { ids: ['X.vctp'] }, 'Annex B row 8');
add('workitem', AFTER, 'TR.dpama', { ids: ['TR.dpama'] }, 'Annex B row 6');
add('workitem', AFTER, 'new TAP work items from Q6', { ids: ids(workItems, and(route('tap'), Q(6))) }, 'Annex B rows 4-5');
add('workitem', AFTER, 'new work items on radio access networks', { ids: ids(workItems, title(/Radio Access/i)) }, 'Annex B row 2');
add('workitem', AFTER, 'which work item is TD2466', { ids: ['X.stm-dpm'] }, 'Annex B row 4: Doc TD2466');

// correspondence groups
add('cg', AFTER, 'list the CGs', { ids: ids(cgs) }, '§1: 4 CGs');
add('cg', AFTER, 'active correspondence groups in the interregnum', { ids: ids(cgs) }, '§1: 4 CGs');
add('cg', AFTER, 'cg on security capability and architecture', { ids: ['CG-secapa'] }, '§1: CG-secapa');
add('cg', AFTER, 'restructuring cg', { ids: ['CG-RES'] }, '§1: CG-RES');
add('cg', AFTER, 'which correspondence group deals with child protection', { ids: ['CG-COP'] }, '§1: CG-COP');
add('cg', AFTER, 'cgs about quantum', { ids: [] }, '§1: no CG on quantum');

// exclusions, on every dimension and in many words
add('exclusion', AFTER, "approved recs other than Q6's", { ids: ids(texts, and(status('tap-approved'), not(Q(6)))) }, 'Annex A a) minus Q6');
add('exclusion', AFTER, 'LC texts apart from Q8', { ids: ids(texts, and(status('aap-consented'), not(Q(8)))) }, 'Annex A d) minus rows 2-3');
add('exclusion', AFTER, 'consented recs, excluding amendments', { ids: ids(texts, and(status('aap-consented'), not(kind('amendment')))) }, 'Annex A d): 6 new');
add('exclusion', AFTER, 'determined texts but not Q7', { ids: ids(texts, and(status('tap-determined'), not(Q(7)))) }, 'Annex A c) minus row 2');
add('exclusion', AFTER, 'agreed texts aside from supplements', { ids: ids(texts, and(status('agreed'), not(type('suppl')))) }, 'Annex A e) rows 1-5');
add('exclusion', AFTER, "agreed texts that aren't revisions", { ids: ids(texts, and(status('agreed'), not(kind('revised')))) }, 'Annex A e) rows 5-8');
add('exclusion', AFTER, 'non-Q11 texts in AAP', { ids: ids(texts, and(status('aap-consented'), not(Q(11)))) }, 'Annex A d) minus Q11');
add('exclusion', AFTER, 'approved without Q2', { ids: ids(texts, and(status('tap-approved'), not(Q(2)))) }, 'Annex A a) rows 4-9');
add('exclusion', AFTER, 'all texts minus Q1 and Q11', { ids: ids(texts, not(Q(1, 11))) }, 'Annex A minus Q1, Q11');
add('exclusion', DURING, 'rgms other than virtual ones', { ids: ids(rgms, not(virtual)) }, '§2 RGMs not at MyWorkspace');
add('exclusion', DURING, 'rgms besides the Q1 ones in 2025', { ids: ids(rgms, and(not(Q(1)), during('2025-01-01', '2025-12-31'))) }, '§2 RGMs 9, 12-14');
add('exclusion', DURING, 'rgms not in Paris', { ids: ids(rgms, not(venue(/Paris/))) }, '§2 RGMs minus 10');
add('exclusion', DURING, 'confirmed rgms except Q3', { ids: ids(rgms, and(not(tbc), not(Q(3)))) }, '§2 RGMs 3, 10, 11, 13');
add('exclusion', DURING, 'tbc rgms without the Q1 ones', { ids: ids(rgms, and(tbc, not(Q(1)))) }, '§2 RGMs 9, 12, 14');
add('exclusion', DURING, 'non-hybrid q1 rgms', { ids: ids(rgms, and(Q(1), not(hybrid))) }, '§2 RGMs 1, 2, 4-6');
add('exclusion', AFTER, 'new work items not going by agreement', { ids: ids(workItems, not(route('agreement'))) }, 'Annex B * rows');
add('exclusion', AFTER, "Q10 texts that aren't recommendations", { ids: ids(texts, and(Q(10), not(type('rec')))) }, 'Annex A e) rows 6-7');
add(
  'exclusion',
  AFTER,
  'consented texts minus X.1716 and X.1717',
  { ids: ids(texts, and(status('aap-consented'), not(id('X.1716', 'X.1717')))) },
  'Annex A d) rows 1-13',
);
add('exclusion', AFTER, 'approved texts apart from X.1818', { ids: ids(texts, and(status('tap-approved'), not(id('X.1818')))) }, 'Annex A a) rows 2-9');
add('exclusion', AFTER, 'amendments without an A.5 justification', { ids: ids(texts, and(kind('amendment'), not(a5))) }, 'Annex A d) amendments minus row 10');
add('exclusion', AFTER, 'approved recs not about IoT', { ids: ids(texts, and(status('tap-approved'), not(title(/IoT/)))) }, 'Annex A a) minus rows 5-6');
add('exclusion', AFTER, 'tap texts excluding the ones that failed', { ids: ids(texts, and(route('tap'), not(status('tap-not-approved')))) }, 'Annex A a), c)');
add('exclusion', AFTER, 'everything except what was agreed', { ids: ids(texts, not(status('agreed'))) }, 'Annex A a)-d)');
add('exclusion', AFTER, 'determined texts, not the Q13 one', { ids: ids(texts, and(status('tap-determined'), not(Q(13)))) }, 'Annex A c) rows 1-4');
add('exclusion', DURING, 'rgms apart from those in 2024', { ids: ids(rgms, not(during('2024-01-01', '2024-12-31'))) }, '§2 RGMs dated 2025');
add('exclusion', AFTER, 'cgs apart from CG-COP', { ids: ids(cgs, not(id('CG-COP'))) }, '§1 minus CG-COP');
add('exclusion', AFTER, 'non-new texts consented', { ids: ids(texts, and(status('aap-consented'), not(kind('new')))) }, 'Annex A d): 9 amendments');
add('exclusion', DURING, 'rgms that are neither virtual nor tbc', { ids: ids(rgms, and(not(virtual), not(tbc))) }, '§2 RGMs 3, 7, 8, 10, 11');
add(
  'exclusion',
  AFTER,
  'recs approved, except the Q13 one and the Q10 one',
  { ids: ids(texts, and(status('tap-approved'), not(Q(13, 10)))) },
  'Annex A a) rows 1-7',
);
add(
  'exclusion',
  AFTER,
  "without amendments, what's in LC for Q11",
  { ids: ids(texts, and(status('aap-consented'), Q(11), not(kind('amendment')))) },
  'Annex A d) row 13',
);
add('exclusion', AFTER, "AAP texts that aren't new", { ids: ids(texts, and(route('aap'), not(kind('new')))) }, 'Annex A d) amendments');
add('exclusion', AFTER, 'texts that went neither TAP nor AAP', { ids: ids(texts, not(route('tap', 'aap'))) }, 'Annex A e)');
add('exclusion', DURING, 'rgms except the one in Stockholm', { ids: ids(rgms, not(venue(/Stockholm/))) }, '§2 RGMs minus 11');
add('exclusion', DURING, 'q1 rgms other than the hybrid one', { ids: ids(rgms, and(Q(1), not(hybrid))) }, '§2 RGMs 1, 2, 4-6');
add('exclusion', DURING, "virtual rgms that aren't TBC", { ids: ids(rgms, and(virtual, not(tbc))) }, '§2 RGM 13');
add('exclusion', AFTER, 'non-TAP work items', { ids: ids(workItems, not(route('tap'))) }, 'Annex B ** rows');
add('exclusion', AFTER, 'texts from Q2 minus the technical report', { ids: ids(texts, and(Q(2), not(type('tr')))) }, 'Annex A a) rows 1-3');
add('exclusion', AFTER, 'approved texts, leaving aside the 5G ones', { ids: ids(texts, and(status('tap-approved'), not(title(/5G/)))) }, 'Annex A a) rows 4-9');

// counts over whole sets
add('count', AFTER, 'no. of determined recs', { count: count(texts, status('tap-determined')) }, 'Annex A c): 5');
add('count', AFTER, 'how many texts got consented for Q11', { count: count(texts, and(status('aap-consented'), Q(11))) }, 'Annex A d) rows 4-13');
add('count', AFTER, 'how many texts are there for Q10', { count: count(texts, Q(10)) }, 'Annex A: Q10/17 rows');
add('count', AFTER, 'count of supplements', { count: count(texts, type('suppl')) }, 'Annex A e): 3');
add('count', DURING, 'how many rgms are hybrid', { count: count(rgms, hybrid) }, '§2 RGM 3');
add('count', DURING, 'how many rgms have no venue yet', { count: count(rgms, noVenue) }, '§2 RGMs 2, 7, 8, 12, 14');
add('count', DURING, 'how many confirmed rgms', { count: count(rgms, not(tbc)) }, '§2: 6 not TBC');
add('count', AFTER, 'how many new work items go to TAP', { count: count(workItems, route('tap')) }, 'Annex B * rows: 7');
add('count', AFTER, 'how many work items are TRs', { count: count(workItems, type('tr')) }, 'Annex B rows 2, 3, 6');
add('count', AFTER, 'how many CGs are continued', { count: count(cgs, (g) => g.status === 'continued') }, '§1: 3 continued');
add('count', AFTER, 'how many questions had recs approved', { count: questionsOf(texts, status('tap-approved')) }, 'Annex A a): 6 Questions');
add('count', AFTER, 'how many rgms in january', { count: count(rgms, during('2025-01-01', '2025-01-31')) }, '§2 RGMs 3, 4, 12, 14');
add('count', DURING, 'how many Q1 rgms are TBC', { count: count(rgms, and(Q(1), tbc)) }, '§2 RGMs 1, 2, 4-6');
add('count', AFTER, 'how many texts are not from Q11', { count: count(texts, not(Q(11))) }, 'Annex A minus Q11: 29');
add('count', DURING, 'how many rgms except Q1', { count: count(rgms, not(Q(1))) }, '§2 RGMs 7-14');
add('count', AFTER, 'how many texts were agreed or consented', { count: count(texts, status('agreed', 'aap-consented')) }, 'Annex A d), e): 23');
add('count', AFTER, 'number of amendments', { count: count(texts, kind('amendment')) }, 'Annex A d): 9');
add('count', AFTER, 'how many texts are pending', { count: count(texts, status('tap-determined', 'aap-consented')) }, 'Annex A c), d): 20');
add('count', AFTER, 'how many texts does question 6 have', { count: count(texts, Q(6)) }, 'Annex A: Q6/17 rows');
add('count', DURING, 'how many rgms are in europe', { count: count(rgms, venue(/Paris|Stockholm/)) }, '§2 RGMs 10, 11');
add('count', AFTER, 'how many texts have A.5 refs', { count: count(texts, a5) }, 'Annex A d) rows 10, 13');
add(
  'count',
  AFTER,
  'how many approved texts were deferred before',
  {
    count: count(
      texts,
      and(status('tap-approved'), (i) => i.notes.length > 0),
    ),
  },
  'Annex A a) Notes 1-3',
);
add('count', JAN20, 'how many rgms are still to come', { count: count(rgms, from('2025-01-20')) }, '§2 RGMs 4-6, 9, 13, 14');
add('count', AFTER, 'how many revised texts', { count: count(texts, kind('revised')) }, 'Annex A e) rows 1-4: Rev.');

// aggregations
add('aggregate', AFTER, 'which Q had the most failures', { first: most(texts, status('tap-not-approved')) }, 'Annex A b): Q4/17');
add('aggregate', DURING, 'which question has the most virtual rgms', { first: most(rgms, virtual) }, '§2: Q1/17 4 of 6');
add('aggregate', DURING, 'which question has the most confirmed rgms', { first: most(rgms, not(tbc)) }, '§2: Q3/17 2 of 6');
add('aggregate', AFTER, 'which question produced the most supplements', { first: most(texts, type('suppl')) }, 'Annex A e): Q10/17 2 of 3');
add(
  'aggregate',
  AFTER,
  'which question has the most pending texts',
  { first: most(texts, status('tap-determined', 'aap-consented')) },
  'Annex A c), d): Q11/17',
);
add('aggregate', AFTER, 'rank the questions by number of texts', { first: most(texts) }, 'Annex A: Q11/17 10 of 39');
add('aggregate', DURING, 'which Q has the most rgms in 2025', { first: most(rgms, during('2025-01-01', '2025-12-31')) }, '§2: Q1/17 4 of 8');
add('aggregate', AFTER, 'approved recs by question', { groups: groups(texts, status('tap-approved'), 2, 4, 6, 7, 10, 13) }, 'Annex A a) per Question');
add('aggregate', DURING, 'tbc rgms per question', { groups: groups(rgms, tbc, 1, 8, 13, 15) }, '§2 TBC RGMs per Question');
add('aggregate', AFTER, 'determined recs grouped by Q', { groups: groups(texts, status('tap-determined'), 6, 7, 8, 10, 13) }, 'Annex A c) per Question');

// comparisons
add('compare', AFTER, 'compare Q2 and Q6 texts', { groups: groups(texts, () => true, 2, 6) }, 'Annex A: Q2/17 and Q6/17 rows');
add('compare', AFTER, 'Q11 vs Q15 in last call', { groups: groups(texts, status('aap-consented'), 11, 15) }, 'Annex A d) rows 4-15');
add('compare', AFTER, 'X.1353 versus X.1354', { ids: ['X.1353', 'X.1354'] }, 'Annex A a) rows 5-6');
add('compare', AFTER, 'how do X.1283 and X.1284 differ', { ids: ['X.1283', 'X.1284'] }, 'Annex A a) row 8, c) row 4');
add('compare', DURING, 'compare Q8 and Q14 rgms', { groups: groups(rgms, () => true, 8, 14) }, '§2 RGMs 9, 13');
add('compare', AFTER, 'compare the new work items of Q2 and Q6', { groups: groups(workItems, () => true, 2, 6) }, 'Annex B rows 2-5');
add('compare', AFTER, 'X.Suppl.41 vs X.Suppl.42', { ids: ['X.Suppl.41', 'X.Suppl.42'] }, 'Annex A e) rows 6-7');
add('compare', AFTER, 'compare Q4 and Q13 approved texts', { groups: groups(texts, status('tap-approved'), 4, 13) }, 'Annex A a) rows 4, 9');
add('compare', DURING, 'q1 vs q10 rgms', { groups: groups(rgms, () => true, 1, 10) }, '§2 RGMs 1-6, 10');

// the summary's table columns and notes
add('column', AFTER, 'text equivalent to ISO/IEC 9594-6', { ids: ids(texts, (i) => i.equivalent === 'ISO/IEC 9594-6') }, 'Annex A d) row 10');
add('column', AFTER, 'which rec is common text with 9594-12', { ids: ids(texts, (i) => i.equivalent === 'ISO/IEC 9594-12') }, 'Annex A d) row 13');
add('column', AFTER, 'iso/iec 9594-3?', { ids: ids(texts, (i) => i.equivalent === 'ISO/IEC 9594-3') }, 'Annex A d) row 7');
add('column', AFTER, 'what is TD2356', { ids: ids(texts, (i) => i.a5Reference === 'TD2356') }, 'Annex A d) row 13: A.5 TD2356');
add(
  'column',
  AFTER,
  'approved texts with a history of deferral',
  {
    ids: ids(
      texts,
      and(status('tap-approved'), (i) => i.notes.length > 0),
    ),
  },
  'Annex A a) Notes 1-3',
);
add('column', AFTER, 'texts based on R66', { ids: ids(texts, (i) => i.baseText === 'R66') }, 'Annex A a) row 8');
add(
  'column',
  AFTER,
  'which consented texts have ISO/IEC counterparts',
  { ids: ids(texts, and(status('aap-consented'), equivalent)) },
  'Annex A d) Equivalent column',
);
add('column', AFTER, 'which texts were determined more than once', { ids: ids(texts, noted(/re-determined/)) }, 'Annex A a) Notes 1-2');
add(
  'column',
  AFTER,
  'which texts had approval deferred by the Aug/Sep 2023 meeting',
  { ids: ids(texts, noted(/approval deferred by SG17 Aug\/Sep 2023/)) },
  'Annex A a) Notes 1-2',
);
add('column', AFTER, 'base text of X.1456?', { ids: ['X.1456'] }, 'Annex A c) row 2: TD2394');

// the meeting itself, the next one, highlights, statistics
add('meeting', AFTER, 'when is the first meeting of the new study period', { ids: [NEXT_MEETING] }, '§2: 7-17 April 2025');
add('meeting', AFTER, 'how long is the April plenary', { ids: [NEXT_MEETING] }, '§2: 9 working days');
add('meeting', DURING, 'when does the 2025 plenary start', { ids: [NEXT_MEETING] }, '§2: 7 April 2025');
add(
  'meeting',
  AFTER,
  'what goes for approval in april',
  { ids: ids(texts, status('tap-determined')) },
  'Annex A c): determined for approval at the next meeting',
);
add('highlights', AFTER, 'any highlights from the Sept meeting?', { ids: [THIS_MEETING] }, 'the hot topics and §1 output');
add('highlights', AFTER, 'recap pls', { ids: [THIS_MEETING] }, 'the hot topics and §1 output');
add('highlights', AFTER, 'what were the key topics this time', { ids: [THIS_MEETING] }, 'Hot topics of this meeting');
add('stats', AFTER, 'meeting statistics', { ids: [THIS_MEETING] }, 'Annex D');
add('stats', AFTER, 'how many contributions were there', { ids: [THIS_MEETING] }, 'Annex D: 154 contributions');

// what the data cannot answer
add('honest', AFTER, 'who chairs SG17', { honest: true }, 'the summary names no chair');
add('honest', AFTER, 'contact person for Q13?', { honest: true }, 'the summary names no contacts');
add('honest', AFTER, 'which texts got comments in last call', { honest: true }, 'no Last Call results in the summary');
add('honest', AFTER, 'how many participants attended', { honest: true }, 'Annex D participants table is empty in the seed');
add('honest', AFTER, "what's the deadline for contributions to the april meeting", { honest: true }, 'no deadlines in the summary');
add('honest', AFTER, "what's the price of a plane ticket to Geneva", { honest: true }, 'not SG17 data');
add('honest', AFTER, 'who wrote the X.1647 draft', { honest: true }, 'the summary names no authors');
add('honest', AFTER, 'which countries voted against X.1221', { honest: true }, 'Annex A b) gives no votes');
add('honest', AFTER, 'how many delegates came from Korea', { honest: true }, 'Annex D gives contributions by country, not delegates');
add('honest', AFTER, 'tell me a joke', { honest: true }, 'not SG17 data');
add('honest', AFTER, 'X.9999', { honest: true }, 'no such text');
add('honest', AFTER, 'status of X.1800', { honest: true }, 'Annex A holds no X.1800');

// typos
add('typo', AFTER, 'aproved recomendations', { ids: ids(texts, status('tap-approved')) }, 'Annex A a)');
add('typo', AFTER, 'consentd texts for q15', { ids: ids(texts, and(status('aap-consented'), Q(15))) }, 'Annex A d) rows 14-15');
add('typo', AFTER, 'determind recs', { ids: ids(texts, status('tap-determined')) }, 'Annex A c)');
add('typo', AFTER, 'suplements', { ids: ids(texts, type('suppl')) }, 'Annex A e) rows 6-8');
add('typo', AFTER, 'corespondence groups', { ids: ids(cgs) }, '§1: 4 CGs');
add('typo', DURING, 'rapporter meetings for Q13', { ids: ids(rgms, Q(13)) }, '§2 RGM 12');
add('typo', DURING, 'vitual rgms', { ids: ids(rgms, virtual) }, '§2 MyWorkspace RGMs');
add('typo', AFTER, 'ammendments', { ids: ids(texts, kind('amendment')) }, 'Annex A d) rows 4-12');
add('typo', AFTER, 'x1716 staus', { ids: ['X.1716'] }, 'Annex A d) row 14');
add('typo', AFTER, 'new work itmes', { ids: ids(workItems) }, 'Annex B');
add('typo', AFTER, 'Quesiton 10 texts', { ids: ids(texts, Q(10)) }, 'Annex A: Q10/17 rows');
add('typo', AFTER, 'techincal reports agreed', { ids: ids(texts, type('tr')) }, 'Annex A e) row 5');

// Unicode, full-width, accents, invisible characters
add('unicode', AFTER, 'Ｑ１１ amendments', { ids: ids(texts, and(kind('amendment'), Q(11))) }, 'Annex A d) rows 4-12 (full-width)');
add('unicode', AFTER, 'X.１２８４', { ids: ['X.1284'] }, 'Annex A c) row 4 (full-width digits)');
add('unicode', DURING, 'Stöckholm rgm', { ids: ids(rgms, venue(/Stockholm/)) }, '§2 RGM 11 (diacritic)');
add('unicode', AFTER, 'X.Suppl.４１', { ids: ['X.Suppl.41'] }, 'Annex A e) row 6 (full-width digits)');
add('unicode', AFTER, 'X.sec＿QKDN＿AA', { ids: ['X.1716'] }, 'Annex A d) row 14 (full-width low line)');
add('unicode', AFTER, 'what\u2019s approved for Q６?', { ids: ids(texts, and(status('tap-approved'), Q(6))) }, 'Annex A a) rows 5-6');
add('unicode', DURING, '\u201ctbc\u201d rgms', { ids: ids(rgms, tbc) }, '§2 TBC RGMs (curly quotes)');
add('unicode', AFTER, 'ＴＤ２４０８', { ids: ['X.Suppl.43'] }, 'Annex A e) row 8 (full-width)');
add('unicode', AFTER, 'TAP\u2010determined texts', { ids: ids(texts, status('tap-determined')) }, 'Annex A c) (Unicode hyphen)');
add('unicode', AFTER, 'X.17\u00ad16', { ids: ['X.1716'] }, 'Annex A d) row 14 (soft hyphen)');

// casual chat phrasing
add(
  'casual',
  AFTER,
  "hey bot, what's going on with the quantum stuff in LC?",
  { ids: ids(texts, and(status('aap-consented'), title(/quantum/i))) },
  'Annex A d) rows 14-15',
);
add('casual', AFTER, 'yo what did Q4 get approved lol', { ids: ids(texts, and(status('tap-approved'), Q(4))) }, 'Annex A a) row 4');
add('casual', AFTER, 'quick q: any Q8 rgms coming up?', { ids: ids(rgms, and(Q(8), from('2024-11-20'))) }, '§2 RGM 9');
add('casual', AFTER, '@sg17bot can you list the agreed docs for q1 thx', { ids: ids(texts, and(status('agreed'), Q(1))) }, 'Annex A e) rows 1-4');
add(
  'casual',
  AFTER,
  'need the list of amendments in LC asap :pray:',
  { ids: ids(texts, and(status('aap-consented'), kind('amendment'))) },
  'Annex A d) rows 4-12',
);
add(
  'casual',
  AFTER,
  'btw is there anything from Q15 in the pipeline?',
  { ids: ids(texts, and(status('tap-determined', 'aap-consented'), Q(15))) },
  'Annex A d) rows 14-15',
);
add('casual', AFTER, 'hi! which rgms are happening in Jan?', { ids: ids(rgms, during('2025-01-01', '2025-01-31')) }, '§2 RGMs 3, 4, 12, 14');
add('casual', AFTER, 'ok so which cg is the AI one', { ids: ['CG-AIsec'] }, '§1: CG-AIsec');
add('casual', AFTER, 'btw how many new work items were added', { count: count(workItems) }, 'Annex B: 10');
add('casual', AFTER, 'so what came out of Q13 this time?', { ids: ids(texts, Q(13)) }, 'Annex A: Q13/17 rows');

// ---- conversations ---------------------------------------------------------------------------------

const convs = [];
const conv = (cat, now, turns, expect, why) => convs.push({ cat, now, turns, expect, why });
conv('follow-up', AFTER, ['which texts were approved?', 'and for Q6?'], { ids: ids(texts, and(status('tap-approved'), Q(6))) }, 'Annex A a) rows 5-6');
conv('follow-up', DURING, ['rgms for Q3', 'and Q10?'], { ids: ids(rgms, Q(10)) }, '§2 RGM 10');
conv('narrow', AFTER, ['consented texts', 'only the new ones'], { ids: ids(texts, and(status('aap-consented'), kind('new'))) }, 'Annex A d): 6 new');
conv('count', AFTER, ['new work items', 'how many is that?'], { count: count(workItems) }, 'Annex B: 10');
conv('narrow', DURING, ['tbc rgms', 'just the virtual ones'], { ids: ids(rgms, and(tbc, virtual)) }, '§2 RGMs 1, 4-6, 9');
conv('narrow', AFTER, ['Q11 texts', 'excluding amendments'], { ids: ids(texts, and(Q(11), not(kind('amendment')))) }, 'Annex A d) row 13');
conv('follow-up', AFTER, ['determined texts', 'what about Q13?'], { ids: ids(texts, and(status('tap-determined'), Q(13))) }, 'Annex A c) row 5');
conv('follow-up', AFTER, ['rgms in february', 'and march?'], { ids: ids(rgms, during('2025-03-01', '2025-03-31')) }, '§2 RGM 6');
conv('follow-up', DURING, ['status of X.1284', 'their rgm?'], { ids: ids(rgms, Q(10)) }, '§2 RGM 10: X.1284 is Q10/17');
conv('narrow', AFTER, ['agreed texts', 'the Q10 ones only'], { ids: ids(texts, and(status('agreed'), Q(10))) }, 'Annex A e) rows 6-7');
conv('follow-up', DURING, ['rgms for Q8', 'Q14 too'], { ids: ids(rgms, Q(8, 14)) }, '§2 RGMs 9, 13');
conv(
  'count',
  AFTER,
  ['aap texts from Q8', 'how many of them are new?'],
  { count: count(texts, and(status('aap-consented'), Q(8), kind('new'))) },
  'Annex A d) rows 2-3',
);
conv(
  'count',
  AFTER,
  ['approved texts', 'minus the Q2 ones', 'how many is that?'],
  { count: count(texts, and(status('tap-approved'), not(Q(2)))) },
  'Annex A a) rows 4-9',
);
conv(
  'count',
  DURING,
  ['rgms in 2025', 'only tbc', 'how many?'],
  { count: count(rgms, and(during('2025-01-01', '2025-12-31'), tbc)) },
  '§2 RGMs 4-6, 9, 12, 14',
);
conv('follow-up', AFTER, ['new work items for Q2', 'what about Q7?'], { ids: ids(workItems, Q(7)) }, 'Annex B row 6');
conv('narrow', AFTER, ['cgs', 'the continued ones?'], { ids: ids(cgs, (g) => g.status === 'continued') }, '§1: 3 continued');
conv('narrow', DURING, ['rgms for Q1', 'which ones are hybrid?'], { ids: ids(rgms, and(Q(1), hybrid)) }, '§2 RGM 3');
conv('narrow', AFTER, ['texts from Q7', 'only the approved ones'], { ids: ids(texts, and(Q(7), status('tap-approved'))) }, 'Annex A a) row 7');

// ---- write ---------------------------------------------------------------------------------------

writeSet('heldout2', cases, convs, ['heldout-questions.json']);
