/**
 * 8. Where and how RGMs meet: a place of the data ("paris"), another name of one ("south korea"),
 * a word after "in"/"at" that is nothing else ("rgms in geneva"), a format ("virtual"), a state
 * ("tbc"), each said of RGMs only ("child online protection" is a title's words, read again
 * without the formats); a place after a negator is excluded ("rgms not in paris").
 *   "rgms in paris" → rgm venue paris · "virtual rgms" → rgm virtual · "rgms outside europe" → not venues
 */
import { PLACE_VERBS, placesExcluded } from '../../negation.js';
import { CONJUNCTIONS, NEGATION_VOCABULARY, NOT_PLACES, PAST_CUES, PLACE_ALIAS_WORDS, PLACE_ALIASES, VENUE_NOUNS } from '../../words.js';
import type { ParseOutcome } from '../outcome.js';
import { CLAUSE_BREAKS } from '../lexicon/venue-words.js';
import { readPhrases } from '../recognisers/phrases.js';
import { placeAlias, placeNamed, placesNamed } from '../recognisers/places.js';
import type { State } from '../state.js';

export function venue(s: State): ParseOutcome | undefined {
  s.textFilters =
    s.outcomes.length + s.routes.length + s.kinds.length + s.types.length + s.textExclusions > 0 ||
    s.subjects.includes('texts') ||
    s.subjects.includes('work-items');
  s.venueWords = s.content.filter((w) => s.places.venueWords.has(w));
  s.alias = s.content.some((w) => PLACE_ALIAS_WORDS.has(w)) ? placeAlias(s.norm) : undefined;
  const alias = s.alias;
  if (alias) {
    s.content = s.content.filter((w) => !alias.words.includes(w));
    if (!s.venueWords.includes(alias.place)) s.venueWords.push(alias.place);
  }
  const said = s.formats.length > 0 || s.notFormats.length > 0 || s.venueWords.length > 0 || !!s.rgmState;
  s.rgmContext =
    !s.textFilters &&
    (s.subjects.includes('rgms') ||
      !!s.time ||
      s.topics.includes('meetings') ||
      (said && s.content.every((w) => s.venueWords.includes(w) || PAST_CUES.has(w))));
  if (!s.rgmContext) s.rgmState = undefined;
  // "rgms where the venue is tbd": the undecided thing is the venue, not the dates ("rgms where the dates are not
  // fixed yet" names the dates: the "where" only joins the clause).
  else if (s.rgmState === 'tbc' && s.words.some((w) => VENUE_NOUNS.has(w)) && !s.words.some((w) => CLAUSE_BREAKS.has(w) && !CONJUNCTIONS.has(w)))
    s.rgmState = 'no-venue';
  if (s.rgmContext && (s.formats.length > 0 || s.notFormats.length > 0 || s.venueWords.length > 0 || s.rgmState)) {
    if (!s.subjects.includes('rgms')) s.subjects.push('rgms');
    s.format = s.formats.length === 1 ? s.formats[0] : undefined;
    if (s.venueWords.length) s.venues = placesOf(s.venueWords, s.places.venuePlaces);
  } else if (s.formats.length > 0) {
    ({ signals: s.signals, loose: s.loose } = readPhrases(s.words, true));
    s.content = s.contentOf(s.loose);
  }
  namedPlace(s);
  return undefined;
}

/** The place after "in"/"at", and the places a negator excludes. */
function namedPlace(s: State): void {
  // "rgms in geneva, switzerland": the city named before a country the data holds no RGM in is asked too.
  const countryOnly = s.alias !== undefined && !s.places.venueWords.has(s.alias.place);
  const rgmsAsked = s.rgmContext && (s.subjects.includes('rgms') || !!s.time);
  if (rgmsAsked && (!s.venues || countryOnly)) {
    const place = placeNamed(s.words, s.content, s.known);
    const country = s.alias?.place;
    if (place && !s.venues) s.venues = [place];
    else if (place && countryOnly) s.venues = s.venues?.map((v) => (v === country && place !== v ? `${place} ${v}` : v));
  }
  // "rgms in paris or geneva", "rgm in geneva in paris": a place the data does not hold, asked beside one it does, is asked
  // too (the answer says the data holds no RGM there).
  if (rgmsAsked && s.venues) {
    const taken = new Set(s.venues.flatMap((v) => v.split(' ')));
    for (const place of [...placesNamed(s.words, s.content, s.known), ...placesJoinedTo(s.words, s.content, s.known, taken)]) {
      if (taken.has(place)) continue;
      s.venues.push(place);
      taken.add(place);
    }
    // In the order said: the reading reads them back so.
    s.venues.sort((a, b) => saidAt(s, a) - saidAt(s, b));
  }
  if (!s.venues) return;
  // "rgms not in paris", "rgms outside europe": every RGM but those meeting there.
  // Any place said after "in"/"at" may be the one left out, beside a place of the data asked ("not in geneva not in seoul").
  const named = s.rgmContext ? placesNamed(s.words, s.content, s.known) : [];
  const excludedPlaces = placesExcluded(s.norm, new Set([...s.venues.flatMap((v) => v.split(' ')), ...named]));
  if (!excludedPlaces.length) return;
  const left = s.venues
    .map((v) =>
      v
        .split(' ')
        .filter((w) => !excludedPlaces.includes(w))
        .join(' '),
    )
    .filter(Boolean);
  s.venues = left.length ? left : undefined;
  s.not.venues = excludedPlaces;
  const said = new Set([...excludedPlaces, ...NEGATION_VOCABULARY, ...PLACE_VERBS]);
  // The negator that excluded them is used too ("rgms except the one in stockholm"): never said back unused.
  s.content = s.content.filter((w) => !said.has(w) && !said.has(PLACE_ALIASES.get(w) ?? '') && !(s.alias?.words.includes(w) ?? false));
}

/**
 * The places the data's place words name, in the order said: words found together in one RGM's venue and host are one
 * place ("paris france", "hybrid seoul"); words of different venues are different places, alternatives ("paris stockholm").
 */
export function placesOf(words: readonly string[], venuePlaces: readonly ReadonlySet<string>[]): string[] {
  const groups: string[][] = [];
  for (const w of words) {
    const group = groups.find((g) => venuePlaces.some((p) => p.has(w) && g.every((x) => p.has(x))));
    if (group) group.push(w);
    else groups.push([w]);
  }
  return groups.map((g) => g.join(' '));
}

/** "in paris or geneva": a word that is nothing else, joined by a conjunction to a place asked. */
function placesJoinedTo(words: readonly string[], content: readonly string[], known: ReadonlySet<string>, places: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let i = 2; i < words.length; i++) {
    if (!CONJUNCTIONS.has(words[i - 1]!) || !places.has(words[i - 2]!)) continue;
    const w = words[i]!;
    if (w.length > 2 && !/\d/.test(w) && content.includes(w) && !known.has(w) && !NOT_PLACES.has(w)) out.push(w);
  }
  return out;
}

/** Where the question first says a place (its own word or, for another name of it, the alias's). */
function saidAt(s: State, place: string): number {
  const words = place.split(' ').flatMap((w) => (w === s.alias?.place ? [w, ...s.alias.words] : [w]));
  const at = words.map((w) => s.words.indexOf(w)).filter((i) => i >= 0);
  return at.length ? Math.min(...at) : s.words.length;
}
