/**
 * The model the blind held-out sets' expectations are filters over (scripts/heldout2-, heldout3-,
 * heldout4-expect.mjs): the summary's tables as plain records, small filters to combine, and the one
 * way a set is written. Each set's questions and clocks stay in its own script; this was one copy in
 * each of them.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

export const data = JSON.parse(readFileSync(new URL('../data/sg17-2024-09.json', import.meta.url), 'utf8'));

// ---- the model, from the summary's tables -------------------------------------------------------

export const ROUTE = { a: 'tap', b: 'tap', c: 'tap', d: 'aap', e: 'agreement' };
/** Annex A e): 3 Supplements, 1 Technical Report, 4 other SG17 documents; a)–d) are Recommendations. */
export const typeOf = (i) => (i.section !== 'e' ? 'rec' : i.number.startsWith('X.Suppl') ? 'suppl' : i.number.startsWith('TR.') ? 'tr' : 'doc');
export const texts = data.items.map((i) => ({ ...i, id: i.number, route: ROUTE[i.section], type: typeOf(i), q: i.question }));
export const workItems = data.workItems.map((w) => ({
  ...w,
  id: w.acronym ?? `sg17-2024-09/work-item-${w.seq}`,
  q: w.question,
  type: w.title.startsWith('Technical Report') ? 'tr' : 'rec',
}));
export const rgms = data.rgms.map((r) => {
  const w = r.when;
  const first = w.kind === 'days' ? w.range.start : w.kind === 'window' ? `${w.from}-01` : w.options[0].start;
  const last = w.kind === 'days' ? w.range.end : w.kind === 'window' ? `${w.to}-28` : w.options.at(-1).end;
  return { ...r, q: r.question, first, last };
});
export const cgs = data.correspondenceGroups.map((g) => ({ ...g, id: g.acronym }));
export const NEXT_MEETING = data.futureMeetings[0].title;
/** Highlights and statistics answers carry the meeting itself as their one item. */
export const THIS_MEETING = data.id;

export const Q =
  (...ns) =>
  (x) =>
    ns.map((n) => `Q${n}/17`).includes(x.q);
export const not = (f) => (x) => !f(x);
export const and =
  (...fs) =>
  (x) =>
    fs.every((f) => f(x));
export const status =
  (...s) =>
  (x) =>
    s.includes(x.status);
export const kind =
  (...k) =>
  (x) =>
    k.includes(x.kind);
export const type =
  (...t) =>
  (x) =>
    t.includes(x.type);
export const route =
  (...r) =>
  (x) =>
    r.includes(x.route);
export const title = (re) => (x) => re.test(x.title);
export const id =
  (...list) =>
  (x) =>
    list.includes(x.id);
export const virtual = (r) => r.format === 'virtual';
export const hybrid = (r) => r.format === 'hybrid';
export const tbc = (r) => r.tbc;
/** No venue named yet: blank or "tbd" in the summary. */
export const noVenue = (r) => r.venue === null || /^tbd$/i.test(r.venue);
export const venue = (re) => (r) => re.test(`${r.venue ?? ''} ${r.host ?? ''}`);
/** An RGM whose dates (or date window) overlap [from, to]. */
export const during = (from, to) => (r) => r.first <= to && r.last >= from;
/** An RGM not yet over at `day`. */
export const from = (day) => (r) => r.last >= day;
export const equivalent = (i) => i.equivalent !== null;
export const a5 = (i) => i.a5Reference !== null;
export const noted = (re) => (i) => i.notes.some((n) => re.test(data.footnotes[n - 1].text));

export const ids = (list, f = () => true) => list.filter(f).map((x) => x.id);
export const count = (list, f = () => true) => list.filter(f).length;
export const byDate = (list) => [...list].sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
export const soonest = (list, f) => byDate(list.filter(f))[0].id;
/** The Question holding most of `list` that pass `f`; refuses a tie (a "most" question must have one answer). */
export function most(list, f = () => true) {
  const n = new Map();
  for (const x of list.filter(f)) n.set(x.q, (n.get(x.q) ?? 0) + 1);
  const sorted = [...n.entries()].sort((a, b) => b[1] - a[1]);
  if (sorted.length > 1 && sorted[0][1] === sorted[1][1]) throw new Error(`tie for most: ${JSON.stringify(sorted)}`);
  return sorted[0][0];
}
export const groups = (list, f, ...qs) => Object.fromEntries(qs.map((n) => [`Q${n}/17`, ids(list, and(f, Q(n)))]));

export const questionsOf = (list, f = () => true) => new Set(list.filter(f).map((x) => x.q)).size;

// ---- write ---------------------------------------------------------------------------------------

/**
 * Writes test/fixtures/<set>-questions.json and <set>-conversations.json: ids in order, no question
 * twice, none copied from the `earlier` sets' files (case and spacing aside), formatted by Biome.
 */
export function writeSet(set, cases, convs, earlier) {
  const pad = (n, w) => String(n).padStart(w, '0');
  const questions = cases.map((c, i) => ({ id: `h${pad(i + 1, 3)}`, q: c.q, now: c.now, expect: c.expect, why: `[${c.cat}] ${c.why}` }));
  const conversations = convs.map((c, i) => ({ id: `c${pad(i + 1, 2)}`, now: c.now, turns: c.turns, expect: c.expect, why: `[${c.cat}] ${c.why}` }));
  const key = (q) => q.toLowerCase().replace(/\s+/g, ' ');
  const dupes = questions.map((c) => key(c.q)).filter((q, i, all) => all.indexOf(q) !== i);
  if (dupes.length) throw new Error(`duplicate questions: ${dupes.join(', ')}`);
  const seen = new Set(earlier.flatMap((f) => JSON.parse(readFileSync(new URL(`../test/fixtures/${f}`, import.meta.url), 'utf8')).map((c) => key(c.q))));
  const copied = questions.filter((c) => seen.has(key(c.q)));
  if (copied.length) throw new Error(`in an earlier held-out set already: ${copied.map((c) => c.q).join(', ')}`);
  for (const c of [...cases, ...convs]) {
    const e = c.expect;
    if (e.first === undefined && e.ids?.some((x) => x === undefined || x === null)) throw new Error(`bad ids: ${c.q ?? c.turns}`);
  }
  const files = [`test/fixtures/${set}-questions.json`, `test/fixtures/${set}-conversations.json`];
  writeFileSync(new URL(`../${files[0]}`, import.meta.url), `${JSON.stringify(questions, null, 2)}\n`);
  writeFileSync(new URL(`../${files[1]}`, import.meta.url), `${JSON.stringify(conversations, null, 2)}\n`);
  // Biome formats the fixtures as the repository's lint expects them.
  execFileSync('npx', ['biome', 'format', '--write', ...files], { cwd: new URL('..', import.meta.url), stdio: 'ignore' });
  const byCat = (list) => {
    const n = new Map();
    for (const c of list) n.set(c.cat, (n.get(c.cat) ?? 0) + 1);
    return [...n].map(([k, v]) => `${k} ${v}`);
  };
  console.log(`${questions.length} questions: ${byCat(cases).join(', ')}`);
  console.log(`${conversations.length} conversations: ${byCat(convs).join(', ')}`);
}
