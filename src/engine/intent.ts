/**
 * Free-text questions → command text, by rules (no ML, so the same words always give the same
 * command and a wrong mapping is fixed by a table line in intent-words.ts):
 *   1. "what is AAP?" / "explain last call"         → explain <term>
 *   2. a Recommendation number or former acronym    → rec <id>
 *   3. topic words (rgm, aap, tap, new, …) in order → <command> [Qn]
 *   4. a Question on its own                        → q <n>
 *   5. a search cue or a question with topic words  → search <words>
 *   otherwise: not understood, with the closest commands.
 */
import {
  EXACT,
  EXPLAIN_CUES,
  EXPLAIN_FILLER,
  GLOSSARY,
  MEETING_WORDS,
  NOT_APPROVED_PHRASES,
  QUESTION_OPENERS,
  SEARCH_CUES,
  STOPWORDS,
  TOPICS,
} from './intent-words.js';

/** Which rule matched: the specific signals (exact, explain, rec, topic) or the fallbacks (question, search). */
export type IntentReason = 'exact' | 'explain' | 'rec' | 'topic' | 'question' | 'search';

export type IntentMatch =
  | { readonly kind: 'command'; readonly command: string; readonly text: string; readonly reason: IntentReason }
  | { readonly kind: 'unknown'; readonly suggestions: readonly string[] };

/** Commands that take a Question as their first word. */
const TAKES_QUESTION: ReadonlySet<string> = new Set(['rgm', 'aap', 'tap', 'agreed', 'new']);

/** Options the matcher may add: what the registry knows (for suggestions and optional words). */
export interface IntentOptions {
  /** Command names and aliases that exist, for "closest command" suggestions of typos. */
  readonly commandWords?: readonly string[];
}

// ---------------------------------------------------------------- identifiers

const REC_AMD = /\b(x|tr|y|e)\s*\.?\s*(\d{1,4})\s*(?:amd|amendment|amend)\s*\.?\s*(\d{1,2})\b/i;
const REC_SUPPL = /\b(x|y|e)\s*\.?\s*(?:suppl|supp|sup|supplement)\s*\.?\s*(\d{1,3})\b/i;
const REC_NUMBER = /(?<![\w.])(x|y|e)\s*\.?\s*(\d{3,4})(?![\w])/i;
/** Working acronyms: X.sec_QKDN_AA, X.5Gsec-ctrl, TR.5Gsec-bsf (a letter after the dot somewhere). */
const REC_ACRONYM = /(?<![\w.])((?:x|tr|y|e)\.(?=[\w-]*[a-z])[a-z0-9][\w-]*(?:\.[a-z0-9][\w-]*)*)/i;

/** The first Recommendation (or other text) number in `text`, in the dataset's spelling. */
export function extractRecId(text: string): string | undefined {
  let m = REC_AMD.exec(text);
  if (m) return `${m[1]!.toUpperCase()}.${m[2]} Amd.${m[3]}`;
  m = REC_SUPPL.exec(text);
  if (m) return `${m[1]!.toUpperCase()}.Suppl.${m[2]}`;
  m = REC_NUMBER.exec(text);
  if (m) return `${m[1]!.toUpperCase()}.${m[2]}`;
  m = REC_ACRONYM.exec(text);
  if (m) {
    const raw = m[1]!.replace(/[-.]+$/, '');
    const dot = raw.indexOf('.');
    return `${raw.slice(0, dot).toUpperCase()}${raw.slice(dot)}`;
  }
  return undefined;
}

const QUESTION_RE = /(?<![\w.])(?:q|question|questions)\s*(\d{1,2})(?:\s*\/\s*17)?(?!\d)/i;
const QUESTION_SLASH_RE = /(?<![\w.])(\d{1,2})\/17\b/;

/** The Question number asked about ("Q15", "Q15/17", "question 15", "15/17"). */
export function extractQuestion(text: string): number | undefined {
  const m = QUESTION_RE.exec(text) ?? QUESTION_SLASH_RE.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]);
  return n >= 1 ? n : undefined;
}

// ---------------------------------------------------------------- normal form

/** Lower case, "what's" → "what is", punctuation → spaces, single spaces. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/(\w)'s\b/g, '$1 is')
    .replace(/n't\b/g, ' not')
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function hasPhrase(norm: string, phrase: string): boolean {
  return ` ${norm} `.includes(` ${phrase} `);
}

function firstPhrase(norm: string, table: readonly { phrases: readonly string[] }[]): number {
  return table.findIndex((entry) => entry.phrases.some((p) => hasPhrase(norm, p)));
}

/** The glossary term whose phrase is exactly `phrase` ("aap last call" → last call). */
function glossaryTerm(phrase: string): string | undefined {
  return GLOSSARY.find((entry) => entry.phrases.includes(phrase))?.term;
}

/** The glossary term asked about, when the text is a "what is …" / "explain …" question. */
function explainTerm(norm: string): string | undefined {
  if (!EXPLAIN_CUES.some((re) => re.test(norm))) return undefined;
  // Only "what is <term>" asks for a definition: "what is the status of the AAP items" does not.
  const words = norm.split(' ').filter((w) => !EXPLAIN_FILLER.has(w) && (!STOPWORDS.has(w) || w === 'status'));
  return words.length > 0 ? glossaryTerm(words.join(' ')) : undefined;
}

function contentWords(norm: string): string[] {
  return norm.split(' ').filter((w) => w.length > 1 && !STOPWORDS.has(w) && !/^q?\d+$/.test(w));
}

// ---------------------------------------------------------------- matcher

/** Map a free-text question onto command text. Deterministic; never throws. */
export function matchIntent(text: string, options: IntentOptions = {}): IntentMatch {
  try {
    return match(String(text ?? ''), options);
  } catch {
    return { kind: 'unknown', suggestions: [] };
  }
}

function command(reason: IntentReason, cmd: string, ...args: (string | number | undefined)[]): IntentMatch {
  const text = [cmd, ...args.filter((a) => a !== undefined && a !== '')].join(' ');
  return { kind: 'command', command: cmd, text, reason };
}

function match(text: string, options: IntentOptions): IntentMatch {
  const recId = extractRecId(text);
  const question = extractQuestion(text);
  // Topic words are read with the identifiers taken out, so "X.1716" or "Q15" trigger nothing.
  const stripped = text
    .replace(REC_AMD, ' ')
    .replace(REC_SUPPL, ' ')
    .replace(REC_NUMBER, ' ')
    .replace(REC_ACRONYM, ' ')
    .replace(QUESTION_RE, ' ')
    .replace(QUESTION_SLASH_RE, ' ');
  const norm = normalize(stripped);
  const exact = recId || question !== undefined ? undefined : EXACT.get(norm);
  if (exact) return command('exact', exact);

  if (!recId) {
    const term = explainTerm(norm);
    if (term) return command('explain', 'explain', term);
  }
  if (recId) return command('rec', 'rec', recId);

  const topic = firstPhrase(norm, TOPICS);
  if (topic >= 0) {
    let cmd = TOPICS[topic]!.command;
    // "next meeting of Q15" is that Question's RGM, not the next plenary.
    if (cmd === 'meeting' && question !== undefined) cmd = 'rgm';
    const q = question !== undefined && TAKES_QUESTION.has(cmd) ? `Q${question}` : undefined;
    if (cmd === 'tap' && NOT_APPROVED_PHRASES.some((p) => hasPhrase(norm, p))) {
      return command('topic', 'tap', 'not-approved', q);
    }
    return command('topic', cmd, q);
  }
  if (question !== undefined) {
    return MEETING_WORDS.some((w) => hasPhrase(norm, w)) ? command('topic', 'rgm', `Q${question}`) : command('question', 'q', question);
  }

  for (const cue of SEARCH_CUES) {
    const m = cue.exec(norm);
    if (m?.[1]) {
      const words = contentWords(m[1]);
      if (words.length > 0) return command('search', 'search', words.join(' '));
    }
  }
  const words = norm.split(' ');
  const asks = text.trim().endsWith('?') || QUESTION_OPENERS.has(words[0] ?? '');
  const topicWords = contentWords(norm);
  if (asks && topicWords.length > 0) return command('search', 'search', topicWords.join(' '));

  return { kind: 'unknown', suggestions: closestCommands(norm, options.commandWords ?? []) };
}

// ---------------------------------------------------------------- suggestions

/** Commands a confused text most likely meant: typos of command words, then topic words it shares. */
export function closestCommands(norm: string, commandWords: readonly string[]): string[] {
  const out: string[] = [];
  const add = (word: string): void => {
    if (!out.includes(word)) out.push(word);
  };
  const words = norm.split(' ').filter((w) => w.length >= 2);
  for (const word of words) {
    let best: { cmd: string; d: number } | undefined;
    for (const cmd of commandWords) {
      const d = editDistance(word, cmd);
      const limit = Math.min(2, Math.floor(cmd.length / 3) + 1);
      if (d <= limit && (!best || d < best.d)) best = { cmd, d };
    }
    if (best) add(best.cmd);
  }
  for (const entry of TOPICS) {
    for (const phrase of entry.phrases) {
      if (phrase.length >= 4 && words.some((w) => w.length >= 4 && (phrase.startsWith(w) || w.startsWith(phrase)))) add(entry.command);
    }
  }
  return out.slice(0, 3);
}

/** Levenshtein distance, small inputs only (command words). */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 99;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
