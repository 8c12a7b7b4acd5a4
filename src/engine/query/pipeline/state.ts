/**
 * What the recognisers found and the refiners have made of it so far: the spans sorted into
 * dimensions (outcomes, routes, kinds, …, each with what is excluded), the words left over, and the
 * window, place and meeting asked. Each refiner reads and refines it in turn; the Query is built
 * from it last (./build-query.ts).
 */
import { utcDay } from '../../format-dates.js';
import type { DocType, ExcludedGroup, Exclusion, Outcome, Query, RgmFormat, RgmState, Route, TextFlag, TextKind } from '../model.js';
import { DEFINE_FILLER, NEGATION_VOCABULARY, STOPWORDS, type Signal } from '../words.js';
import type { Gazetteer, PlaceIndex } from './gazetteer.js';
import type { ParseEnv } from './outcome.js';
import type { Groups } from './recognisers/excluded-groups.js';
import type { Extracted } from './recognisers/index.js';
import type { TimeSpan } from './recognisers/meetings.js';
import type { PhraseSpan } from './recognisers/phrases.js';

export type Topic = NonNullable<Signal['topic']>;
export type Subject = 'texts' | 'work-items' | 'rgms';

export class State {
  // The text, and its first word (a command typed first).
  text = '';
  firstRaw = '';
  afterFirst = '';
  verbatim: 'search' | 'define' | 'ids' | undefined;
  // Identifier spans.
  ids: string[] = [];
  notIds: string[] = [];
  meetingId: string | undefined;
  rest = '';
  questions: string[] = [];
  notQuestions: string[] = [];
  /** A Question was named, asked or excluded. */
  questionNamed = false;
  // Time spans.
  lower = '';
  asked: TimeSpan | undefined;
  time: TimeSpan | undefined;
  timeNotApplied: readonly string[] = [];
  /** The windows a negator excludes. */
  timesLeftOut: readonly TimeSpan[] = [];
  current: { readonly phrase: string } | undefined;
  /** The data itself was named ("in the data"): with "last", the final RGM it plans. */
  wholeData = false;
  // Words and phrase spans.
  words: string[] = [];
  signals: PhraseSpan[] = [];
  loose: string[] = [];
  norm = '';
  // The dimensions the phrases name, each value once, in the order said.
  outcomes: Outcome[] = [];
  routes: Route[] = [];
  kinds: TextKind[] = [];
  types: DocType[] = [];
  subjects: Subject[] = [];
  topics: Topic[] = [];
  terms: string[] = [];
  notHeld: string | undefined;
  listCue = false;
  formats: RgmFormat[] = [];
  flags: TextFlag[] = [];
  /** Texts by their Timing column ("timing 2023-09"). */
  timing: string | undefined;
  rgmState: RgmState | undefined;
  perQuestion = false;
  // What an excluding word named, per dimension.
  notOutcomes: Outcome[] = [];
  notRoutes: Route[] = [];
  notKinds: TextKind[] = [];
  notTypes: DocType[] = [];
  notFlags: TextFlag[] = [];
  notFormats: RgmFormat[] = [];
  /** What an excluding word named that no filter can say ("not in january", "not about 5g"): said back unused. */
  excludedNotApplied: string[] = [];
  subjectExcluded = false;
  not: Exclusion = {};
  /** Combinations a negator leaves out ("except the Q11 amendments"), and values of one dimension under the same negator. */
  excludeAll: ExcludedGroup[] = [];
  notEach: Exclusion = {};
  /** How many filters the exclusions and table flags add (a text list asked by them alone). */
  textExclusions = 0;
  filters = 0;
  count = false;
  negationUsed = false;
  /** Content words left: neither a phrase, nor a stop word, nor a negator used. */
  content: string[] = [];
  window: { from?: string; to?: string } = {};
  // Where and how RGMs meet.
  textFilters = false;
  venueWords: string[] = [];
  alias: { place: string; words: readonly string[] } | undefined;
  rgmContext = false;
  /** RGMs: the places asked, each one place ("paris", "geneva switzerland"); two are alternatives. */
  venues: string[] | undefined;
  format: RgmFormat | undefined;
  // The SG17 meeting asked.
  meeting: string | undefined;
  textList = false;
  textsAsked = false;
  pastCue = false;
  plannedMeeting = false;
  topicWords: string[] = [];
  // How the question asks.
  bare = false;
  definable = false;
  opener: string | undefined;
  askingMeaning = false;
  newGroups = false;
  notNewGroups = false;
  /** A deferral said to be at an earlier meeting ("pushed back at a previous meeting"): the Notes', at no meeting named. */
  earlierDeferral = false;
  /** Groups by their status as the data writes it ("continued"), asked or excluded ("which cgs carry on"). */
  groupStatuses: string[] = [];
  notGroupStatuses: string[] = [];
  rank: 'most' | 'fewest' | undefined;
  compared = false;
  about: string | undefined;
  listed: Query | undefined;
  #today: string | undefined;

  constructor(
    readonly typed: string,
    readonly env: ParseEnv,
    readonly gazetteer: Gazetteer,
  ) {}

  get known(): ReadonlySet<string> {
    return this.gazetteer.topicWords;
  }

  get places(): PlaceIndex {
    return this.gazetteer.places;
  }

  /** Today's date, only when a refiner needs it (most questions name no time). */
  today(): string {
    this.#today ??= utcDay(this.env.now);
    return this.#today;
  }

  setIds(e: Extracted): void {
    this.ids = e.ids;
    this.notIds = e.notIds;
    this.meetingId = e.meeting;
    this.rest = e.rest;
    // "texts from all questions except q11": every Question but those, an exclusion (one named as well wins).
    this.questions = e.questions;
    this.notQuestions = e.questions.length ? [] : e.notQuestions;
    this.questionNamed = this.questions.length > 0 || this.notQuestions.length > 0;
  }

  /** What the combinations left out took: their negators are used, never said back unused. */
  excludeGroups(g: Groups): void {
    this.excludeAll = g.groups;
    this.notEach = g.each;
    this.negationUsed = true;
    this.notQuestions = [...new Set([...this.notQuestions, ...(g.each.questions ?? [])])];
    this.questionNamed = true;
  }

  /** The content words of `ws`: no stop word, no filler, no single letter, no negator once one was used. */
  contentOf(ws: readonly string[]): string[] {
    return ws.filter((w) => !STOPWORDS.has(w) && !DEFINE_FILLER.has(w) && (w.length > 1 || /\d/.test(w)) && !(this.negationUsed && NEGATION_VOCABULARY.has(w)));
  }
}
