/**
 * The neutral message model every command returns. Renderers (terminal text, Slack Block Kit,
 * Discord embeds) turn it into platform output; nothing here knows about a platform.
 * Text is plain: renderers escape it for their platform, so nothing in an Answer can ping anyone.
 */
import { z } from 'zod';
import { IsoDate } from '../dataset/schema.js';
import { Query } from './query/model.js';

/** A moment shown in the reader's local time where the platform can (Slack <!date>, Discord <t:>). */
export const TimeSpan = z.object({
  type: z.literal('time'),
  /** ISO instant, e.g. "2024-11-26T08:00:00.000Z" */
  iso: z.string(),
  /** What to show where local rendering is impossible, e.g. "Tue 26 Nov 2024, 09:00 CET". */
  fallback: z.string(),
  /** Whether the reader's rendering should show the date only or date and time. */
  style: z.enum(['date', 'datetime']),
});
export type TimeSpan = z.infer<typeof TimeSpan>;

/** Plain text, or a run of text and time spans. */
export const Rich = z.union([z.string(), z.array(z.union([z.string(), TimeSpan]))]);
export type Rich = z.infer<typeof Rich>;

export const Field = z.object({ label: z.string(), value: Rich, inline: z.boolean().optional() });
export type Field = z.infer<typeof Field>;

export const ListItem = z.object({ text: Rich, detail: Rich.optional() });
export type ListItem = z.infer<typeof ListItem>;

export const Section = z.object({
  heading: z.string().optional(),
  /** Free text under the heading. */
  text: Rich.optional(),
  fields: z.array(Field).optional(),
  items: z.array(ListItem).optional(),
});
export type Section = z.infer<typeof Section>;

export const Link = z.object({ label: z.string(), url: z.string().url() });

/**
 * How a question in words was read: the terse command it amounts to ("tap approved Q2"), so the
 * asker learns the short form and sees a misreading at once, and a second reading that came close.
 */
export const Reading = z.object({
  /** The terse command text; null when nothing was understood. */
  query: z.string().nullable(),
  understood: z.boolean(),
  /** "explain last call" when that reading came close too. */
  alternative: z.string().optional(),
  /** False when the asker typed the terse command itself (nothing to teach): renderers then skip the line. */
  show: z.boolean(),
  /** Words of the question that narrowed nothing, said back so a misreading shows ("Not used: maybe"). */
  unused: z.array(z.string()).optional(),
  /** The message continued the asker's last question, which it refined: "(following your last question)". */
  following: z.boolean().optional(),
  /** A part of the question the data cannot answer, said plainly ("Not answered: why — the summary gives no reasons"); `understood` is then false. */
  unanswered: z.string().optional(),
});
export type Reading = z.infer<typeof Reading>;

export const Answer = z.object({
  /** Machine-readable kind of the answer: "rec", "aap", "rgm", "help", "not-found", "usage", … */
  kind: z.string(),
  /** False when nothing matched or the input was not understood (CLI exit 1/2). */
  ok: z.boolean(),
  /** "usage" marks a malformed command (CLI exit 2). */
  error: z.enum(['not-found', 'usage']).optional(),
  title: z.string(),
  summary: Rich.optional(),
  sections: z.array(Section),
  links: z.array(Link).optional(),
  /** Where this came from, e.g. "SG17, Geneva, 2–6 Sep 2024 — executive summary". Always present. */
  source: z.string(),
  /** Structured payload for --json and tests: `{kind, items}`. */
  data: z.object({
    kind: z.string(),
    items: z.array(z.record(z.string(), z.unknown())),
    /** Search: hits set apart from `items` as only related (not every asked word, or only mentioned). */
    related: z.array(z.record(z.string(), z.unknown())).optional(),
    /**
     * What to try instead, on an answer that found nothing (a name within a typo's reach, the nearest
     * commands): never among `items`, which hold only what was found, each with its id.
     */
    suggestions: z.array(z.string()).optional(),
    /** "how many …" answers: the number asked for. */
    count: z.number().int().optional(),
    /** Side by side ("compare Q10 and Q15", "texts per Question"): each group's label (a Question such as "Q10/17", or a text id) and the ids it holds. */
    groups: z.array(z.object({ label: z.string(), ids: z.array(z.string()) })).optional(),
  }),
  /** Set on answers to what someone typed (engine `ask`): how it was read. */
  reading: Reading.optional(),
  /**
   * The Query this answer executed (engine `ask`), and the last day of the RGM it led with: what a
   * follow-up in the same conversation refines (dispatch remembers it; query/follow-up.ts).
   */
  asked: z.object({ query: Query, shownUntil: IsoDate.optional(), leads: z.boolean().optional(), questions: z.array(z.string()).optional() }).optional(),
});
export type Answer = z.infer<typeof Answer>;

/** Flatten rich text for places with no local-time rendering. */
export function plainText(rich: Rich): string {
  return typeof rich === 'string' ? rich : rich.map((part) => (typeof part === 'string' ? part : part.fallback)).join('');
}

/** Said after the reading of a follow-up. */
export const FOLLOWING = '(following your last question)';

/**
 * "Read as: `tap approved Q2`", "Or did you mean `explain last call`?" and "Not used: `maybe`":
 * the lines renderers show. `unused` is the asker's own words: renderers escape it like any user text.
 */
export function readingLines(answer: Answer): { readAs?: string; alternative?: string; unused?: string; following?: string; unanswered?: string } {
  const r = answer.reading;
  if (!r?.show && !r?.unused?.length && !r?.unanswered) return {};
  return {
    ...(r.query !== null ? { readAs: r.query } : {}),
    ...(r.following && r.query !== null ? { following: FOLLOWING } : {}),
    ...(r.alternative ? { alternative: r.alternative } : {}),
    ...(r.unused?.length ? { unused: r.unused.join(' ') } : {}),
    ...(r.unanswered ? { unanswered: r.unanswered } : {}),
  };
}
