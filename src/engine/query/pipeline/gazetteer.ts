/**
 * The gazetteer: what the parser knows of the data besides the tables — names of texts and work
 * items, TDs, ISO/IEC equivalents, the data's own words, places and meetings. Built from the
 * catalog once (each part on first use, kept per catalog), and passed to the recognisers: never a
 * scan of the catalog per question.
 */
import { normaliseKey, type Catalog } from '../../../dataset/catalog.js';
import { firstAtLeast, fold, normalise as normalize, stem } from '../../../text/index.js';
import { kindOf } from '../dimensions.js';
import type { TextKind } from '../model.js';
import { rgmFirstDay, rgmLastDay } from '../../rgm-dates.js';
import { PHRASES, STOPWORDS } from '../words.js';
import { OTHER_DOCUMENT_COLUMN, REVISION_SUFFIX, SUPPL_BODY, TD_COLUMN, TD_ID, TOPIC_NAME, TOPIC_TOKEN_SEPARATORS, spell } from './lexicon/id-words.js';
import { GENERIC_VENUE_WORDS } from './lexicon/parser-words.js';

export interface NameIndex {
  /** Names by what follows their series ("secqkdnaa" → X.sec_QKDN_AA, "vctp" → X.vctp); a body two names share is left out. */
  readonly byBody: ReadonlyMap<string, string>;
  /** The pieces of those names, three letters or more ("evtol", "vctp"): a word of a name is a topic to search. */
  readonly pieces: ReadonlySet<string>;
  /**
   * Bodies that name their text when typed as one bare word ("smdtsc" → X.smdtsc, "ztdiot" → X.ztd-iot): long
   * enough, and no ordinary word — none of the tables' words, none the data writes in another text's title, a
   * hot topic or a group's name (a text's own title may spell its acronym: "… Expression (STIE)").
   */
  readonly bare: ReadonlyMap<string, string>;
}

export interface PlaceIndex {
  /** Words of the RGMs' venues and hosts ("paris", "stockholm", "seoul"): a place the data holds. */
  readonly venueWords: ReadonlySet<string>;
  /** Each RGM's place words (venue and host): words found together in one of them name one place ("paris france"). */
  readonly venuePlaces: readonly ReadonlySet<string>[];
  /** SG17 meetings held, by the month (0–11) they began in: "what happened in Sep". */
  readonly meetingsByMonth: ReadonlyMap<number, readonly { readonly id: string; readonly start: string; readonly end: string }[]>;
  /** SG17 meetings held, latest first, with the words of their place ("geneva"). */
  readonly held: readonly { readonly id: string; readonly end: string; readonly place: ReadonlySet<string> }[];
  /** Every word of those places. */
  readonly meetingPlaceWords: ReadonlySet<string>;
  /** SG17 meetings planned (where the determined texts go for approval). */
  readonly planned: readonly { readonly start: string; readonly end: string }[];
  /** The days each interim RGM may take (first possible to last possible): whether a window holds one. */
  readonly rgmDays: readonly { readonly start: string; readonly end: string }[];
}

/** The data's names and words, for one catalog. */
export class Gazetteer {
  #documents: ReadonlyMap<string, readonly string[]> | undefined;
  #otherDocuments: ReadonlyMap<string, readonly string[]> | undefined;
  #names: NameIndex | undefined;
  #words: ReadonlySet<string> | undefined;
  #topicWords: ReadonlySet<string> | undefined;
  #sortedWords: readonly string[] | undefined;
  #places: PlaceIndex | undefined;
  #titles: string | undefined;
  #topicNames: ReadonlyMap<string, string> | undefined;

  constructor(readonly catalog: Catalog) {}

  /** TD number → the texts (base text, A.5 justification) and named work items (document) it is for. */
  get documents(): ReadonlyMap<string, readonly string[]> {
    this.#documents ??= documentIndex(this.catalog);
    return this.#documents;
  }

  /** A document of another series the columns give ("r63") → the texts it is the base text or A.5 justification of. */
  get otherDocuments(): ReadonlyMap<string, readonly string[]> {
    this.#otherDocuments ??= otherDocumentIndex(this.catalog);
    return this.#otherDocuments;
  }

  get names(): NameIndex {
    this.#names ??= nameIndex(this.catalog);
    return this.#names;
  }

  /** Words of the data (titles, topics, group names), so a topic word is never "mended" into a table word. */
  get words(): ReadonlySet<string> {
    this.#words ??= dataWords(this.catalog);
    return this.#words;
  }

  /**
   * The data's words as a topic filter finds them: a plural or singular of one ("passwords" of
   * "password", as the filter stems both sides) is known too. Mending reads `words`, as written.
   */
  get topicWords(): ReadonlySet<string> {
    this.#topicWords ??= new StemmedWords(this.words);
    return this.#topicWords;
  }

  get places(): PlaceIndex {
    this.#places ??= placeIndex(this.catalog);
    return this.#places;
  }

  /** Whether a word begins a word of the data ("telecom" of "telecommunications"): one binary search. */
  beginsWord(word: string): boolean {
    this.#sortedWords ??= [...this.words].sort();
    return this.#sortedWords[firstAtLeast(this.#sortedWords, word)]?.startsWith(word) ?? false;
  }

  /** Whether a title of a text or work item names this number as words ("x 1254" in "Supplement to ITU-T X.1254: …"). */
  titlesName(id: string): boolean {
    this.#titles ??= ` ${[...this.catalog.entries.map((e) => e.latest.item.title ?? ''), ...this.catalog.workItems.map((w) => w.workItem.title ?? '')].map(normalize).join(' | ')} `;
    return this.#titles.includes(` ${normalize(id)} `);
  }

  /**
   * A text named in an RGM's topics ("X.1058-rev", "X.sec_QKD_profr"), by this id or as its
   * revision ("X.1058" of "X.1058-rev"): the topic's name as written ("X.1058-rev"), which its reading names again.
   */
  topicName(id: string): string | undefined {
    this.#topicNames ??= topicNameIndex(this.catalog);
    return this.#topicNames.get(normaliseKey(id));
  }

  /** Whether the data holds a text or work item by this name (number, former acronym, base number, acronym). */
  holds(id: string): boolean {
    const key = normaliseKey(id);
    const c = this.catalog;
    return c.byKey.has(key) || c.byBase.has(key) || c.workItemsByKey.has(key);
  }

  /**
   * Of several texts named at once, those of these kinds ("the amendments among ISO/IEC 9594's texts"; a base
   * number stays when one of its texts is); every one when none is (the answer then says what each is).
   */
  ofKinds(ids: readonly string[], kinds: readonly TextKind[]): string[] {
    const of = ids.filter((id) => {
      const key = normaliseKey(id);
      const exact = this.catalog.byKey.get(key);
      const entries = exact ? [exact] : (this.catalog.byBase.get(key) ?? []);
      return entries.some((e) => {
        const kind = kindOf(e.latest.item);
        return kind !== null && kinds.includes(kind);
      });
    });
    return of.length ? of : [...ids];
  }

  /** Whether an id is known, or no bare number a title could name instead (a TD, an acronym). */
  knows(id: string): boolean {
    return this.holds(id) || TD_ID.test(id) || !/^[a-z]{1,2}\.\d+$/i.test(id);
  }

  /** The texts whose ISO/IEC equivalent is this number (and part, if named). */
  equivalentsOf(number: string, part: string | undefined): string[] {
    const out: string[] = [];
    for (const e of this.catalog.entries) {
      const m = /(\d{4,5})(?:-(\d+))?/.exec(e.latest.item.equivalent ?? '');
      if (m && m[1] === number && (part === undefined || m[2] === part)) out.push(e.latest.item.number ?? e.names[0] ?? e.id);
    }
    return out;
  }
}

const gazetteers = new WeakMap<Catalog, Gazetteer>();
/** The gazetteer of a catalog, built once and kept while the catalog lives. */
export function gazetteerOf(catalog: Catalog): Gazetteer {
  let g = gazetteers.get(catalog);
  if (!g) {
    g = new Gazetteer(catalog);
    gazetteers.set(catalog, g);
  }
  return g;
}

function documentIndex(catalog: Catalog): ReadonlyMap<string, readonly string[]> {
  const byTd = new Map<string, string[]>();
  const add = (td: string | null | undefined, id: string | null | undefined): void => {
    const key = TD_COLUMN.exec(td?.trim() ?? '')?.[1];
    if (!key || !id) return;
    const list = byTd.get(spell.td(key)) ?? [];
    if (!list.includes(id)) list.push(id);
    byTd.set(spell.td(key), list);
  };
  // A TD is a text's base text or its A.5 justification ("what does TD2355 justify").
  for (const entry of catalog.entries)
    for (const r of entry.records) for (const td of [r.item.baseText, r.item.a5Reference]) add(td, entry.latest.item.number ?? entry.names[0]);
  for (const { workItem } of catalog.workItems) add(workItem.document, workItem.acronym);
  return byTd;
}

function topicNameIndex(catalog: Catalog): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const { rgm } of catalog.rgms)
    for (const topic of rgm.topics)
      for (const token of topic.split(TOPIC_TOKEN_SEPARATORS)) {
        if (!TOPIC_NAME.test(token)) continue;
        const key = normaliseKey(token);
        // As written ("X.1058-rev"): the reading `rgm about X.1058-rev` names it again, where its
        // words ("x 1058 rev") would read back as a bare number.
        const name = fold(token).replace(/\W+$/, '');
        out.set(key, name);
        const base = REVISION_SUFFIX.exec(key)?.[1];
        if (base && !out.has(base)) out.set(base, name);
      }
  return out;
}

function otherDocumentIndex(catalog: Catalog): ReadonlyMap<string, readonly string[]> {
  const byKey = new Map<string, string[]>();
  for (const entry of catalog.entries)
    for (const r of entry.records)
      for (const document of [r.item.baseText, r.item.a5Reference]) {
        const m = OTHER_DOCUMENT_COLUMN.exec(document?.trim() ?? '');
        if (!m || TD_COLUMN.test(document!.trim())) continue;
        const key = spell.otherDocument(m[1]!, m[2]!);
        const id = entry.latest.item.number ?? entry.names[0] ?? entry.id;
        byKey.set(key, [...new Set([...(byKey.get(key) ?? []), id])]);
      }
  return byKey;
}

function nameIndex(catalog: Catalog): NameIndex {
  const byBody = new Map<string, string>();
  const shared = new Set<string>();
  const pieces = new Set<string>();
  const names = [...catalog.entries.flatMap((e) => e.names), ...catalog.workItems.map((w) => w.workItem.acronym ?? '')];
  for (const name of names) {
    const body = NAME_BODY.exec(name)?.[1];
    if (!body || SUPPL_BODY.test(body)) continue;
    const key = normaliseKey(body);
    if (byBody.has(key) && byBody.get(key) !== name) shared.add(key);
    else byBody.set(key, name);
    for (const piece of body.toLowerCase().split(/[^a-z0-9]+/)) if (/^[a-z][a-z0-9]{2,}$/.test(piece)) pieces.add(piece);
  }
  for (const key of shared) byBody.delete(key);
  // The bare names need every title's words and the tables' (a few ms): built when a word is first one of the bodies.
  let bare: ReadonlyMap<string, string> | undefined;
  return {
    byBody,
    pieces,
    get bare() {
      bare ??= bareNames(catalog, byBody);
      return bare;
    },
  };
}

/**
 * The words of every title, hot topic and group name, each with who writes it: the text whose own title holds
 * it (known by each of its names), or no text.
 */
function proseWords(catalog: Catalog): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  const add = (text: string | null | undefined, owner: string): void => {
    for (const w of normalize(text ?? '').split(' ')) owners.set(w, (owners.get(w) ?? new Set<string>()).add(owner));
  };
  for (const e of catalog.entries) add(e.latest.item.title, e.id);
  for (const { workItem } of catalog.workItems) add(workItem.title, workItem.acronym ?? ANY_OWNER);
  for (const m of catalog.meetings) {
    for (const g of m.correspondenceGroups) add(`${g.acronym} ${g.name}`, ANY_OWNER);
    for (const t of m.hotTopics) add(t, ANY_OWNER);
  }
  return owners;
}

function bareNames(catalog: Catalog, byBody: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  const prose = proseWords(catalog);
  const ownerOf = new Map<string, string>(catalog.entries.flatMap((e) => e.names.map((n): [string, string] => [n, e.id])));
  const out = new Map<string, string>();
  for (const [key, name] of byBody) {
    if (key.length < BARE_NAME_LENGTH || !/[a-z]/.test(key) || tableWords().has(key)) continue;
    // Written in the data only in its own title ("STIE" in X.stie's) or nowhere: no ordinary word.
    const own = ownerOf.get(name) ?? name;
    if ([...(prose.get(key) ?? [])].every((owner) => owner === own)) out.set(key, name);
  }
  return out;
}

/** Who writes a word that is no text's own: a hot topic, a group's name. */
const ANY_OWNER = '';
/** The shortest body read as a name when typed bare: a shorter one is too easily an abbreviation of its own. */
const BARE_NAME_LENGTH = 4;
/** A name's body after its series ("X.smdtsc" → "smdtsc"), holding a letter. */
const NAME_BODY = /^[a-z]{1,2}\.(.*[a-z].*)$/i;

let tables: ReadonlySet<string> | undefined;
/** Every word of the tables' phrases and the stop words: words the parser reads, never a name. */
function tableWords(): ReadonlySet<string> {
  tables ??= new Set([...STOPWORDS, ...[...PHRASES.keys()].flatMap((p) => p.split(' '))]);
  return tables;
}

/** Words held as written and stemmed, found by either form of the word asked. */
class StemmedWords extends Set<string> {
  constructor(words: Iterable<string>) {
    super();
    for (const w of words) {
      super.add(w);
      super.add(stem(w));
    }
  }
  override has(word: string): boolean {
    return super.has(word) || super.has(stem(word));
  }
}

function dataWords(catalog: Catalog): ReadonlySet<string> {
  const set = new Set<string>();
  const add = (text: string | null | undefined): void => {
    if (text) for (const w of normalize(text).split(' ')) if (w.length > 1) set.add(w);
  };
  // The meetings' own texts (not the entries' copies): the same words, once per meeting.
  for (const m of catalog.meetings) {
    for (const i of m.items) add(i.title);
    for (const w of m.workItems) add(w.title);
    for (const r of m.rgms) for (const t of r.topics) add(t);
    for (const g of m.correspondenceGroups) add(`${g.acronym} ${g.name} ${g.status}`);
    for (const t of m.hotTopics) add(t);
  }
  return set;
}

/** Words of a place that can name it: three letters or more, no stop word, no word of the tables. */
const placeWord = (w: string): boolean => w.length > 2 && !STOPWORDS.has(w) && !PHRASES.has(w);

function placeIndex(catalog: Catalog): PlaceIndex {
  const venueWords = new Set<string>();
  const venuePlaces: Set<string>[] = [];
  const meetingsByMonth = new Map<number, { id: string; start: string; end: string }[]>();
  const held: { id: string; end: string; place: ReadonlySet<string> }[] = [];
  const planned: { start: string; end: string }[] = [];
  const meetingPlaceWords = new Set<string>();
  const rgmDays: { start: string; end: string }[] = [];
  for (const m of catalog.meetings) {
    const place = new Set(
      normalize(m.place ?? '')
        .split(' ')
        .filter(placeWord),
    );
    for (const w of place) meetingPlaceWords.add(w);
    held.push({ id: m.id, end: m.range.end, place });
    for (const f of m.futureMeetings) if (f.range) planned.push(f.range);
    for (const r of m.rgms) {
      const start = rgmFirstDay(r.when);
      const end = rgmLastDay(r.when);
      if (start && end) rgmDays.push({ start, end });
    }
    for (const r of m.rgms) {
      const words = normalize(`${r.venue ?? ''} ${r.host ?? ''}`)
        .split(' ')
        .filter((w) => placeWord(w) && !GENERIC_VENUE_WORDS.has(w));
      for (const w of words) venueWords.add(w);
      if (words.length) venuePlaces.push(new Set(words));
    }
    const month = Number(m.range.start.slice(5, 7)) - 1;
    meetingsByMonth.set(month, [...(meetingsByMonth.get(month) ?? []), { id: m.id, start: m.range.start, end: m.range.end }]);
  }
  for (const list of meetingsByMonth.values()) list.sort((a, b) => b.start.localeCompare(a.start));
  held.sort((a, b) => b.end.localeCompare(a.end));
  return { venueWords, venuePlaces, meetingsByMonth, held, meetingPlaceWords, planned, rgmDays };
}
