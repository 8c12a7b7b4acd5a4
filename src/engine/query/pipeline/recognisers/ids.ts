/**
 * Recognisers of texts by name: amendments, corrigenda, Supplements, Recommendation numbers, working
 * acronyms (with or without their series), and the meeting id a reading spells. Each emits id spans
 * into the scan; the patterns and spellings are ../lexicon/id-words.ts.
 */
import { normaliseKey } from '../../../../dataset/catalog.js';
import {
  ACRONYM_BODY,
  BARE_NAME,
  BARE_NAME_SEPARATOR,
  BARE_SUPPL,
  ID_CUES,
  MEETING_ID,
  REC_ACRONYM,
  REC_AMD,
  REC_COR,
  REC_NUMBER,
  REC_SUPPL,
  SUPPL_ACRONYM,
  SUPPL_ACRONYM_CUES,
  spell,
} from '../lexicon/id-words.js';
import type { Scan } from './scan.js';

/** A meeting id as the reading spells it: `texts sg17-2024-09`. */
export function recogniseMeetingId(s: Scan): void {
  if (!s.digit || !s.low.includes(ID_CUES.meeting)) return;
  s.rest = s.rest.replace(MEETING_ID, (all, id: string) => {
    s.meeting ??= id.toLowerCase();
    return ' '.repeat(all.length);
  });
}

/** Amendments, corrigenda and Supplements by number ("X.509 Amd.1", "X.1252 Cor 1", "Suppl. 41"). */
export function recogniseParts(s: Scan): void {
  if (!s.digit) return;
  if (s.low.includes(ID_CUES.amendment)) s.take(REC_AMD, (m) => spell.amendment(m[1]!, m[2]!, m[3]!));
  if (s.low.includes(ID_CUES.corrigendum)) s.take(REC_COR, (m) => spell.corrigendum(m[1]!, m[2]!, m[3]!));
  if (s.low.includes(ID_CUES.supplement)) {
    s.take(REC_SUPPL, (m) => spell.supplement(m[1]!, m[2]!));
    s.take(BARE_SUPPL, (m) => spell.bareSupplement(m[1]!));
  }
}

/** Recommendation numbers ("X.1716"). */
export function recogniseNumbers(s: Scan): void {
  if (s.digit) s.take(REC_NUMBER, (m) => `${m[1]!.toUpperCase()}.${m[2]}`);
}

/** Working acronyms: with their series ("X.sec_QKDN_AA"), Supplements' ("Sup-cdc"), and without ("sec_qkdn_aa"). */
export function recogniseAcronyms(s: Scan): void {
  // Asked of what is left: once "X.1716" is taken, a terse `rec X.1716` holds no dot.
  if (s.rest.includes('.'))
    s.take(REC_ACRONYM, (m) => {
      const raw = m[1]!.replace(/[-.]+$/, '');
      const dot = raw.indexOf('.');
      return `${raw.slice(0, dot).toUpperCase()}${raw.slice(dot)}`;
    });
  if (SUPPL_ACRONYM_CUES.some((cue) => s.low.includes(cue))) s.take(SUPPL_ACRONYM, (m) => `${m[1]![0]!.toUpperCase()}${m[1]!.slice(1).replace(/[-.]+$/, '')}`);
  // Only text with "_" or "-" can hold an acronym typed without its "X." ("ztd-iot").
  if (s.low.includes('_') || s.low.includes('-')) takeNames(s, ACRONYM_BODY, s.gazetteer.names.byBody, normaliseKey);
  // One word, no series, no separator ("smdtsc", "ztdiot"): a name only where it is no ordinary word (gazetteer `bare`).
  const names = s.gazetteer.names;
  // Letters and digits only: the key is the word lower-cased. A look at the words first (every bare name is a
  // body): most questions hold none, and the pattern's look-behind costs more than the look.
  if (s.low.split(BARE_NAME_SEPARATOR).some((word) => names.byBody.has(word) && names.bare.has(word)))
    takeNames(s, BARE_NAME, names.bare, (word) => word.toLowerCase());
}

/** Every match of `pattern` whose key names a text in `names` becomes that id, blanked out of what is left. */
function takeNames(s: Scan, pattern: RegExp, names: ReadonlyMap<string, string>, keyOf: (body: string) => string): void {
  s.rest = s.rest.replace(pattern, (all, body: string, at: number) => {
    const name = names.get(keyOf(body));
    if (!name) return all;
    s.found.push({ at, id: name });
    return ' '.repeat(all.length);
  });
}
