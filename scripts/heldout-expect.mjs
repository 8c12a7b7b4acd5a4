#!/usr/bin/env node
/**
 * Writes the held-out question set (test/fixtures/heldout-questions.json and
 * heldout-conversations.json). Every expected answer is a filter over data/sg17-2024-09.json (checked
 * against the seed summary), never what the bot answers: a reviewer reads the filter beside the question.
 * Written without reading the parser, so the set measures whether its reading generalises.
 *
 *   node scripts/heldout-expect.mjs          # rewrite both fixtures
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const data = JSON.parse(readFileSync(new URL('../data/sg17-2024-09.json', import.meta.url), 'utf8'));

// ---- the model, from the summary's tables -------------------------------------------------------

const ROUTE = { a: 'tap', b: 'tap', c: 'tap', d: 'aap', e: 'agreement' };
/** Annex A e): 3 Supplements, 1 Technical Report, 4 other SG17 documents; a)–d) are Recommendations. */
const typeOf = (i) => (i.section !== 'e' ? 'rec' : i.number.startsWith('X.Suppl') ? 'suppl' : i.number.startsWith('TR.') ? 'tr' : 'doc');
const texts = data.items.map((i) => ({ ...i, id: i.number, route: ROUTE[i.section], type: typeOf(i), q: i.question }));
const workItems = data.workItems.map((w) => ({
  ...w,
  id: w.acronym ?? `sg17-2024-09/work-item-${w.seq}`,
  q: w.question,
  type: w.title.startsWith('Technical Report') ? 'tr' : 'rec',
}));
const rgms = data.rgms.map((r) => {
  const w = r.when;
  const first = w.kind === 'days' ? w.range.start : w.kind === 'window' ? `${w.from}-01` : w.options[0].start;
  const last = w.kind === 'days' ? w.range.end : w.kind === 'window' ? `${w.to}-28` : w.options.at(-1).end;
  return { ...r, q: r.question, first, last };
});
const cgs = data.correspondenceGroups.map((g) => ({ ...g, id: g.acronym }));
const NEXT_MEETING = data.futureMeetings[0].title;

const Q = (...ns) => {
  const set = new Set(ns.map((n) => `Q${n}/17`));
  return (x) => set.has(x.q);
};
const not = (f) => (x) => !f(x);
const and =
  (...fs) =>
  (x) =>
    fs.every((f) => f(x));
const status =
  (...s) =>
  (x) =>
    s.includes(x.status);
const kind =
  (...k) =>
  (x) =>
    k.includes(x.kind);
const type =
  (...t) =>
  (x) =>
    t.includes(x.type);
const route =
  (...r) =>
  (x) =>
    r.includes(x.route);
const title = (re) => (x) => re.test(x.title);
const id =
  (...ids) =>
  (x) =>
    ids.includes(x.id);
const virtual = (r) => r.format === 'virtual';
const tbc = (r) => r.tbc;
/** An RGM whose dates (or date window) overlap [from, to]. */
const during = (from, to) => (r) => r.first <= to && r.last >= from;
/** An RGM not yet over at `day` (its last day is `day` or later). */
const from = (day) => (r) => r.last >= day;

const ids = (list, f = () => true) => list.filter(f).map((x) => x.id);
const count = (list, f = () => true) => list.filter(f).length;
const questionsOf = (list, f = () => true) => [...new Set(list.filter(f).map((x) => x.q))].sort((a, b) => parseInt(a.slice(1), 10) - parseInt(b.slice(1), 10));
/** The Question holding most of `list` that pass `f`; refuses a tie (a "most" question must have one answer). */
function most(list, f = () => true) {
  const n = new Map();
  for (const x of list.filter(f)) n.set(x.q, (n.get(x.q) ?? 0) + 1);
  const sorted = [...n.entries()].sort((a, b) => b[1] - a[1]);
  if (sorted.length > 1 && sorted[0][1] === sorted[1][1]) throw new Error(`tie for most: ${JSON.stringify(sorted)}`);
  return sorted[0][0];
}
const groups = (list, f, ...qs) => Object.fromEntries(qs.map((n) => [`Q${n}/17`, ids(list, and(f, Q(n)))]));

// ---- clocks ---------------------------------------------------------------------------------------

const DURING = '2024-09-04T09:00:00Z'; // during the Geneva meeting: every RGM is still to come
const AFTER = '2024-11-20T00:00:00Z'; // Q11's and the first Q3 RGM are past
const MID25 = '2025-06-15T12:00:00Z'; // every RGM and the April meeting are past
const TODAY = '2026-12-06T10:00:00Z';

// ---- the questions ---------------------------------------------------------------------------------

const cases = [];
const add = (cat, now, q, expect, why) => cases.push({ cat, now, q, expect, why });

// lookups: by number, former acronym, TD, title words
add('lookup', AFTER, 'what happened to x1716?', { ids: ['X.1716'] }, 'Annex A d) row 14');
add('lookup', TODAY, 'status of X.1353 pls', { ids: ['X.1353'] }, 'Annex A a) row 5');
add('lookup', AFTER, 'tell me about x.509 amd 1', { ids: ['X.509 Amd.1'] }, 'Annex A d) row 6');
add('lookup', MID25, 'X.501 amd2', { ids: ['X.501 Amd.2'] }, 'Annex A d) row 5');
add('lookup', AFTER, 'whats X.Suppl.42 about', { ids: ['X.Suppl.42'] }, 'Annex A e) row 7');
add('lookup', AFTER, 'TR.5Gsec-bsf', { ids: ['TR.5Gsec-bsf'] }, 'Annex A e) row 5');
add('lookup', TODAY, 'the security manual - what happened to it?', { ids: ['Security Manual'] }, 'Annex A e) row 2');
add('lookup', AFTER, 'was x1221 approved', { ids: ['X.1221'] }, 'Annex A b) row 1');
add('lookup', DURING, 'what is X.1355', { ids: ['X.1355'] }, 'Annex A c) row 1');
add('lookup', AFTER, 'Could you tell me the status of X.2012, please?', { ids: ['X.2012'] }, 'Annex A d) row 1');
add('lookup', AFTER, 'what became of X.sec_QKDN_CM', { ids: ['X.1717'] }, 'Annex A d) row 15: ex X.sec_QKDN_CM');
add('lookup', MID25, 'x.gpwd', { ids: ['X.1283'] }, 'Annex A a) row 8: ex X.gpwd');
add('lookup', AFTER, 'where is ztd-iot now', { ids: ['X.1353'] }, 'Annex A a) row 5: ex X.ztd-iot');
add('lookup', AFTER, 'X.pki-em status?', { ids: ['X.508'] }, 'Annex A d) row 13: ex X.pki-em');
add('lookup', TODAY, 'what number did websec-7 get', { ids: ['X.1471'] }, 'Annex A a) row 7: ex X.websec-7');
add('lookup', DURING, 'X.evtol-sec', { ids: ['X.1385'] }, 'Annex A c) row 5: (X.evtol-sec)');
add('lookup', AFTER, 'did x.taeii pass', { ids: ['X.1222'] }, 'Annex A b) row 2: ex X.taeii');
add('lookup', AFTER, 'X.afotak?', { ids: ['X.1284'] }, 'Annex A c) row 4: (X.afotak)');
add('lookup', AFTER, 'x.smdtsc', { ids: ['X.2012'] }, 'Annex A d) row 1: (X.smdtsc)');
add('lookup', AFTER, 'which rec used to be X.5Gsec-netec', { ids: ['X.1819'] }, 'Annex A a) row 2');
add('lookup', AFTER, 'TD2475', { ids: ['X.1716'] }, 'Annex A d) row 14: base text TD2475');
add('lookup', AFTER, 'which text is td 2346', { ids: ['X.501 Amd.2'] }, 'Annex A d) row 5: base text TD2346');
add('lookup', AFTER, 'what is TD2461', { ids: ['X.1819'] }, 'Annex A a) row 2: base text TD2461');
add('lookup', AFTER, 'which text is based on TD1975', { ids: ['TR.5Gsec-bsf'] }, 'Annex A e) row 5');
add('lookup', MID25, 'TD2497?', { ids: ['Security standards roadmap'] }, 'Annex A e) row 3');
add('lookup', AFTER, 'the QKDN control and management rec', { ids: ids(texts, title(/control and management/i)) }, 'Annex A d) row 15 title');
add('lookup', AFTER, 'rec on vehicular edge computing', { ids: ids(texts, title(/vehicular edge computing/i)) }, 'Annex A a) row 9 title');
add('lookup', AFTER, 'password-less authentication', { ids: ids(texts, title(/password-less/i)) }, 'Annex A a) row 8 title');
add('lookup', AFTER, 'urban air mobility', { ids: ids(texts, title(/urban air mobility/i)) }, 'Annex A c) row 5 title');
add('lookup', AFTER, 'the USSD one', { ids: ids(texts, title(/USSD/)) }, 'Annex A c) row 2 title');
add('lookup', AFTER, 'zero touch deployment of massive iot', { ids: ids(texts, title(/zero-touch/i)) }, 'Annex A a) row 5 title');
add('lookup', AFTER, 'mobile messaging spam text', { ids: ids(texts, title(/mobile messaging spam/i)) }, 'Annex A a) row 4 title');
add('lookup', AFTER, 'e-KYC supplement', { ids: ids(texts, title(/e-KYC/)) }, 'Annex A e) row 6 title');
add('lookup', AFTER, 'C-V2X', { ids: ids(texts, title(/C-V2X/)) }, 'Annex A e) row 8 title');
add('lookup', AFTER, 'texts about digital twins', { ids: ids(texts, title(/digital twin/i)) }, 'Annex A d) row 1 title');
add('lookup', AFTER, 'which texts are about edge computing', { ids: ids(texts, title(/edge computing/i)) }, 'Annex A titles holding "edge computing"');
add('lookup', AFTER, 'IoT texts', { ids: ids(texts, title(/\bIoT\b/)) }, 'Annex A titles holding IoT');
add('lookup', AFTER, 'anything on quantum key distribution?', { ids: ids(texts, title(/quantum key distribution/i)) }, 'Annex A d) rows 14-15');
add('lookup', AFTER, 'digital financial services texts', { ids: ids(texts, title(/digital financial service/i)) }, 'Annex A c) row 2, e) rows 6-7');
add('lookup', AFTER, 'reference monitor', { ids: ids(texts, title(/reference monitor/i)) }, 'Annex A a) row 7 title');

// outcomes, routes, kinds, types
add('outcome', AFTER, 'what got approved?', { ids: ids(texts, status('tap-approved')) }, 'Annex A a)');
add('outcome', AFTER, 'which recs were not approved', { ids: ids(texts, status('tap-not-approved')) }, 'Annex A b)');
add('outcome', AFTER, 'anything determined?', { ids: ids(texts, status('tap-determined')) }, 'Annex A c)');
add('outcome', AFTER, 'list everything consented', { ids: ids(texts, status('aap-consented')) }, 'Annex A d)');
add('outcome', AFTER, "what's in AAP last call", { ids: ids(texts, status('aap-consented')) }, 'Annex A d)');
add('outcome', AFTER, 'which texts were agreed', { ids: ids(texts, status('agreed')) }, 'Annex A e)');
add('outcome', AFTER, 'tap approved for Q2', { ids: ids(texts, and(status('tap-approved'), Q(2))) }, 'Annex A a) rows 1-3');
add(
  'outcome',
  AFTER,
  'which recommendations are still pending approval',
  { ids: ids(texts, status('tap-determined', 'aap-consented')) },
  'Annex A c) and d): not yet approved',
);
add('outcome', AFTER, 'which ones failed at the meeting', { ids: ids(texts, status('tap-not-approved')) }, 'Annex A b)');
add('outcome', AFTER, 'Recs approved at the closing plenary', { ids: ids(texts, status('tap-approved')) }, 'Annex A a)');
add('route', AFTER, 'which texts went through TAP', { ids: ids(texts, route('tap')) }, 'Annex A a)-c): TAP');
add('route', AFTER, 'aap recs', { ids: ids(texts, route('aap')) }, 'Annex A d): AAP');
add('route', AFTER, 'what goes by agreement', { ids: ids(texts, route('agreement')) }, 'Annex A e): agreed');
add('route', AFTER, 'traditional approval texts for Q4', { ids: ids(texts, and(route('tap'), Q(4))) }, 'Annex A a) row 4, b)');
add('route', AFTER, 'alternative approval process texts from q8', { ids: ids(texts, and(route('aap'), Q(8))) }, 'Annex A d) rows 2-3');
add('kind', AFTER, 'new recs consented', { ids: ids(texts, and(status('aap-consented'), kind('new'))) }, 'Annex A d): 6 new');
add('kind', AFTER, 'revised texts', { ids: ids(texts, kind('revised')) }, 'Annex A e) rows 1-4: Rev.');
add('kind', AFTER, 'amendments', { ids: ids(texts, kind('amendment')) }, 'Annex A d): 9 Amendments');
add('kind', AFTER, 'were any corrigenda consented?', { ids: ids(texts, kind('corrigendum')) }, 'Annex A: no corrigendum');
add('kind', AFTER, 'Amd. texts for Q11', { ids: ids(texts, and(kind('amendment'), Q(11))) }, 'Annex A d) rows 4-12');
add('type', AFTER, 'supplements', { ids: ids(texts, type('suppl')) }, 'Annex A e) rows 6-8');
add('type', AFTER, 'which technical reports were agreed', { ids: ids(texts, type('tr')) }, 'Annex A e) row 5');
add('type', AFTER, 'other SG17 documents agreed', { ids: ids(texts, type('doc')) }, 'Annex A e) rows 1-4: 4 SG17 documents');
add('type', AFTER, 'recommendations determined for Q10', { ids: ids(texts, and(type('rec'), status('tap-determined'), Q(10))) }, 'Annex A c) row 4');
add('type', AFTER, 'suppls from q10', { ids: ids(texts, and(type('suppl'), Q(10))) }, 'Annex A e) rows 6-7');

// Questions
add('question', AFTER, 'q4 texts', { ids: ids(texts, Q(4)) }, 'Annex A: Q4/17 rows');
add('question', AFTER, 'what texts did question 13 produce', { ids: ids(texts, Q(13)) }, 'Annex A: Q13/17 rows');
add('question', AFTER, 'Q8/17 texts', { ids: ids(texts, Q(8)) }, 'Annex A: Q8/17 rows');
add('question', AFTER, 'texts of Q2', { ids: ids(texts, Q(2)) }, 'Annex A: Q2/17 rows');
add('question', AFTER, "what's consented for Q15", { ids: ids(texts, and(status('aap-consented'), Q(15))) }, 'Annex A d) rows 14-15');
add('question', AFTER, 'Q6 approved', { ids: ids(texts, and(status('tap-approved'), Q(6))) }, 'Annex A a) rows 5-6');
add('question', AFTER, 'anything from Q7 determined', { ids: ids(texts, and(status('tap-determined'), Q(7))) }, 'Annex A c) row 2');
add('question', AFTER, 'approved texts for questions 2 and 4', { ids: ids(texts, and(status('tap-approved'), Q(2, 4))) }, 'Annex A a) rows 1-4');
add('question', AFTER, 'Q.10 agreed', { ids: ids(texts, and(status('agreed'), Q(10))) }, 'Annex A e) rows 6-7');
add('question', AFTER, 'q 1 texts', { ids: ids(texts, Q(1)) }, 'Annex A e) rows 1-4');
add('question', TODAY, 'question 11 texts in last call', { ids: ids(texts, and(status('aap-consented'), Q(11))) }, 'Annex A d) rows 4-13');

// RGMs: by Question, time window, place, format, TBC
add('rgm', DURING, 'rgms for Q1', { ids: ids(rgms, Q(1)) }, '§2 Interim RGMs 1-6');
add('rgm', DURING, 'when are the q3 rgms', { ids: ids(rgms, Q(3)) }, '§2 Interim RGMs 7-8');
add('rgm', DURING, 'when is the Q11 rapporteur meeting?', { ids: ids(rgms, Q(11)) }, '§2 Interim RGMs 11');
add('rgm', DURING, 'q14 interim meeting', { ids: ids(rgms, Q(14)) }, '§2 Interim RGMs 13');
add('rgm', DURING, 'Q13 rgm', { ids: ids(rgms, Q(13)) }, '§2 Interim RGMs 12');
add('rgm', DURING, 'virtual rgms', { ids: ids(rgms, virtual) }, '§2 Interim RGMs: MyWorkspace');
add('rgm', DURING, 'which rgms are online', { ids: ids(rgms, virtual) }, '§2 Interim RGMs: MyWorkspace');
add('rgm', DURING, 'hybrid rgms', { ids: ids(rgms, (r) => r.format === 'hybrid') }, '§2 Interim RGMs 3: Hybrid (Virtual + Seoul)');
add('rgm', DURING, 'rgms in paris', { ids: ids(rgms, (r) => /Paris/.test(r.venue ?? '')) }, '§2 Interim RGMs 10');
add('rgm', DURING, 'any rgm in sweden?', { ids: ids(rgms, (r) => /Sweden/.test(r.venue ?? '')) }, '§2 Interim RGMs 11');
add('rgm', DURING, 'rgms in korea', { ids: ids(rgms, (r) => /Seoul/.test(r.venue ?? '')) }, '§2 Interim RGMs 3: Seoul');
add('rgm', DURING, 'rgms in europe', { ids: ids(rgms, (r) => /France|Sweden/.test(r.venue ?? '')) }, '§2 Interim RGMs 10-11: Paris, Stockholm');
add('rgm', DURING, 'rgms in geneva', { ids: [] }, '§2 Interim RGMs: none in Geneva');
add('rgm', DURING, 'which rgm is hosted by Soonchunhyang University', { ids: ids(rgms, (r) => r.host !== null) }, '§2 Interim RGMs 3');
add('rgm', DURING, 'tbc rgms', { ids: ids(rgms, tbc) }, '§2 Interim RGMs marked TBC');
add('rgm', DURING, 'which rgms are confirmed', { ids: ids(rgms, not(tbc)) }, '§2 Interim RGMs not marked TBC');
add('rgm', DURING, 'rgms in november', { ids: ids(rgms, during('2024-11-01', '2024-11-30')) }, '§2 Interim RGMs 1, 7, 8');
add('rgm', DURING, 'rgms in october', { ids: ids(rgms, during('2024-10-01', '2024-10-31')) }, '§2 Interim RGMs 11');
add('rgm', DURING, 'rgms in march 2025', { ids: ids(rgms, during('2025-03-01', '2025-03-31')) }, '§2 Interim RGMs 6');
add('rgm', DURING, 'rgms in 2025', { ids: ids(rgms, during('2025-01-01', '2025-12-31')) }, '§2 Interim RGMs dated 2025');
add('rgm', DURING, 'rgms at MyWorkspace', { ids: ids(rgms, virtual) }, '§2 Interim RGMs: MyWorkspace');
add('rgm', DURING, 'rgm about PKI', { ids: ids(rgms, (r) => r.topics.some((t) => /PKI/.test(t))) }, '§2 Interim RGMs 11: Directory, PKI');
add('rgm', DURING, 'when will X.1058-rev be discussed', { ids: ids(rgms, (r) => r.topics.some((t) => /X\.1058-rev/.test(t))) }, '§2 Interim RGMs 7');
add('rgm', DURING, 'next rgm', { first: 'sg17-2024-09/rgm-11' }, '§2 Interim RGMs 11: 7-11 Oct 2024 comes first');
add('rgm', AFTER, 'upcoming rgms', { ids: ids(rgms, from('2024-11-20')) }, '§2 Interim RGMs after 20 Nov 2024');
add('rgm', AFTER, 'rgms that already took place', { ids: ids(rgms, not(from('2024-11-20'))) }, '§2 Interim RGMs 7 and 11');
add('rgm', AFTER, 'rgms next week', { ids: ids(rgms, during('2024-11-25', '2024-12-01')) }, '§2 Interim RGMs 1, 8 (week of 25 Nov)');
add('rgm', AFTER, 'when is the next q15 rgm', { ids: ids(rgms, Q(15)) }, '§2 Interim RGMs 14');
add('rgm', AFTER, 'rgms in december', { ids: ids(rgms, during('2024-12-01', '2024-12-31')) }, '§2 Interim RGMs 2, 10');
add('rgm', AFTER, 'rgms in jan 2025', { ids: ids(rgms, during('2025-01-01', '2025-01-31')) }, '§2 Interim RGMs 3, 4, 12, 14 (Jan-Feb window)');
add('rgm', AFTER, 'next Q1 rgm', { first: 'sg17-2024-09/rgm-01' }, '§2 Interim RGMs 1: TBC 29 Nov 2024');
add('rgm', AFTER, 'next rgm?', { first: 'sg17-2024-09/rgm-08' }, '§2 Interim RGMs 8: 26-27 Nov 2024');
add('rgm', MID25, 'are there any rgms coming up', { ids: [] }, '§2: the last listed RGM is 4-6 Mar 2025');
add('rgm', MID25, 'which rgms have already happened', { ids: ids(rgms) }, '§2: all 14 RGMs before June 2025');
add('rgm', TODAY, 'when was the Q14 rgm', { ids: ids(rgms, Q(14)) }, '§2 Interim RGMs 13');

// new work items
add('workitem', AFTER, 'new work items', { ids: ids(workItems) }, 'Annex B');
add('workitem', AFTER, 'new work items by TAP', { ids: ids(workItems, route('tap')) }, 'Annex B: * marked');
add('workitem', AFTER, 'which new work items are for approval by agreement', { ids: ids(workItems, route('agreement')) }, 'Annex B: ** marked');
add('workitem', AFTER, 'new work items for Q10', { ids: ids(workItems, Q(10)) }, 'Annex B rows 8-9');
add('workitem', AFTER, 'new technical reports in the work programme', { ids: ids(workItems, type('tr')) }, 'Annex B rows 2, 3, 6');
add('workitem', AFTER, 'new work items on metaverse', { ids: ids(workItems, title(/metaverse/i)) }, 'Annex B rows 4, 6');
add('workitem', AFTER, 'new work item about blockchain', { ids: ids(workItems, title(/blockchain/i)) }, 'Annex B row 5');
add('workitem', AFTER, 'which work item is TD2418', { ids: ids(workItems, (w) => w.document === 'TD2418') }, 'Annex B row 10');
add('workitem', AFTER, 'Q6 new work items', { ids: ids(workItems, Q(6)) }, 'Annex B rows 4-5');
add('workitem', AFTER, 'X.oicc', { ids: ['X.oicc'] }, 'Annex B row 9');

// correspondence groups
add('cg', AFTER, 'correspondence groups', { ids: ids(cgs) }, '§1 SG17 Correspondence Groups');
add('cg', AFTER, 'which cg is new', { ids: ids(cgs, (g) => g.status === 'New') }, '§1: CG-RES New');
add('cg', AFTER, 'continued cgs', { ids: ids(cgs, (g) => g.status === 'continued') }, '§1: continued');
add('cg', AFTER, 'is there a cg on AI', { ids: ['CG-AIsec'] }, '§1: CG-AIsec');
add('cg', AFTER, 'child online protection group', { ids: ['CG-COP'] }, '§1: CG-COP');
add('cg', AFTER, 'which cg has its ToR in TD2443', { ids: ['CG-secapa'] }, '§1: CG-secapa, Revised ToR in TD2443');

// meetings by name
add('meeting', DURING, 'when is the next sg17 meeting', { ids: [NEXT_MEETING] }, '§2 Future SG17 meetings');
add('meeting', TODAY, 'next plenary?', { ids: [NEXT_MEETING] }, '§2 Future SG17 meetings: the data names the April 2025 meeting');
add('meeting', MID25, 'when does the study group meet next', { ids: [NEXT_MEETING] }, '§2 Future SG17 meetings');
add(
  'meeting',
  AFTER,
  'what will be approved at the April meeting',
  { ids: ids(texts, status('tap-determined')) },
  'Annex A c): determined for approval at the next meeting',
);
add('meeting', TODAY, 'what comes up for approval at the next plenary', { ids: ids(texts, status('tap-determined')) }, 'Annex A c)');
add('meeting', DURING, 'what did this meeting approve', { ids: ids(texts, status('tap-approved')) }, 'Annex A a)');
add('meeting', DURING, 'what was consented this time', { ids: ids(texts, status('aap-consented')) }, 'Annex A d)');
add('meeting', DURING, 'which texts were agreed at this meeting', { ids: ids(texts, status('agreed')) }, 'Annex A e)');
add('meeting', MID25, 'what did the September 2024 meeting determine', { ids: ids(texts, status('tap-determined')) }, 'Annex A c)');
add('meeting', AFTER, 'what was approved at the geneva meeting', { ids: ids(texts, status('tap-approved')) }, 'Annex A a)');
add('meeting', TODAY, 'is there a workshop at the next sg17 meeting?', { ids: [NEXT_MEETING] }, '§2: ITU mini workshop (TD2270) with the April 2025 meeting');

// exclusions, on every dimension
add('exclusion', AFTER, 'texts without q11 in last call', { ids: ids(texts, and(status('aap-consented'), not(Q(11)))) }, 'Annex A d) minus Q11');
add('exclusion', DURING, "rgms that aren't virtual", { ids: ids(rgms, not(virtual)) }, '§2 RGMs not MyWorkspace');
add('exclusion', AFTER, 'approved recs except Q6 and Q7', { ids: ids(texts, and(status('tap-approved'), not(Q(6, 7)))) }, 'Annex A a) minus Q6, Q7');
add(
  'exclusion',
  AFTER,
  'consented texts excluding amendments',
  { ids: ids(texts, and(status('aap-consented'), not(kind('amendment')))) },
  'Annex A d): the 6 new',
);
add(
  'exclusion',
  AFTER,
  'everything agreed other than the supplements',
  { ids: ids(texts, and(status('agreed'), not(type('suppl')))) },
  'Annex A e) minus Suppl.',
);
add('exclusion', AFTER, 'agreed texts apart from Q1', { ids: ids(texts, and(status('agreed'), not(Q(1)))) }, 'Annex A e) rows 5-8');
add('exclusion', AFTER, 'tap texts but not the approved ones', { ids: ids(texts, and(route('tap'), not(status('tap-approved')))) }, 'Annex A b), c)');
add('exclusion', AFTER, 'all outputs bar the amendments', { ids: ids(texts, not(kind('amendment'))) }, 'Annex A minus the 9 amendments');
add('exclusion', AFTER, 'aap minus Q15', { ids: ids(texts, and(route('aap'), not(Q(15)))) }, 'Annex A d) rows 1-13');
add('exclusion', AFTER, 'texts skipping Q11', { ids: ids(texts, not(Q(11))) }, 'Annex A minus Q11');
add('exclusion', DURING, 'rgms leaving out Q1', { ids: ids(rgms, not(Q(1))) }, '§2 RGMs 7-14');
add('exclusion', DURING, 'non-TBC rgms', { ids: ids(rgms, not(tbc)) }, '§2 RGMs not TBC');
add('exclusion', AFTER, 'texts that are neither amendments nor revised', { ids: ids(texts, not(kind('amendment', 'revised'))) }, 'Annex A: New rows');
add('exclusion', DURING, "rgms that aren't tbc", { ids: ids(rgms, not(tbc)) }, '§2 RGMs not TBC');
add('exclusion', AFTER, 'everything but the approved ones', { ids: ids(texts, not(status('tap-approved'))) }, 'Annex A b)-e)');
add(
  'exclusion',
  AFTER,
  'non-amendment texts going to last call',
  { ids: ids(texts, and(status('aap-consented'), not(kind('amendment')))) },
  'Annex A d): the 6 new',
);
add('exclusion', AFTER, 'new work items not by TAP', { ids: ids(workItems, not(route('tap'))) }, 'Annex B ** rows');
add('exclusion', AFTER, 'correspondence groups other than the new one', { ids: ids(cgs, (g) => g.status !== 'New') }, '§1: continued CGs');
add('exclusion', AFTER, 'q1 rgms except the virtual ones', { ids: ids(rgms, and(Q(1), not(virtual))) }, '§2 RGMs 2, 3');
add(
  'exclusion',
  AFTER,
  'approved recommendations that were never deferred',
  {
    ids: ids(
      texts,
      and(status('tap-approved'), (i) => i.notes.length === 0),
    ),
  },
  'Annex A a) without Notes 1-3',
);
add('exclusion', AFTER, 'determined texts apart from Q10 and Q13', { ids: ids(texts, and(status('tap-determined'), not(Q(10, 13)))) }, 'Annex A c) rows 1-3');
add(
  'exclusion',
  AFTER,
  'consented recs from questions other than 11 and 15',
  { ids: ids(texts, and(status('aap-consented'), not(Q(11, 15)))) },
  'Annex A d) rows 1-3',
);
add('exclusion', AFTER, 'texts not from Q1, Q2 or Q11', { ids: ids(texts, not(Q(1, 2, 11))) }, 'Annex A minus Q1, Q2, Q11');
add('exclusion', AFTER, "texts that weren't approved or consented", { ids: ids(texts, not(status('tap-approved', 'aap-consented'))) }, 'Annex A b), c), e)');
add('exclusion', DURING, 'confirmed rgms in 2025, not the tbc ones', { ids: ids(rgms, and(not(tbc), during('2025-01-01', '2025-12-31'))) }, '§2 RGMs 3, 13');
add('exclusion', DURING, 'non-virtual q1 rgms', { ids: ids(rgms, and(Q(1), not(virtual))) }, '§2 RGMs 2, 3');
add('exclusion', AFTER, 'texts except Recommendations', { ids: ids(texts, not(type('rec'))) }, 'Annex A e)');
add('exclusion', AFTER, 'all the supplements except 43', { ids: ids(texts, and(type('suppl'), not(id('X.Suppl.43')))) }, 'Annex A e) rows 6-7');
add('exclusion', AFTER, 'amendments bar X.509', { ids: ids(texts, and(kind('amendment'), not(id('X.509 Amd.1')))) }, 'Annex A d) amendments minus X.509 Amd.1');
add('exclusion', AFTER, 'approved texts from neither Q4 nor Q6', { ids: ids(texts, and(status('tap-approved'), not(Q(4, 6)))) }, 'Annex A a) minus Q4, Q6');
add('exclusion', DURING, "rgms except Q3's and Q1's", { ids: ids(rgms, not(Q(1, 3))) }, '§2 RGMs 9-14');
add('exclusion', AFTER, 'new work items excluding technical reports', { ids: ids(workItems, not(type('tr'))) }, 'Annex B minus TRs');
add('exclusion', AFTER, "cgs that aren't continued", { ids: ids(cgs, (g) => g.status !== 'continued') }, '§1: CG-RES');
add('exclusion', AFTER, 'texts other than TAP', { ids: ids(texts, not(route('tap'))) }, 'Annex A d), e)');
add('exclusion', AFTER, "recs that didn't go by AAP", { ids: ids(texts, and(type('rec'), not(route('aap')))) }, 'Annex A a)-c)');
add('exclusion', AFTER, 'which texts are not new', { ids: ids(texts, not(kind('new'))) }, 'Annex A: Amd. and Rev. rows');
add(
  'exclusion',
  AFTER,
  "approved texts that aren't about 5G",
  { ids: ids(texts, and(status('tap-approved'), not(title(/5G/)))) },
  'Annex A a) minus IMT-2020/5G titles',
);
add('exclusion', DURING, "rgms that aren't in Paris or Stockholm", { ids: ids(rgms, (r) => !/Paris|Stockholm/.test(r.venue ?? '')) }, '§2 RGMs minus 10, 11');
add('exclusion', AFTER, 'everything consented except X.1716', { ids: ids(texts, and(status('aap-consented'), not(id('X.1716')))) }, 'Annex A d) minus row 14');
add('exclusion', AFTER, 'tap determined but not from Q6', { ids: ids(texts, and(status('tap-determined'), not(Q(6)))) }, 'Annex A c) rows 2-5');
add(
  'exclusion',
  AFTER,
  "what's going to last call apart from the amendments",
  { ids: ids(texts, and(status('aap-consented'), not(kind('amendment')))) },
  'Annex A d): 6 new',
);
add(
  'exclusion',
  DURING,
  'rgms this year other than the q3 ones',
  { ids: ids(rgms, and(during('2024-01-01', '2024-12-31'), not(Q(3)))) },
  '§2 RGMs 1, 2, 10, 11',
);
add('exclusion', AFTER, 'texts that are not recommendations nor supplements', { ids: ids(texts, not(type('rec', 'suppl'))) }, 'Annex A e) rows 1-5');
add('exclusion', AFTER, "upcoming rgms that aren't q1", { ids: ids(rgms, and(from('2024-11-20'), not(Q(1)))) }, '§2 RGMs still to come, minus Q1');
add('exclusion', DURING, 'virtual rgms minus Q1', { ids: ids(rgms, and(virtual, not(Q(1)))) }, '§2 RGMs 9, 13');
add('exclusion', DURING, 'rgms not in 2025', { ids: ids(rgms, not(during('2025-01-01', '2025-12-31'))) }, '§2 RGMs dated 2024');
add(
  'exclusion',
  AFTER,
  'consented texts without an ISO/IEC equivalent',
  {
    ids: ids(
      texts,
      and(status('aap-consented'), (i) => i.equivalent === null),
    ),
  },
  'Annex A d): Equivalent column empty',
);
add(
  'exclusion',
  AFTER,
  'all texts except those from Q2 and Q4 that were approved',
  { ids: ids(texts, and(status('tap-approved'), not(Q(2, 4)))) },
  'Annex A a) minus Q2, Q4',
);
add('exclusion', AFTER, 'everything but Q11 going to LC', { ids: ids(texts, and(status('aap-consented'), not(Q(11)))) }, 'Annex A d) minus Q11');
add('exclusion', AFTER, 'new work items except the TAP ones', { ids: ids(workItems, not(route('tap'))) }, 'Annex B ** rows');

// counts
add('count', AFTER, 'how many texts were approved', { count: count(texts, status('tap-approved')) }, 'Annex A a): 9');
add('count', AFTER, 'how many recs went to AAP', { count: count(texts, route('aap')) }, 'Annex A d): 15');
add(
  'count',
  AFTER,
  'how many amendments are in last call',
  { count: count(texts, and(status('aap-consented'), kind('amendment'))) },
  'Annex A d): 9 Amendments',
);
add('count', AFTER, 'number of new texts consented', { count: count(texts, and(status('aap-consented'), kind('new'))) }, 'Annex A d): 6 new');
add('count', AFTER, 'how many supplements were agreed', { count: count(texts, type('suppl')) }, 'Annex A e): 3 Supplements');
add('count', AFTER, 'how many technical reports were agreed', { count: count(texts, type('tr')) }, 'Annex A e): 1 Technical Report');
add('count', AFTER, 'how many texts came from Q11', { count: count(texts, Q(11)) }, 'Annex A d) rows 4-13');
add('count', DURING, 'how many rgms does Q1 have', { count: count(rgms, Q(1)) }, '§2 RGMs 1-6');
add('count', DURING, 'how many rgms are virtual', { count: count(rgms, virtual) }, '§2 RGMs at MyWorkspace');
add('count', DURING, 'how many TBC rgms', { count: count(rgms, tbc) }, '§2 RGMs marked TBC');
add('count', AFTER, 'how many new work items', { count: count(workItems) }, 'Annex B: 10');
add('count', AFTER, 'how many work items go by agreement', { count: count(workItems, route('agreement')) }, 'Annex B ** rows');
add('count', AFTER, 'how many correspondence groups are active', { count: count(cgs) }, '§1: 4 CGs');
add('count', DURING, 'how many questions plan rgms', { count: questionsOf(rgms).length }, '§2: 8 Questions plan 14 RGMs');
add('count', DURING, 'how many rgms in total', { count: count(rgms) }, '§2: 14 RGMs');
add('count', AFTER, 'how many texts did SG17 determine', { count: count(texts, status('tap-determined')) }, 'Annex A c): 5');
add('count', AFTER, 'how many texts failed', { count: count(texts, status('tap-not-approved')) }, 'Annex A b): 2');
add('count', AFTER, 'how many texts have an ISO/IEC equivalent', { count: count(texts, (i) => i.equivalent !== null) }, 'Annex A d) Equivalent column');
add('count', AFTER, 'total number of texts approved or agreed', { count: count(texts, status('tap-approved', 'agreed')) }, 'Annex A a), e)');
add('count', AFTER, "how many approved recs aren't from Q2", { count: count(texts, and(status('tap-approved'), not(Q(2)))) }, 'Annex A a) minus Q2');
add('count', DURING, 'count the Q1 rgms that are not virtual', { count: count(rgms, and(Q(1), not(virtual))) }, '§2 RGMs 2, 3');
add('count', AFTER, 'how many texts except amendments', { count: count(texts, not(kind('amendment'))) }, 'Annex A minus 9 amendments');
add('count', AFTER, 'how many texts are listed in Annex A in total', { count: count(texts) }, 'Annex A a)-e): 9+2+5+15+8');
add('count', AFTER, 'how many rgms are left', { count: count(rgms, from('2024-11-20')) }, '§2 RGMs after 20 Nov 2024');
add('count', AFTER, 'how many rgms already happened', { count: count(rgms, not(from('2024-11-20'))) }, '§2 RGMs 7, 11');
add('count', AFTER, 'no. of rgms in Dec', { count: count(rgms, during('2024-12-01', '2024-12-31')) }, '§2 RGMs 2, 10');
add('count', AFTER, 'how many Q15 rgms', { count: count(rgms, Q(15)) }, '§2 RGM 14');
add('count', DURING, 'how many rgms in 2025', { count: count(rgms, during('2025-01-01', '2025-12-31')) }, '§2 RGMs dated 2025');
add('count', AFTER, 'how many texts went to last call without Q11', { count: count(texts, and(status('aap-consented'), not(Q(11)))) }, 'Annex A d) minus Q11');
add('count', AFTER, 'how many new work items are not technical reports', { count: count(workItems, not(type('tr'))) }, 'Annex B minus TRs');

// aggregations
add('aggregate', DURING, 'which question has the most rgms', { first: most(rgms) }, '§2: Q1/17 holds 6 of 14');
add('aggregate', AFTER, 'which Q had the most texts in last call', { first: most(texts, status('aap-consented')) }, 'Annex A d): Q11/17 10 of 15');
add('aggregate', AFTER, 'which question got the most recs approved', { first: most(texts, status('tap-approved')) }, 'Annex A a): Q2/17 3 of 9');
add('aggregate', AFTER, 'which question agreed the most documents', { first: most(texts, status('agreed')) }, 'Annex A e): Q1/17 4 of 8');
add('aggregate', AFTER, 'which question has the most texts overall', { first: most(texts) }, 'Annex A: Q11/17 10 of 39');
add('aggregate', DURING, 'which question has the most tbc rgms', { first: most(rgms, tbc) }, '§2: Q1/17 5 TBC');
add('aggregate', DURING, 'rgms per question', { ids: questionsOf(rgms) }, '§2: 8 Questions');
add('aggregate', AFTER, 'how many texts each question', { ids: questionsOf(texts) }, 'Annex A: 10 Questions');
add('aggregate', AFTER, 'approved texts per question', { ids: questionsOf(texts, status('tap-approved')) }, 'Annex A a)');
add('aggregate', AFTER, 'consented texts grouped by question', { ids: questionsOf(texts, status('aap-consented')) }, 'Annex A d)');
add('aggregate', DURING, 'which questions plan rgms', { ids: questionsOf(rgms) }, '§2: 8 Questions');
add('aggregate', AFTER, 'which questions had texts determined', { ids: questionsOf(texts, status('tap-determined')) }, 'Annex A c)');

// comparisons
add('compare', AFTER, 'compare the texts of Q10 and Q15', { groups: groups(texts, () => true, 10, 15) }, 'Annex A: Q10/17 and Q15/17 rows');
add('compare', AFTER, 'compare X.1716 and X.1717', { ids: ['X.1716', 'X.1717'] }, 'Annex A d) rows 14-15');
add('compare', AFTER, 'X.1818 vs X.1819', { ids: ['X.1818', 'X.1819'] }, 'Annex A a) rows 1-2');
add('compare', DURING, 'compare q1 and q3 rgms', { groups: groups(rgms, () => true, 1, 3) }, '§2 RGMs 1-8');
add('compare', AFTER, 'Q2 vs Q4 approved recs', { groups: groups(texts, status('tap-approved'), 2, 4) }, 'Annex A a) rows 1-4');
add('compare', AFTER, 'compare X.509 Amd.1 with X.508', { ids: ['X.509 Amd.1', 'X.508'] }, 'Annex A d) rows 6, 13');
add('compare', DURING, 'side by side: Q13 and Q14 rgms', { groups: groups(rgms, () => true, 13, 14) }, '§2 RGMs 12-13');
add('compare', AFTER, 'compare what Q6 and Q7 got', { groups: groups(texts, () => true, 6, 7) }, 'Annex A: Q6/17 and Q7/17 rows');
add('compare', AFTER, 'difference between X.1221 and X.1222', { ids: ['X.1221', 'X.1222'] }, 'Annex A b)');
add('compare', AFTER, 'compare q8 and q10 new work items', { groups: groups(workItems, () => true, 8, 10) }, 'Annex B rows 7-9');

// Unicode
add('unicode', AFTER, 'Ｘ.１７１６', { ids: ['X.1716'] }, 'Annex A d) row 14 (full-width)');
add('unicode', AFTER, 'what about X.17\u200b17', { ids: ['X.1717'] }, 'Annex A d) row 15 (zero-width space)');
add('unicode', AFTER, 'quántum texts', { ids: ids(texts, title(/quantum/i)) }, 'Annex A d) rows 14-15 (diacritic)');
add('unicode', AFTER, 'X\u2024509 Amd\u20241', { ids: ['X.509 Amd.1'] }, 'Annex A d) row 6 (one-dot leader)');
add('unicode', AFTER, 'X.5Gsec\u2013ctrl', { ids: ['X.1818'] }, 'Annex A a) row 1 (en dash)');
add('unicode', DURING, 'ｒｇｍ Ｑ１５', { ids: ids(rgms, Q(15)) }, '§2 RGM 14 (full-width)');
add('unicode', AFTER, 'td２４７５', { ids: ['X.1716'] }, 'Annex A d) row 14 (full-width digits)');
add('unicode', AFTER, 'X.1716\u00a0status', { ids: ['X.1716'] }, 'Annex A d) row 14 (no-break space)');
add('unicode', AFTER, 'the security manuál', { ids: ['Security Manual'] }, 'Annex A e) row 2 (diacritic)');
add(
  'unicode',
  AFTER,
  'what\u2019s going to last call for Q15?',
  { ids: ids(texts, and(status('aap-consented'), Q(15))) },
  'Annex A d) rows 14-15 (curly apostrophe)',
);
add('unicode', AFTER, 'X\ufe521283', { ids: ['X.1283'] }, 'Annex A a) row 8 (small full stop)');
add('unicode', AFTER, 'ＡＡＰ consented for Ｑ８', { ids: ids(texts, and(status('aap-consented'), Q(8))) }, 'Annex A d) rows 2-3 (full-width)');
add(
  'unicode',
  DURING,
  'Q1 rgm in Séoul',
  {
    ids: ids(
      rgms,
      and(Q(1), (r) => /Seoul/.test(r.venue ?? '')),
    ),
  },
  '§2 RGM 3 (diacritic)',
);
add('unicode', AFTER, 'X.sec_QKDN_ＣＭ', { ids: ['X.1717'] }, 'Annex A d) row 15 (full-width letters)');

// the summary's table columns and notes
add('column', AFTER, 'which texts have ISO/IEC equivalents?', { ids: ids(texts, (i) => i.equivalent !== null) }, 'Annex A d) Equivalent column');
add('column', AFTER, 'texts common with ISO/IEC 9594', { ids: ids(texts, (i) => /9594/.test(i.equivalent ?? '')) }, 'Annex A d) Equivalent column');
add('column', AFTER, 'which text matches ISO/IEC 9594-8', { ids: ids(texts, (i) => i.equivalent === 'ISO/IEC 9594-8') }, 'Annex A d) row 6');
add('column', AFTER, 'which texts have an A.5 justification', { ids: ids(texts, (i) => i.a5Reference !== null) }, 'Annex A d) rows 10, 13: (A.5 TD…)');
add('column', AFTER, 'texts with A.5 references', { ids: ids(texts, (i) => i.a5Reference !== null) }, 'Annex A d) rows 10, 13');
add('column', AFTER, 'which approved texts had been deferred before', { ids: ids(texts, (i) => i.notes.length > 0) }, 'Annex A a) Notes 1-3');
add(
  'column',
  AFTER,
  'which texts were re-determined',
  { ids: ids(texts, (i) => i.notes.some((n) => /re-determined/.test(data.footnotes[n - 1].text))) },
  'Annex A a) Notes 1-2',
);
add(
  'column',
  AFTER,
  'which text was first determined back in 2022',
  { ids: ids(texts, (i) => i.notes.some((n) => /2022/.test(data.footnotes[n - 1].text))) },
  'Annex A a) Note 1',
);
add(
  'column',
  AFTER,
  'which text had its approval deferred by the Feb/Mar 2024 meeting',
  { ids: ids(texts, (i) => i.notes.some((n) => /deferred by SG17 Feb\/Mar 2024/.test(data.footnotes[n - 1].text))) },
  'Annex A a) Note 3',
);
add('column', AFTER, 'what is the base text of X.1717', { ids: ['X.1717'] }, 'Annex A d) row 15: TD2474');
add('column', AFTER, 'which text has base text TD2343', { ids: ids(texts, (i) => i.baseText === 'TD2343') }, 'Annex A a) row 3');
add('column', AFTER, 'texts based on R63', { ids: ids(texts, (i) => i.baseText === 'R63') }, 'Annex A a) row 5');
add('column', AFTER, 'what does TD2355 justify', { ids: ids(texts, (i) => i.a5Reference === 'TD2355') }, 'Annex A d) row 10: A.5 TD2355');
add(
  'column',
  AFTER,
  'which determined text has no base text listed',
  {
    ids: ids(
      texts,
      and(status('tap-determined'), (i) => i.baseText === null),
    ),
  },
  'Annex A c) row 1: no TD',
);

// what the data cannot answer
add('honest', AFTER, 'who proposed X.1716?', { honest: true }, 'the summary names no proposers');
add('honest', AFTER, 'who is the rapporteur for Q15', { honest: true }, 'the summary names no rapporteurs');
add('honest', MID25, 'when will X.1716 be published', { honest: true }, 'no publication dates in the summary');
add('honest', AFTER, 'will X.1355 be approved in april?', { honest: true }, 'a future outcome');
add('honest', AFTER, 'who objected to X.1221', { honest: true }, 'Annex A b) gives no reasons or objectors');
add('honest', AFTER, 'who is the editor of X.1283', { honest: true }, 'the summary names no editors');
add('honest', AFTER, "what's the weather in geneva", { honest: true }, 'not SG17 data');
add('honest', TODAY, 'what did the April 2025 meeting approve', { honest: true }, 'the data holds no outcomes of the April 2025 meeting');
add('honest', AFTER, 'why was X.1222 not approved', { honest: true }, 'Annex A b) gives no reasons');
add('honest', AFTER, 'which company wrote X.1818', { honest: true }, 'the summary names no authors');

// ---- conversations ---------------------------------------------------------------------------------

const convs = [];
const conv = (cat, now, turns, expect, why) => convs.push({ cat, now, turns, expect, why });
conv(
  'follow-up',
  AFTER,
  ['what is in last call for Q11?', 'what about Q15?'],
  { ids: ids(texts, and(status('aap-consented'), Q(15))) },
  'Annex A d) rows 14-15',
);
conv(
  'narrow',
  AFTER,
  ['which texts are in last call?', 'only the amendments'],
  { ids: ids(texts, and(status('aap-consented'), kind('amendment'))) },
  'Annex A d) amendments',
);
conv('next', AFTER, ['rgms for Q1', 'and the next one?'], { first: 'sg17-2024-09/rgm-01' }, '§2 RGM 1');
conv('count', AFTER, ['approved recs', 'how many of those?'], { count: count(texts, status('tap-approved')) }, 'Annex A a)');
conv('follow-up', AFTER, ['what happened to X.1716', 'and X.1717?'], { ids: ['X.1717'] }, 'Annex A d) row 15');
conv('narrow', AFTER, ['tap determined', 'which of them are from Q10?'], { ids: ids(texts, and(status('tap-determined'), Q(10))) }, 'Annex A c) row 4');
conv('count', DURING, ['virtual rgms', 'how many of those?'], { count: count(rgms, virtual) }, '§2 MyWorkspace RGMs');
conv(
  'narrow',
  AFTER,
  ['consented texts for Q11', 'without the amendments'],
  { ids: ids(texts, and(status('aap-consented'), Q(11), not(kind('amendment')))) },
  'Annex A d) row 13',
);
conv('follow-up', AFTER, ['rgms in december', 'and in january?'], { ids: ids(rgms, during('2025-01-01', '2025-01-31')) }, '§2 RGMs in Jan 2025');
conv('narrow', AFTER, ['new work items', 'only the TAP ones'], { ids: ids(workItems, route('tap')) }, 'Annex B * rows');
conv('narrow', AFTER, ['q4 texts', 'which were not approved?'], { ids: ids(texts, and(status('tap-not-approved'), Q(4))) }, 'Annex A b)');
conv('follow-up', AFTER, ['compare X.1716 and X.1717', 'and their rgms?'], { ids: ids(rgms, Q(15)) }, '§2 RGM 14');
conv('narrow', AFTER, ['agreed texts', 'just the supplements'], { ids: ids(texts, type('suppl')) }, 'Annex A e) rows 6-8');
conv('narrow', DURING, ['tbc rgms', 'except Q1'], { ids: ids(rgms, and(tbc, not(Q(1)))) }, '§2 TBC RGMs minus Q1');
conv('follow-up', AFTER, ['texts from Q2', 'what about Q13?'], { ids: ids(texts, Q(13)) }, 'Annex A Q13/17 rows');
conv('count', AFTER, ['which texts have ISO equivalents', 'how many?'], { count: count(texts, (i) => i.equivalent !== null) }, 'Annex A d) Equivalent column');
conv('narrow', AFTER, ['approved texts', 'excluding Q2'], { ids: ids(texts, and(status('tap-approved'), not(Q(2)))) }, 'Annex A a) minus Q2');
conv('narrow', AFTER, ['cgs', 'which one is new?'], { ids: ids(cgs, (g) => g.status === 'New') }, '§1 CG-RES');
conv('follow-up', AFTER, ['next sg17 meeting', 'what will be approved there?'], { ids: ids(texts, status('tap-determined')) }, 'Annex A c)');
conv('follow-up', DURING, ['rgms in paris', 'and in stockholm?'], { ids: ids(rgms, (r) => /Stockholm/.test(r.venue ?? '')) }, '§2 RGM 11');
conv('aggregate', AFTER, ['aap', 'per question please'], { ids: questionsOf(texts, status('aap-consented')) }, 'Annex A d)');
conv('follow-up', AFTER, ["what's in last call for q15", 'and for q8?'], { ids: ids(texts, and(status('aap-consented'), Q(8))) }, 'Annex A d) rows 2-3');
conv('aggregate', AFTER, ['approved recs', 'which question has the most?'], { first: most(texts, status('tap-approved')) }, 'Annex A a)');
conv(
  'narrow',
  DURING,
  ['rgms in 2025', 'not the virtual ones'],
  { ids: ids(rgms, and(during('2025-01-01', '2025-12-31'), not(virtual))) },
  '§2 RGMs 3, 12, 14',
);
conv('count', AFTER, ['new work items for q10', 'how many is that'], { count: count(workItems, Q(10)) }, 'Annex B rows 8-9');

// ---- write ---------------------------------------------------------------------------------------

const pad = (n, w) => String(n).padStart(w, '0');
const questions = cases.map((c, i) => ({ id: `h${pad(i + 1, 3)}`, q: c.q, now: c.now, expect: c.expect, why: `[${c.cat}] ${c.why}` }));
const conversations = convs.map((c, i) => ({ id: `c${pad(i + 1, 2)}`, now: c.now, turns: c.turns, expect: c.expect, why: `[${c.cat}] ${c.why}` }));
const dupes = questions.map((c) => c.q).filter((q, i, all) => all.indexOf(q) !== i);
if (dupes.length) throw new Error(`duplicate questions: ${dupes.join(', ')}`);
writeFileSync(new URL('../test/fixtures/heldout-questions.json', import.meta.url), `${JSON.stringify(questions, null, 2)}\n`);
writeFileSync(new URL('../test/fixtures/heldout-conversations.json', import.meta.url), `${JSON.stringify(conversations, null, 2)}\n`);
// Biome formats the fixtures as the repository's lint expects them.
execFileSync('npx', ['biome', 'format', '--write', 'test/fixtures/heldout-questions.json', 'test/fixtures/heldout-conversations.json'], {
  cwd: new URL('..', import.meta.url),
  stdio: 'ignore',
});
const byCat = (list) => {
  const n = new Map();
  for (const c of list) n.set(c.cat, (n.get(c.cat) ?? 0) + 1);
  return [...n].map(([k, v]) => `${k} ${v}`);
};
console.log(`${questions.length} questions: ${byCat(cases).join(', ')}`);
console.log(`${conversations.length} conversations: ${byCat(convs).join(', ')}`);
