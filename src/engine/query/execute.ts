/**
 * One executor answers every Query: the list commands (aap, tap, agreed, texts, new, rgm), the
 * free-text questions and Discord's options all end here. Lists are the set matching every
 * filter; "how many" puts the number first; several ids or terms are answered side by side.
 */
import type { Catalog, DocEntry, RgmRecord, WorkItemRecord } from '../../dataset/catalog.js';
import { meetingLabel } from '../../dataset/catalog.js';
import type { Answer, ListItem, Section } from '../answer.js';
import type { CommandContext } from '../command.js';
import { entryData, entryLine, rgmData, rgmLine, routeName, sourceLabel, sourceOfMeetings, venueStated, workItemData, workItemLine } from '../format.js';
import { formatDay, formatRange, utcDay, windowText } from '../format-dates.js';
import { describeWhen } from '../rgm-dates.js';
import { noneFound } from '../listing.js';
import { compareWhen, isUpcoming, rgmFirstDay, rgmLastDay } from '../rgm-dates.js';
import { rec } from '../commands/rec.js';
import { explain } from '../commands/explain.js';
import { question as questionCommand } from '../commands/q.js';
import { search } from '../commands/search.js';
import { groupsAnswer } from './groups.js';
import { meeting } from '../commands/meeting.js';
import { stats } from '../commands/stats.js';
import { highlightsAnswer } from './highlights.js';
import { type EarlierStep, flaggedWithin, STEP_FLAGS, stepsWithin } from './history.js';
import { mentions } from './mentions.js';
import { docTypeOf, excludedBy, excludedByGroup, exclusionWords, groupWords, flagsHold, kindOf, workItemType, venueMatches } from './dimensions.js';
import type { DocType, Outcome, Query, RgmFormat, RgmState, TextFlag, TextKind } from './model.js';
import { lastQuestionOf } from './follow-up.js';
import { READ } from './reading-words.js';
import { NEVER_RECORDED } from './words.js';

/** What the executor cannot know by itself (help is generated from the registry, which imports the commands). */
export interface ExecuteExtras {
  readonly help?: () => Answer;
}

/** Answer a Query; the answer says what it executed, for a follow-up to refine (./follow-up.ts). */
export async function execute(query: Query, ctx: CommandContext, extras: ExecuteExtras = {}): Promise<Answer> {
  const answer = await answerOf(query, ctx, extras);
  // Every answer is built afresh for each call, so this sets nothing shared.
  const asked = lastQuestionOf(query, answer);
  if (asked) answer.asked = asked;
  return answer;
}

async function answerOf(query: Query, ctx: CommandContext, extras: ExecuteExtras): Promise<Answer> {
  if (query.none && query.perQuestion) return answerOf(holdingNone(query, ctx.catalog), ctx, extras);
  if (query.sideBySide && (query.questions?.length ?? 0) >= 2 && LISTS.has(query.ask)) return questionsSideBySide(query, ctx, extras);
  switch (query.ask) {
    case 'texts':
      return counted(query, query.perQuestion ? perQuestionAnswer(query, ctx) : withAgeNote(textsAnswer(query, ctx.catalog), ctx));
    case 'work-items':
      return counted(query, query.perQuestion ? perQuestionAnswer(query, ctx) : withAgeNote(workItemsAnswer(query, ctx.catalog), ctx));
    case 'rgms':
      return counted(query, query.perQuestion ? perQuestionAnswer(query, ctx) : rgmsAnswer(query, ctx));
    case 'ids':
      if (query.ids?.length === 1) return rec.handle({ id: query.ids[0]! }, ctx);
      return sideBySide(await Promise.all((query.ids ?? []).map((id) => rec.handle({ id }, ctx))), 'rec', query.ids);
    case 'define':
      return sideBySide(await Promise.all((query.terms ?? []).map((term) => explain.handle({ term }, ctx))), 'explain');
    case 'question':
      return withAgeNote(await questionCommand.handle({ question: query.questions?.[0] ?? '' }, ctx), ctx);
    case 'search':
      return search.handle({ text: query.words ?? '' }, ctx);
    case 'groups':
      return counted(query, groupsAnswer(ctx.catalog, query.words, query.not));
    case 'meetings':
      return meeting.handle({}, ctx);
    case 'stats':
      return stats.handle({}, ctx);
    case 'highlights':
      return withAgeNote(highlightsAnswer(ctx.catalog, query), ctx);
    case 'help':
      return extras.help ? extras.help() : oneLine(ctx, 'help', 'Help', 'Type "help" for the commands.');
    case 'greeting':
      return oneLine(
        ctx,
        'greeting',
        'Hello',
        'Hello! Ask me about SG17 outcomes, e.g. "what is going to last call?" or "any RGMs this week?" ("help" lists the commands).',
      );
    case 'thanks':
      return oneLine(ctx, 'thanks', "You're welcome", "You're welcome!");
    case 'not-held':
      return notHeldAnswer(query, ctx.catalog);
  }
}

const LISTS: ReadonlySet<Query['ask']> = new Set(['texts', 'work-items', 'rgms']);

/** "compare Q10 and Q15": the list asked, once per Question, one section and one group each. */
async function questionsSideBySide(query: Query, ctx: CommandContext, extras: ExecuteExtras): Promise<Answer> {
  const questions = query.questions ?? [];
  const answers = await Promise.all(questions.map((q) => execute({ ...query, questions: [q], sideBySide: undefined, count: undefined }, ctx, extras)));
  const sections: Section[] = [];
  const groups: { label: string; ids: string[] }[] = [];
  const items: Record<string, unknown>[] = [];
  answers.forEach((a, i) => {
    const ids = a.data.items.map((x) => String(x.id ?? ''));
    groups.push({ label: questions[i]!, ids });
    sections.push(
      typeof a.summary === 'string' ? { heading: `${questions[i]} (${ids.length})`, text: a.summary } : { heading: `${questions[i]} (${ids.length})` },
    );
    for (const s of a.sections) if (s.items?.length) sections.push(s.heading ? s : { ...s, heading: questions[i] });
    items.push(...a.data.items);
  });
  const first = answers[0]!;
  const dash = first.title.indexOf(' — ');
  const what = dash === -1 ? first.title : first.title.slice(0, dash);
  const counts = groups.map((g) => `${g.label} ${g.ids.length}`).join(', ');
  return {
    kind: first.kind,
    ok: answers.some((a) => a.ok),
    title: `${what} — ${questions.join(' and ')} side by side`,
    summary: `${what}, side by side: ${counts}.`,
    sections,
    source: [...new Set(answers.map((a) => a.source))].join('; '),
    data: { kind: first.data.kind, items, groups, ...(query.count ? { count: items.length } : {}) },
  };
}

/**
 * Outcomes asked after an SG17 meeting the data plans has ended ("what was approved", asked in
 * 2026): the answer says whose outcomes these are, and that later meetings' are not in the data.
 */
function withAgeNote(answer: Answer, ctx: CommandContext): Answer {
  const latest = ctx.catalog.latest;
  const today = utcDay(ctx.now);
  const since = latest.futureMeetings.find((f) => f.range && f.range.end < today)?.range;
  if (!since || typeof answer.summary !== 'string') return answer;
  const note = `These are the outcomes of ${meetingLabel(latest)}, the latest meeting in the data; the SG17 meeting of ${formatRange(since.start, since.end)} and any later ones are not in it.`;
  return { ...answer, summary: `${answer.summary} ${note}`.trim() };
}

function oneLine(ctx: CommandContext, kind: string, title: string, summary: string): Answer {
  return { kind, ok: true, title, summary, sections: [], source: sourceLabel(ctx.catalog.latest), data: { kind, items: [] } };
}

// ---------------------------------------------------------------- Annex A texts

const GROUPS: readonly { status: Outcome; heading: string; short: string; annex: string }[] = [
  { status: 'tap-approved', heading: 'Approved', short: 'TAP approved', annex: 'a)' },
  { status: 'tap-not-approved', heading: 'Not approved', short: 'TAP not approved', annex: 'b)' },
  { status: 'tap-determined', heading: 'Determined — for approval at the next SG17 meeting', short: 'TAP determined', annex: 'c)' },
  { status: 'aap-consented', heading: 'AAP consented — going to AAP Last Call', short: 'AAP consented', annex: 'd)' },
  { status: 'agreed', heading: 'Agreed', short: 'agreed', annex: 'e)' },
];
const TAP: readonly Outcome[] = ['tap-approved', 'tap-not-approved', 'tap-determined'];

export function matchingEntries(catalog: Catalog, query: Query): DocEntry[] {
  const questions = query.questions ?? [];
  const pool = questions.length ? questions.flatMap((q) => catalog.questions.get(q)?.entries ?? []) : catalog.entries;
  return pool.filter((e) => {
    const item = e.latest.item;
    if (!flagsHold(query.flags, e) || excludedBy(query.not, 'texts', e) || excludedByGroup(query.excludeAll, 'texts', e)) return false;
    if (query.kinds?.length && !query.kinds.includes(kindOf(item) as TextKind)) return false;
    if (query.types?.length && !query.types.includes(docTypeOf(item))) return false;
    if (query.meeting && e.latest.meeting.id !== query.meeting) return false;
    if (query.timing && (query.timing === READ.none ? !!item.timing : item.timing !== query.timing)) return false;
    if (!actedAsAsked(e, query)) return false;
    return mentions({ title: item.title, names: e.names }, query.words);
  });
}

/**
 * The outcome asked, within the time window asked: the text's latest status at a meeting held within
 * it, or (a window asked, no meeting named) a step the Notes give it at a meeting then ("determined
 * in 2022": X.1353, approved since).
 */
function actedAsAsked(e: DocEntry, query: Query): boolean {
  const { item, meeting } = e.latest;
  const outcome = !query.outcomes?.length || query.outcomes.includes(item.status);
  const windowed = (query.from !== undefined || query.to !== undefined) && !query.meeting;
  // "deferred in 2023": asked with a flag that is a dated step of the Notes, the window is that step's.
  const dated = windowed ? (query.flags ?? []).filter((f) => STEP_FLAGS.includes(f)) : [];
  if (dated.length) return outcome && dated.every((f) => flaggedWithin(e, f, query.from, query.to).length > 0);
  // "first determined at the September meeting": the text's first determination is that meeting's.
  if (query.meeting && query.flags?.includes('first-determined') && flaggedWithin(e, 'first-determined', meeting.range.start, meeting.range.end).length === 0)
    return false;
  const within = !(query.from && meeting.range.end < query.from) && !(query.to && meeting.range.start > query.to);
  if (within && outcome) return true;
  return windowed && stepsWithin(e, query.outcomes, query.from, query.to).length > 0;
}

const FLAG_TITLES: Readonly<Record<TextFlag, string>> = {
  'iso-equivalent': 'with an ISO/IEC equivalent',
  a5: 'with an A.5 justification',
  'deferred-before': 'approval deferred at an earlier meeting (Notes)',
  're-determined': 'determined again after an earlier determination (Notes)',
  'first-determined': 'first determined (Notes, or at this meeting)',
  'base-text': 'with a base-text TD',
};

/** "not Q11, not virtual": what the Query leaves out, for titles. */
function excludedText(query: Query): string {
  const words = exclusionWords(query);
  const pairs: string[] = [];
  for (let i = 0; i + 1 < words.length; i += 2) pairs.push(`${words[i]} ${words[i + 1]}`);
  return [...pairs, ...groupWords(query)].join(', ');
}

const KIND_WORDS: Readonly<Record<TextKind, string>> = { new: 'new', revised: 'revised', amendment: 'amendments', corrigendum: 'corrigenda' };
const TYPE_WORDS: Readonly<Record<DocType, string>> = {
  recommendation: 'Recommendations',
  supplement: 'Supplements',
  'technical-report': 'Technical Reports',
  other: 'other SG17 documents',
};

/** " — new amendments, Supplements — Q15/17 — about iot" */
function filterSuffix(query: Query): string {
  const what = [...(query.kinds ?? []).map((k) => KIND_WORDS[k]), ...(query.types ?? []).map((t) => TYPE_WORDS[t])].join(' ');
  const flags = (query.flags ?? []).map((f) => FLAG_TITLES[f]).join(', ');
  return [what, (query.questions ?? []).join(', '), flags, query.words ? `about "${query.words}"` : '', excludedText(query)]
    .filter(Boolean)
    .map((s) => ` — ${s}`)
    .join('');
}

function textsAnswer(query: Query, catalog: Catalog): Answer {
  const outcomes = (query.outcomes?.length ? query.outcomes : GROUPS.map((g) => g.status)).filter(
    (o) =>
      !query.not?.outcomes?.includes(o) &&
      !query.not?.routes?.some((r) => (r === 'tap' ? TAP.includes(o) : r === 'aap' ? o === 'aap-consented' : o === 'agreed')),
  );
  const style =
    outcomes.length === 1 && outcomes[0] === 'aap-consented'
      ? 'aap'
      : outcomes.length === 1 && outcomes[0] === 'agreed'
        ? 'agreed'
        : outcomes.every((o) => TAP.includes(o))
          ? 'tap'
          : 'texts';
  const entries = matchingEntries(catalog, query);
  const focus =
    style === 'tap' && outcomes.length === 1
      ? ` ${GROUPS.find((g) => g.status === outcomes[0])!
          .heading.split(' —')[0]!
          .toLowerCase()}`
      : '';
  const base = {
    aap: 'AAP consented — going to AAP Last Call',
    agreed: 'Agreed non-normative texts',
    tap: `TAP Recommendations${
      style === 'tap' && outcomes.length === 2
        ? ` ${outcomes
            .map((o) =>
              GROUPS.find((g) => g.status === o)!
                .heading.split(' —')[0]!
                .toLowerCase(),
            )
            .join(' or ')}`
        : focus
    }`,
    texts: query.outcomes?.length ? `Texts ${outcomes.map((o) => GROUPS.find((g) => g.status === o)!.short).join(' or ')}` : 'Texts acted on',
  }[style];
  const held = query.meeting ? catalog.meetings.find((m) => m.id === query.meeting) : undefined;
  // "deferred in 2023": the window is the step's (the flag in the title says which), not the latest action's.
  const stepDated = query.flags?.some((f) => STEP_FLAGS.includes(f)) ?? false;
  const timed = query.timing ? (query.timing === READ.none ? ' — no Timing' : ` — Timing ${query.timing}`) : '';
  const at = `${query.meeting ? ` — at ${held ? meetingLabel(held) : query.meeting}` : ''}${timed}${query.from || query.to ? ` — ${stepDated ? '' : 'acted on '}${windowText(query.from, query.to)}` : ''}`;
  const title = `${base}${filterSuffix(query)}${at}`;
  const kind = style;
  if (entries.length === 0) {
    // The steps asked stay in the sentence ("No texts TAP determined or AAP consented for Q4/17"), not just "No texts".
    const named =
      style === 'aap' ? 'AAP-consented Recommendations' : style === 'agreed' ? 'agreed texts' : style === 'tap' ? base : base.replace(/^Texts/, 'texts');
    const what = `${named}${filterSuffix({ ...query, questions: [] })}${at}`;
    return noneFound(catalog, kind, title, what, query.questions?.length === 1 ? query.questions[0] : undefined);
  }
  const groups = GROUPS.filter((g) => outcomes.includes(g.status)).map((g) => ({ ...g, entries: entries.filter((e) => e.latest.item.status === g.status) }));
  // Found by a step the Notes give them within the window asked, not by their latest status.
  const earlier = entries.filter((e) => !groups.some((g) => g.entries.includes(e)));
  // A step flag asked with a window ("deferred in 2023"): each text's step then is said with it.
  const datedFlags = query.from || query.to ? (query.flags ?? []).filter((f) => STEP_FLAGS.includes(f)) : [];
  const line = (e: DocEntry): ListItem =>
    withSteps(
      entryLine(e.latest),
      datedFlags.flatMap((f) => flaggedWithin(e, f, query.from, query.to)),
    );
  const n = entries.length;
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  let summary: string;
  let sections: Section[];
  if (style === 'aap') {
    const amendments = entries.filter((e) => e.latest.item.kind === 'amendment').length;
    const fresh = entries.filter((e) => e.latest.item.kind === 'new').length;
    const dates = [...new Set(entries.map((e) => e.latest.meeting.closingPlenary).filter((d): d is string => !!d))].map(formatDay);
    const counts = [fresh ? `${fresh} new` : '', amendments ? plural(amendments, 'amendment') : ''].filter(Boolean).join(', ');
    summary =
      `${plural(n, 'Recommendation')}${counts ? ` (${counts})` : ''} consented` +
      `${dates.length ? ` on ${dates.join(', ')}` : ''}. AAP Last Call runs four weeks from the TSB Director's announcement (Rec. ITU-T A.8).`;
    sections = [{ items: entries.map(line) }];
  } else if (style === 'agreed') {
    summary = `${plural(n, 'text')} agreed. Agreement completes these texts; they are not Recommendations and need no further approval.`;
    sections = [{ items: entries.map(line) }];
  } else {
    summary =
      style === 'tap'
        ? `${groups.map((g) => `${g.entries.length} ${g.heading.split(' —')[0]!.toLowerCase()}`).join(', ')} (TAP, WTSA Resolution 1).`
        : `${plural(n, 'text')}: ${groups
            .filter((g) => g.entries.length)
            .map((g) => `${g.entries.length} ${g.short}`)
            .join(', ')}.`;
    sections = groups.filter((g) => g.entries.length > 0).map((g) => ({ heading: `${g.heading} (${g.entries.length})`, items: g.entries.map(line) }));
  }
  if (earlier.length) {
    sections.push(earlierSection(earlier, query));
    summary += ` ${plural(earlier.length, 'text')} more by an earlier step the Notes give.`;
  }
  const annexes = groups.filter((g) => g.entries.length).map((g) => g.annex);
  return {
    kind,
    ok: true,
    title,
    summary,
    sections,
    source: sourceOfMeetings(
      entries.map((e) => e.latest.meeting),
      `Annex A ${annexes.join(' ')}`,
    ),
    data: { kind, items: entries.map(entryData) },
  };
}

/** A text's line with the steps of the Notes it was found by ("approval deferred at SG17 Aug/Sep 2023"). */
function withSteps(line: ListItem, steps: readonly EarlierStep[]): ListItem {
  if (steps.length === 0) return line;
  return { ...line, detail: [line.detail, `TAP ${steps.map((s) => s.said).join('; ')}`].filter(Boolean).join(' · ') };
}

/** Texts found by an earlier step (the Notes), each with that step and its status now. */
function earlierSection(entries: readonly DocEntry[], query: Query): Section {
  return {
    heading: `By an earlier step, from the Notes (${entries.length})`,
    items: entries.map((e) => {
      return withSteps(entryLine(e.latest, { withStatus: true }), stepsWithin(e, query.outcomes, query.from, query.to));
    }),
  };
}

// ---------------------------------------------------------------- new work items

function matchingWorkItems(catalog: Catalog, query: Query): WorkItemRecord[] {
  const questions = query.questions ?? [];
  return catalog.workItems.filter(
    (r) =>
      r.meeting === catalog.latest &&
      (!questions.length || (r.workItem.question !== null && questions.includes(r.workItem.question))) &&
      (!query.route || r.workItem.route === query.route) &&
      (!query.types?.length || query.types.includes(workItemType(r))) &&
      !excludedBy(query.not, 'work-items', r) &&
      !excludedByGroup(query.excludeAll, 'work-items', r) &&
      mentions({ title: r.workItem.title, names: r.workItem.acronym ? [r.workItem.acronym] : [] }, query.words),
  );
}

function workItemsAnswer(query: Query, catalog: Catalog): Answer {
  const questions = query.questions ?? [];
  const routeWord = query.route ? ` for ${routeName(query.route)}` : '';
  const typeWord = query.types?.length ? ` — ${query.types.map((t) => TYPE_WORDS[t]).join(', ')}` : '';
  const title = `New work items${routeWord}${typeWord}${questions.length ? ` — ${questions.join(', ')}` : ''}${query.words ? ` — about "${query.words}"` : ''}`;
  const all = catalog.workItems.filter((w) => w.meeting === catalog.latest);
  const records = matchingWorkItems(catalog, query);
  if (records.length === 0) {
    return noneFound(catalog, 'new', title, `new work items${routeWord} at ${meetingLabel(catalog.latest)}`, questions.length === 1 ? questions[0] : undefined);
  }
  const sections: Section[] = [{ items: records.map(workItemLine) }];
  const garbled = records.filter((r) => r.workItem.incomplete);
  if (garbled.length) {
    sections.push({
      heading: 'Incomplete rows',
      text: `${garbled.length} row${garbled.length === 1 ? '' : 's'} lost columns in the summary's table; only what is there is shown.`,
    });
  }
  if (questions.length) {
    const unread = all.filter((r) => r.workItem.question === null && (!query.route || r.workItem.route === query.route));
    if (unread.length) {
      sections.push({
        heading: 'Not included',
        text: `${unread.length} row${unread.length === 1 ? "'s" : "s'"} Question could not be read: ${unread.map((r) => r.workItem.acronym ?? r.workItem.title ?? '?').join('; ')}.`,
      });
    }
  }
  const routes = (['tap', 'aap', 'agreement'] as const)
    .map((r) => [r, records.filter((x) => x.workItem.route === r).length] as const)
    .filter(([, n]) => n > 0)
    .map(([r, n]) => `${n} for ${routeName(r)}`);
  return {
    kind: 'new',
    ok: true,
    title,
    summary: `${records.length} new work item${records.length === 1 ? '' : 's'} added at ${meetingLabel(catalog.latest)}: ${routes.join(', ')}.`,
    sections,
    source: sourceLabel(catalog.latest, 'Annex B'),
    data: { kind: 'new', items: records.map(workItemData) },
  };
}

// ---------------------------------------------------------------- interim RGMs

/** How many past RGMs to show when none is upcoming. */
const LATEST_SHOWN = 5;

function byWhen(a: RgmRecord, b: RgmRecord): number {
  return compareWhen(a.rgm.when, b.rgm.when);
}

const FORMAT_WORDS: Readonly<Record<RgmFormat, string>> = { virtual: 'virtual', hybrid: 'hybrid', physical: 'in person' };
const STATE_WORDS: Readonly<Record<RgmState, string>> = { tbc: 'dates TBC', confirmed: 'dates confirmed (not TBC)', 'no-venue': 'no venue named yet' };

/** Whether the summary has settled the RGM's dates or venue as asked. */
function stateMatches(rgm: RgmRecord['rgm'], state: RgmState): boolean {
  if (state === 'no-venue') return !venueStated(rgm.venue);
  return rgm.tbc === (state === 'tbc');
}

/** The RGM matches the query's place, format, state and words (its topics and remarks). */
function rgmMatches(record: RgmRecord, query: Query): boolean {
  const { rgm } = record;
  if (query.format && rgm.format !== query.format) return false;
  if (query.state && !stateMatches(rgm, query.state)) return false;
  if (query.venues?.length && !query.venues.some((v) => venueMatches(rgm, v))) return false;
  if (excludedBy(query.not, 'rgms', record) || excludedByGroup(query.excludeAll, 'rgms', record)) return false;
  return mentions({ title: [...rgm.topics, ...rgm.remarks].join(' '), names: [] }, query.words);
}

/** A place as asked ("paris", "uk"), written as a place name: "Paris", "UK". */
function placeName(place: string): string {
  return place.replace(/[a-z0-9]+/g, (w) => (w.length <= 3 ? w.toUpperCase() : `${w[0]!.toUpperCase()}${w.slice(1)}`));
}

/** The places asked, as alternatives: "in Paris or Stockholm". */
function placesText(query: Query): string {
  return query.venues?.length ? `in ${query.venues.map(placeName).join(' or ')}` : '';
}

/** " — virtual — in Paris — about pki" */
function rgmFilterSuffix(query: Query): string {
  return [
    query.format ? FORMAT_WORDS[query.format] : '',
    query.state ? STATE_WORDS[query.state] : '',
    placesText(query),
    query.words ? `about "${query.words}"` : '',
    excludedText(query),
  ]
    .filter(Boolean)
    .map((s) => ` — ${s}`)
    .join('');
}

/** The RGMs asked for, as a phrase: "virtual interim RGMs with dates confirmed (not TBC) in Paris about "pki"". */
function rgmsDescribed(query: Query): string {
  const format = query.format ? (query.format === 'physical' ? 'interim RGMs in person' : `${FORMAT_WORDS[query.format]} interim RGMs`) : 'interim RGMs';
  return [format, query.state ? `with ${STATE_WORDS[query.state]}` : '', placesText(query), query.words ? `about "${query.words}"` : '']
    .filter(Boolean)
    .join(' ');
}

/** What the data holds about where and how RGMs meet, said when a place or format narrowed the list. */
function placeNotes(pool: readonly RgmRecord[], query: Query, all: readonly RgmRecord[]): Section[] {
  if (!query.venues?.length && !query.format) return [];
  const notes: Section[] = [];
  // "rgms in paris or geneva": the place the data holds is answered; the other is said to have no RGM in the data at all.
  const missing = (query.venues ?? []).filter((v) => !all.some((r) => venueMatches(r.rgm, v)));
  if (missing.length && missing.length < (query.venues ?? []).length)
    notes.push({ heading: 'Not in the data', text: `No interim RGM in the data meets in ${missing.map(placeName).join(' or ')}.` });
  const venues = [...new Set(pool.map((r) => r.rgm.venue).filter(venueStated))];
  const unstated = pool.filter((r) => !venueStated(r.rgm.venue)).length;
  notes.push({
    heading: 'Venues in the data',
    text: `${venues.join('; ') || 'none'}${unstated ? `; ${unstated} RGM${unstated === 1 ? ' names' : 's name'} no venue yet` : ''}.`,
  });
  if (query.format === 'physical' || query.format === 'virtual') {
    const cityOnly = pool.filter((r) => r.rgm.format === null && venueStated(r.rgm.venue));
    const hybrid = pool.filter((r) => r.rgm.format === 'hybrid');
    const parts = [
      cityOnly.length
        ? `${cityOnly.map((r) => `${r.rgm.question ?? '?'} in ${r.rgm.venue}`).join(', ')}: the summary names the city but not whether people meet in person`
        : '',
      query.format === 'virtual' && hybrid.length
        ? `hybrid (can be joined online): ${hybrid.map((r) => `${r.rgm.question ?? '?'} ${r.rgm.venue ?? ''}`.trim()).join(', ')}`
        : '',
    ].filter(Boolean);
    if (parts.length) notes.push({ heading: 'Not included', text: `${parts.join('. ')}.` });
  }
  return notes;
}

/** The other side of a state none of the RGMs asked about is in: "is the Q13 RGM confirmed?" — no, its dates are TBC (the ones to come, else all). */
const OTHER_STATE: Readonly<Record<RgmState, string>> = {
  confirmed: 'Dates TBC — not confirmed',
  tbc: 'Dates confirmed (not TBC)',
  'no-venue': 'With a venue named',
};
function stateNotes(asked: readonly RgmRecord[], query: Query, now: Date): Section[] {
  if (!query.state) return [];
  const dated = [...asked].sort(byWhen);
  const upcoming = dated.filter((r) => isUpcoming(r.rgm.when, now));
  return [{ heading: OTHER_STATE[query.state], items: (upcoming.length ? upcoming : dated).map(rgmLine) }];
}

function rgmsAnswer(query: Query, ctx: CommandContext): Answer {
  const { catalog, now } = ctx;
  const questions = query.questions ?? [];
  const timed = query.from !== undefined || query.to !== undefined;
  const title = `Interim RGMs${questions.length ? ` — ${questions.join(', ')}` : ''}${rgmFilterSuffix(query)}${timed || query.last ? ` — ${query.last ? 'the last ' : ''}${rgmWindowText(query)}` : ''}`;
  const asked = questions.length ? questions.flatMap((q) => catalog.questions.get(q)?.rgms ?? []) : catalog.rgms;
  const narrowed = !!(query.venues?.length || query.format || query.state || query.words || query.not || query.excludeAll);
  const pool = narrowed ? asked.filter((r) => rgmMatches(r, query)) : asked;
  if (asked.length === 0) return noneFound(catalog, 'rgm', title, 'interim RGMs', questions.length === 1 ? questions[0] : undefined);
  if (pool.length === 0) {
    const none = noneFound(catalog, 'rgm', title, rgmsDescribed(query), questions.length === 1 ? questions[0] : undefined);
    return { ...none, sections: [...stateNotes(asked, query, now), ...placeNotes(asked, query, catalog.rgms)] };
  }
  // "the final q1 rgm": the last of them all, as the last of a window.
  if (timed || query.last) return rgmWindowAnswer(query, ctx, title);

  const dated = pool.filter((r) => r.rgm.when.kind !== 'unknown').sort(byWhen);
  const unreadable = pool.filter((r) => r.rgm.when.kind === 'unknown');
  const dataFrom = `Data from ${[...new Set(pool.map((r) => meetingLabel(r.meeting)))].join('; ')}`;
  const today = formatDay(now.toISOString().slice(0, 10));
  const legend = 'TBC = dates to be confirmed; "no dates yet" = only the month is known.';
  const source = sourceOfMeetings(
    pool.map((r) => r.meeting),
    'Interim RGMs',
  );
  const item = (r: RgmRecord) => ({ ...rgmData(r), upcoming: isUpcoming(r.rgm.when, now) });

  const upcoming = dated.filter((r) => isUpcoming(r.rgm.when, now));
  const sections: Section[] = [];
  let shown: RgmRecord[];
  let summary: string;
  if (query.count) {
    // "how many rgms": every RGM the Query selects, past or to come; the clock only says how many are still ahead.
    shown = dated;
    const ahead = upcoming.length ? `${upcoming.length} still to come` : 'none still to come';
    summary = `${pool.length} interim RGM${pool.length === 1 ? '' : 's'} in the data; ${ahead} as of ${today}. ${dataFrom}. ${legend}`;
    sections.push({ heading: `In the data (${dated.length})`, items: dated.map(rgmLine) });
  } else if (upcoming.length > 0) {
    shown = upcoming;
    summary = `${upcoming.length} interim RGM${upcoming.length === 1 ? '' : 's'} still to come as of ${today}, soonest first. ${dataFrom}. ${legend}`;
    sections.push({ heading: 'Upcoming', items: upcoming.map(rgmLine) });
  } else {
    shown = dated.slice(-LATEST_SHOWN);
    const passed =
      dated.length === 0 ? 'none has a readable date' : dated.length === 1 ? 'the one planned has passed' : `the ${dated.length} planned have all passed`;
    summary = `No upcoming interim RGM in the data as of ${today}: ${passed}. ${dataFrom}; newer plans are not in the data yet.`;
    sections.push({ heading: `Latest planned (${shown.length} of ${dated.length})`, items: shown.map(rgmLine) });
  }
  if (unreadable.length) sections.push({ heading: 'Date not readable', items: unreadable.map(rgmLine) });
  sections.push(...placeNotes(asked, query, catalog.rgms));
  return { kind: 'rgm', ok: true, title, summary, sections, source, data: { kind: 'rgm', items: [...shown, ...unreadable].map(item) } };
}

interface DatedRgm {
  readonly record: RgmRecord;
  readonly first: string;
  readonly last: string;
}

/** RGMs with readable dates, by first day, and the longest span of any: built once per catalog. */
const rgmIndexes = new WeakMap<Catalog, { readonly byFirst: readonly DatedRgm[]; readonly maxSpanDays: number }>();

function rgmIndex(catalog: Catalog): { readonly byFirst: readonly DatedRgm[]; readonly maxSpanDays: number } {
  let index = rgmIndexes.get(catalog);
  if (!index) {
    const byFirst: DatedRgm[] = [];
    let maxSpanDays = 0;
    for (const record of catalog.rgms) {
      const first = rgmFirstDay(record.rgm.when);
      const last = rgmLastDay(record.rgm.when);
      if (first === null || last === null) continue;
      byFirst.push({ record, first, last });
      maxSpanDays = Math.max(maxSpanDays, (Date.parse(last) - Date.parse(first)) / 86_400_000);
    }
    byFirst.sort((a, b) => compareWhen(a.record.rgm.when, b.record.rgm.when));
    index = { byFirst, maxSpanDays };
    rgmIndexes.set(catalog, index);
  }
  return index;
}

/** The RGMs overlapping [from, to]: a binary search into the index, not a scan of every RGM. */
function rgmsInWindow(catalog: Catalog, from: string, to: string, questions: readonly string[]): RgmRecord[] {
  const { byFirst, maxSpanDays } = rgmIndex(catalog);
  const earliest = from === '0000-01-01' ? from : new Date(Date.parse(from) - (maxSpanDays + 1) * 86_400_000).toISOString().slice(0, 10);
  let lo = 0;
  let hi = byFirst.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byFirst[mid]!.first < earliest) lo = mid + 1;
    else hi = mid;
  }
  const out: RgmRecord[] = [];
  for (let i = lo; i < byFirst.length && byFirst[i]!.first <= to; i++) {
    const d = byFirst[i]!;
    if (d.last >= from && (questions.length === 0 || (d.record.rgm.question !== null && questions.includes(d.record.rgm.question)))) out.push(d.record);
  }
  return out;
}

/** The window of a list of RGMs in words; none said (the final one asked): the whole data. */
const rgmWindowText = (query: Query): string => (query.from || query.to ? windowText(query.from, query.to) : 'in the data');

function rgmWindowAnswer(query: Query, ctx: CommandContext, title: string): Answer {
  const { catalog, now } = ctx;
  const questions = query.questions ?? [];
  const from = query.from ?? '0000-01-01';
  const to = query.to ?? '9999-12-31';
  // "until <day>" with no start ("past rgms", "held so far"): the RGMs over by then, not one still running after it.
  const over = (r: RgmRecord): boolean => query.from !== undefined || (rgmLastDay(r.rgm.when) ?? '') <= to;
  const all = rgmsInWindow(catalog, from, to, questions).filter((r) => over(r) && rgmMatches(r, query));
  // "the last rgm before the april plenary": the latest of them by date, the others counted in the summary.
  const inWindow = query.last ? all.slice(-1) : all;
  const when = rgmWindowText(query);
  const today = formatDay(now.toISOString().slice(0, 10));
  const during = query.from && query.to ? 'during ' : '';
  const meetings = inWindow.length ? inWindow.map((r) => r.meeting) : [catalog.latest];
  const dataFrom = `Data from ${[...new Set(meetings.map(meetingLabel))].join('; ')}`;
  const source = sourceOfMeetings(meetings, 'Interim RGMs');
  if (inWindow.length === 0) {
    const next = rgmsInWindow(catalog, to, '9999-12-31', questions).find(
      (r) => (rgmFirstDay(r.rgm.when) ?? '') > to && isUpcoming(r.rgm.when, now) && rgmMatches(r, query),
    );
    // Nothing after the window either ("rgms coming up" once all have passed): the last one the data plans, so the
    // answer says how far the data reaches (newer plans are not in it yet).
    const latest = next
      ? undefined
      : rgmsInWindow(catalog, '0000-01-01', '9999-12-31', questions)
          .filter((r) => rgmMatches(r, query))
          .at(-1);
    const after = next
      ? ` The next one after that: ${String(rgmLine(next).text)}.`
      : latest
        ? ` The latest the data plans: ${String(rgmLine(latest).text)}; newer plans are not in it yet.`
        : '';
    return {
      kind: 'rgm',
      ok: true,
      title,
      summary: `No interim RGM${questions.length ? ` of ${questions.join(', ')}` : ''} in the data ${during}${when}.${after} ${dataFrom}.`,
      sections: [],
      source,
      data: { kind: 'rgm', items: [] },
    };
  }
  const past = inWindow.filter((r) => !isUpcoming(r.rgm.when, now)).length;
  const legend = 'TBC = dates to be confirmed; "no dates yet" = only the month is known.';
  return {
    kind: 'rgm',
    ok: true,
    title,
    summary: `${query.last ? `The last of ${all.length} interim RGM${all.length === 1 ? '' : 's'}` : `${inWindow.length} interim RGM${inWindow.length === 1 ? '' : 's'}`} ${during}${when}${past ? ` (${past} already past as of ${today})` : ''}${query.last ? '' : ', soonest first'}. ${dataFrom}. ${legend}`,
    sections: [
      {
        heading: when,
        items: inWindow.map((r) => {
          const line = rgmLine(r);
          return isUpcoming(r.rgm.when, now) ? line : { ...line, text: `${String(line.text)} — past` };
        }),
      },
    ],
    source,
    data: { kind: 'rgm', items: inWindow.map((r) => ({ ...rgmData(r), upcoming: isUpcoming(r.rgm.when, now) })) },
  };
}

// ---------------------------------------------------------------- per Question

/** The items a per-Question list counts: every RGM the data plans (in the window, if one), the texts and work items as the lists filter them. */
function perQuestionMatches(query: Query, catalog: Catalog): ReadonlySet<unknown> {
  const timed = query.from !== undefined || query.to !== undefined;
  return new Set<unknown>(
    query.ask === 'rgms'
      ? timed
        ? rgmsInWindow(catalog, query.from ?? '0000-01-01', query.to ?? '9999-12-31', []).filter((r) => rgmMatches(r, query))
        : catalog.rgms.filter((r) => rgmMatches(r, query))
      : query.ask === 'work-items'
        ? matchingWorkItems(catalog, query)
        : matchingEntries(catalog, { ...query, questions: [] }),
  );
}

/**
 * The Questions of the data holding none of what a per-Question list counts ("which questions have
 * no RGMs", "questions with nothing approved"): the parser asks for the list of those Questions,
 * whose answer says they hold none.
 */
export function questionsHoldingNone(query: Query, catalog: Catalog): string[] {
  const matching = perQuestionMatches(query, catalog);
  const out: string[] = [];
  for (const [question, held] of catalog.questions) {
    const items: readonly unknown[] = query.ask === 'rgms' ? held.rgms : query.ask === 'work-items' ? held.workItems : held.entries;
    if (!items.some((i) => matching.has(i))) out.push(question);
  }
  return out;
}

/**
 * "which questions have no RGMs": the list for the Questions holding none (its answer says they hold
 * none); not counted, as the count would be of the items (none), not of the Questions it names.
 */
function holdingNone(query: Query, catalog: Catalog): Query {
  const none = questionsHoldingNone(query, catalog).filter((q) => !query.questions?.length || query.questions.includes(q));
  const { perQuestion: _grouped, count: _counted, none: _none, ...rest } = query;
  // None holds none: the Questions holding some, as asked without "no".
  if (none.length === 0) return { ...query, none: undefined };
  return { ...rest, questions: none };
}

/**
 * "how many questions have RGMs", "which questions have approved texts": the Questions holding at
 * least one matching item (every RGM the data plans, past or to come; the texts and work items as
 * the lists filter them), each with its items.
 */
function perQuestionAnswer(query: Query, ctx: CommandContext): Answer {
  const { catalog } = ctx;
  const asked = new Set(query.questions ?? []);
  const timed = query.from !== undefined || query.to !== undefined;
  const matching = perQuestionMatches(query, catalog);
  const what = query.ask === 'rgms' ? 'interim RGM' : query.ask === 'work-items' ? 'new work item' : 'text';
  // What each row counts, named as asked ("the most amendments"); the title says the filters already.
  const unit = what === 'text' ? textNoun(query) : what;
  // Each row: the items' ids (the data) and how a reader knows them (an RGM by its dates, not its id).
  const rows: { question: string; ids: string[]; names: string[] }[] = [];
  for (const [question, held] of catalog.questions) {
    if ((asked.size && !asked.has(question)) || query.not?.questions?.includes(question)) continue;
    if (query.ask === 'rgms') {
      const rgms = held.rgms.filter((r) => matching.has(r));
      if (rgms.length) rows.push({ question, ids: rgms.map((r) => r.rgm.id), names: rgms.map((r) => describeWhen(r.rgm.when, r.rgm.datesText)) });
      continue;
    }
    // A work item's id is the lists' id (its acronym, else its item id); a reader knows it by its acronym or title.
    const items = held.workItems.filter((r) => matching.has(r));
    const ids = query.ask === 'work-items' ? items.map((r) => String(workItemData(r).id)) : held.entries.filter((e) => matching.has(e)).map((e) => e.id);
    const names = query.ask === 'work-items' ? items.map((r) => r.workItem.acronym ?? r.workItem.title ?? String(workItemData(r).id)) : ids;
    if (ids.length) rows.push({ question, ids, names });
  }
  const filters =
    query.ask === 'rgms'
      ? `${rgmFilterSuffix(query)}${timed ? ` — ${windowText(query.from, query.to)}` : ''}`
      : query.ask === 'texts'
        ? `${query.outcomes?.length ? ` — ${query.outcomes.map((o) => GROUPS.find((g) => g.status === o)!.short).join(' or ')}` : ''}${filterSuffix({ ...query, questions: [] })}`
        : `${query.route ? ` — for ${routeName(query.route)}` : ''}${filterSuffix({ ...query, questions: [] })}`;
  if (query.rank) rows.sort((a, b) => (query.rank === 'most' ? b.ids.length - a.ids.length : a.ids.length - b.ids.length));
  const title = `Questions with ${what}s${filters}${query.rank ? ` — ${query.rank} first` : ''}`;
  const n = rows.length;
  const kind = `${query.ask === 'rgms' ? 'rgm' : query.ask === 'work-items' ? 'new' : 'texts'}-questions`;
  return {
    kind,
    ok: true,
    title,
    summary: `${rankLine(rows, query.rank, unit)}${n} Question${n === 1 ? '' : 's'} ${n === 1 ? 'has' : 'have'} ${unit}s in the data${query.ask === 'rgms' ? ' (planned, past or to come)' : ''}.`,
    sections: rows.length
      ? [{ items: rows.map((r) => ({ text: r.question, detail: `${r.ids.length} ${unit}${r.ids.length === 1 ? '' : 's'}: ${r.names.join('; ')}` })) }]
      : [],
    source: sourceLabel(catalog.latest),
    data: { kind, items: rows.map((r) => ({ id: r.question, items: r.ids })), groups: rows.map((r) => ({ label: r.question, ids: r.ids })) },
  };
}

/** What one ranked text is called: the one kind or type asked ("the most amendments"), else a text. */
const TEXT_NOUNS: Readonly<Partial<Record<string, string>>> = {
  amendment: 'amendment',
  recommendation: 'Recommendation',
  supplement: 'Supplement',
  'technical-report': 'Technical Report',
};
function textNoun(query: Query): string {
  const [kind, ...moreKinds] = query.kinds ?? [];
  const [type, ...moreTypes] = query.types ?? [];
  if (kind && moreKinds.length === 0 && !type) return TEXT_NOUNS[kind] ?? 'text';
  if (type && moreTypes.length === 0 && !kind) return TEXT_NOUNS[type] ?? 'text';
  return 'text';
}

/** "Q11/17 has the most texts (10). ": the Questions tied at the top (or bottom) of a ranked list. */
function rankLine(rows: readonly { question: string; ids: readonly string[] }[], rank: Query['rank'], what: string): string {
  const top = rows[0];
  if (!rank || !top) return '';
  const tied = rows.filter((r) => r.ids.length === top.ids.length).map((r) => r.question);
  const verb = tied.length === 1 ? 'has' : 'have';
  return `${tied.join(', ')} ${verb} the ${rank} ${what}s (${top.ids.length}${tied.length > 1 ? ' each' : ''}). `;
}

// ---------------------------------------------------------------- counts, side by side, not held

/** "how many …": the number leads the title and the summary; the items follow. */
function counted(query: Query, answer: Answer): Answer {
  if (!query.count) return answer;
  const n = answer.data.items.length;
  const { error: _none, ...rest } = answer;
  return {
    ...rest,
    ok: true,
    title: `${n} — ${answer.title}`,
    // The number first, said once: most list summaries already open with it ("9 Recommendations …").
    summary: leadWithNumber(n, typeof answer.summary === 'string' ? answer.summary : ''),
    data: { ...answer.data, count: n },
  };
}

function leadWithNumber(n: number, summary: string): string {
  if (summary.startsWith(`${n} `)) return summary;
  return `${n}. ${summary}`.trim();
}

/** Several texts or terms: one section each, in the order asked. */
function sideBySide(answers: readonly Answer[], kind: string, labels?: readonly string[]): Answer {
  if (answers.length === 1) return answers[0]!;
  // Built with plain loops: "compare X.1716 and X.1717" is one of the questions timed against its
  // command, and conditional spreads and splits here were a quarter of its time.
  let allOk = true;
  let anyOk = false;
  const titles: string[] = [];
  const sections: Section[] = [];
  const sources: string[] = [];
  const items: Record<string, unknown>[] = [];
  for (const a of answers) {
    allOk &&= a.ok;
    anyOk ||= a.ok;
    const dash = a.title.indexOf(' — ');
    titles.push(dash === -1 ? a.title : a.title.slice(0, dash));
    const head: { -readonly [K in keyof Section]: Section[K] } = { heading: a.title };
    if (a.summary !== undefined) head.text = a.summary;
    const fields = a.sections[0]?.fields;
    if (fields) head.fields = fields;
    sections.push(head);
    for (const s of a.sections) if (!s.fields && s.heading) sections.push(s);
    if (!sources.includes(a.source)) sources.push(a.source);
    for (const item of a.data.items) items.push(item);
  }
  // `error` right after `ok` when none was found, as every other answer has it.
  const head: Pick<Answer, 'kind' | 'ok' | 'error'> = { kind: kind === 'rec' ? 'compare' : 'explain', ok: allOk };
  if (!anyOk) head.error = 'not-found';
  return Object.assign(head, {
    title: titles.join(' and '),
    summary: kind === 'rec' ? `${answers.length} texts side by side.` : `${answers.length} terms side by side.`,
    sections,
    source: sources.join('; '),
    data: {
      kind: kind === 'rec' ? 'compare' : 'explain',
      items,
      // Each text asked, labelled by the id as the answer found it (as typed when not found).
      ...(labels ? { groups: answers.map((a, i) => groupOf(a, labels[i] ?? '')) } : {}),
    },
  });
}

function groupOf(answer: Answer, asked: string): { label: string; ids: string[] } {
  const ids = answer.data.items.map((i) => String(i.id ?? '')).filter(Boolean);
  return { label: ids[0] ?? asked, ids };
}

const NOT_HELD_WORDS: Readonly<Record<string, string>> = {
  rapporteurs: 'Rapporteurs',
  editors: 'editors',
  authors: 'who proposed, submitted, presented or drafted a text (contribution authors)',
  chairs: 'chairs or conveners',
  contacts: 'contact details',
};

/** Texts the summary lists only one side of: what was consented, never what was not; the command that lists that side. */
const NOT_LISTED: Readonly<Record<string, { what: string; listed: string; command: string }>> = {
  'not-consented': { what: 'texts that were not consented', listed: 'the texts consented', command: 'aap' },
  'not-determined': { what: 'texts that were not determined', listed: 'the texts determined', command: 'tap determined' },
  'not-agreed': { what: 'texts that were not agreed', listed: 'the texts agreed', command: 'agreed' },
  published: { what: 'when texts are published or enter into force', listed: 'the texts approved at the meeting', command: 'tap approved' },
  objections: { what: 'objections to texts', listed: 'the texts not approved', command: 'tap not-approved' },
  deferred: {
    what: 'texts deferred, postponed or withdrawn at this meeting',
    listed: 'the texts approved, not approved, determined, consented and agreed',
    command: 'texts',
  },
};

function notHeldAnswer(query: Query, catalog: Catalog): Answer {
  const notListed = NOT_LISTED[query.notHeld ?? ''];
  if (notListed) {
    const summary = `The executive summary does not name ${notListed.what}: it lists only ${notListed.listed} (ask "${notListed.command}").`;
    return oneLine({ catalog, now: new Date(0) }, 'not-held', `Not in the summary: ${notListed.what}`, summary);
  }
  const what = NOT_HELD_WORDS[query.notHeld ?? ''] ?? NEVER_RECORDED.get(query.notHeld ?? '') ?? query.notHeld ?? 'that';
  const q = query.questions?.[0];
  const held = q ? catalog.questions.get(q) : undefined;
  const hint =
    held && q
      ? ` For ${q} it holds ${held.entries.length} text(s), ${held.workItems.length} new work item(s) and ${held.rgms.length} interim RGM(s): ask "q ${q.slice(1, -3)}".`
      : ' It holds the texts acted on, new work items, interim RGMs and correspondence groups: ask "help".';
  return oneLine({ catalog, now: new Date(0) }, 'not-held', `Not in the summary: ${what}`, `The executive summary does not name ${what}.${hint}`);
}
