/**
 * The one Slack renderer: an engine Answer → Block Kit blocks plus a plain `text` fallback.
 * Every piece of text is escaped (& < >) and marked verbatim, so nothing a user typed — echoed back
 * in an answer — can form <!channel>, <!here>, <!everyone>, <@U…> or <!subteam^…>. Output stays
 * within Slack's limits: 50 blocks, 3000 characters per text object, 10 fields per section;
 * what does not fit is counted in an "and N more" line.
 */
import type { types } from '@slack/bolt';
import type { Answer, Field, ListItem, Rich, Section, TimeSpan } from '../../src/engine/answer.js';
import { plainText, readingLines } from '../../src/engine/answer.js';
import { graphemeBoundary, shorten } from '../../src/text/shorten.js';

type KnownBlock = types.KnownBlock;
type SectionBlock = types.SectionBlock;
type MrkdwnElement = types.MrkdwnElement;

export const SLACK_LIMITS = {
  blocks: 50,
  textChars: 3000,
  fieldsPerSection: 10,
  fieldChars: 2000,
  headerChars: 150,
} as const;

export interface SlackMessage {
  readonly blocks: KnownBlock[];
  /** Notification / screen-reader fallback. */
  readonly text: string;
}

/** Escape the three characters Slack reserves for control sequences (&, <, >). */
export function escapeMrkdwn(text: string): string {
  // Most texts hold none of the three: one scan then, not three replace passes (this runs for
  // every piece of every answer).
  if (!RESERVED.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const RESERVED = /[&<>]/;

/**
 * Plain-text fields are not parsed for mentions, but Slack shows entities literally there; swap
 * the angle brackets for look-alikes so a title can never carry a control sequence either.
 */
function safePlain(text: string): string {
  return ANGLES.test(text) ? text.replace(/</g, '‹').replace(/>/g, '›') : text;
}

const ANGLES = /[<>]/;

/** Neutralise @channel/@here/@everyone in plain fallbacks (a word joiner after the @). */
function defuseBroadcasts(text: string): string {
  return text.includes('@') ? text.replace(/@(channel|here|everyone)\b/gi, '@\u2060$1') : text;
}

function timeToken(span: TimeSpan): string {
  const ms = Date.parse(span.iso);
  if (Number.isNaN(ms)) return escapeMrkdwn(span.fallback);
  const format = span.style === 'date' ? '{date_short_pretty}' : '{date_short_pretty} {time}';
  // The fallback is shown by clients that cannot localise; it must not contain | or > itself.
  const fallback = escapeMrkdwn(span.fallback).replace(/\|/g, '/');
  return `<!date^${Math.floor(ms / 1000)}^${format}|${fallback}>`;
}

/** Rich text → escaped mrkdwn, time spans as <!date> tokens in the reader's own time zone. */
export function richToMrkdwn(rich: Rich): string {
  if (typeof rich === 'string') return escapeMrkdwn(rich);
  return rich.map((part) => (typeof part === 'string' ? escapeMrkdwn(part) : timeToken(part))).join('');
}

/**
 * Shorten mrkdwn to `max` characters without cutting through a <…> token or an &…; entity,
 * ending with an ellipsis when anything was dropped.
 */
export function fitMrkdwn(text: string, max: number): string {
  if (text.length <= max) return text;
  // On a whole character; a token's "<" or an entity's "&" (where the cut may move back to) always starts one.
  let cut = graphemeBoundary(text, max - 1);
  const open = text.lastIndexOf('<', cut - 1);
  if (open !== -1 && text.indexOf('>', open) >= cut) cut = open;
  const amp = text.lastIndexOf('&', cut - 1);
  if (amp !== -1 && text.indexOf(';', amp) >= cut) cut = amp;
  return `${text.slice(0, cut)}…`;
}

function mrkdwn(text: string, max: number = SLACK_LIMITS.textChars): MrkdwnElement {
  return { type: 'mrkdwn', text: fitMrkdwn(text, max), verbatim: true };
}

function textSection(text: string): SectionBlock {
  return { type: 'section', text: mrkdwn(text) };
}

/** A block of the body plus how many list entries (items or fields) it carries, for "and N more". */
interface Unit {
  readonly block: KnownBlock;
  readonly entries: number;
}

function itemLine(item: ListItem): string {
  const detail = item.detail === undefined ? '' : ` — ${richToMrkdwn(item.detail)}`;
  return `• ${richToMrkdwn(item.text)}${detail}`;
}

/** Pack lines into as few ≤3000-char section texts as possible; a heading leads the first. */
function packLines(lines: readonly string[], heading: string | undefined, units: Unit[]): void {
  let current = heading ? `*${escapeMrkdwn(heading)}*` : '';
  let count = 0;
  for (const raw of lines) {
    const line = fitMrkdwn(raw, SLACK_LIMITS.textChars - 1);
    const next = current ? `${current}\n${line}` : line;
    if (next.length > SLACK_LIMITS.textChars && current) {
      units.push({ block: textSection(current), entries: count });
      current = line;
      count = 1;
    } else {
      current = next;
      count += 1;
    }
  }
  if (current) units.push({ block: textSection(current), entries: count });
}

function fieldText(field: Field): MrkdwnElement {
  return mrkdwn(`*${escapeMrkdwn(field.label)}*\n${richToMrkdwn(field.value)}`, SLACK_LIMITS.fieldChars);
}

/** A section's blocks, appended to `units` (the renderer runs per request: no intermediate arrays). */
function addSection(section: Section, units: Unit[]): void {
  let heading = section.heading;
  if (section.text !== undefined) {
    const head = heading ? `*${escapeMrkdwn(heading)}*\n` : '';
    units.push({ block: textSection(head + richToMrkdwn(section.text)), entries: 0 });
    heading = undefined;
  }
  const fields = section.fields;
  if (fields) {
    for (let i = 0; i < fields.length; i += SLACK_LIMITS.fieldsPerSection) {
      const end = Math.min(fields.length, i + SLACK_LIMITS.fieldsPerSection);
      const texts: MrkdwnElement[] = [];
      for (let j = i; j < end; j++) texts.push(fieldText(fields[j]!));
      const block: SectionBlock = heading ? { type: 'section', text: mrkdwn(`*${escapeMrkdwn(heading)}*`), fields: texts } : { type: 'section', fields: texts };
      units.push({ block, entries: end - i });
      heading = undefined;
    }
  }
  const items = section.items;
  if (items?.length) packLines(items.map(itemLine), heading, units);
  else if (heading) units.push({ block: textSection(`*${escapeMrkdwn(heading)}*`), entries: 0 });
}

function addLinks(answer: Answer, units: Unit[]): void {
  if (!answer.links?.length) return;
  const parts = answer.links.map((l) => {
    // URLs are validated by the Answer schema; percent-encode the characters that would end the token.
    const url = l.url.replace(/[<>|]/g, (c) => encodeURIComponent(c));
    return `<${url}|${escapeMrkdwn(l.label).replace(/\|/g, '/')}>`;
  });
  const linkUnits: Unit[] = [];
  packLines(parts, undefined, linkUnits);
  for (const u of linkUnits) units.push({ block: u.block, entries: 0 });
}

export function renderSlackBlocks(answer: Answer): SlackMessage {
  const header: KnownBlock = {
    type: 'header',
    text: { type: 'plain_text', text: shorten(safePlain(answer.title) || 'sg17', SLACK_LIMITS.headerChars), emoji: false },
  };
  const context: KnownBlock = {
    type: 'context',
    elements: [mrkdwn(`Source: ${escapeMrkdwn(answer.source)}`)],
  };
  // How a question in words was read, as the short command: a context line under the header.
  const { readAs, alternative, unused, following, unanswered } = readingLines(answer);
  const code = (text: string): string => `\`${escapeMrkdwn(text.replace(/`/g, "'"))}\``;
  const readBack = [
    readAs ? `Read as: ${code(readAs)}${following ? ` ${following}` : ''}` : '',
    alternative ? `Or did you mean ${code(alternative)}?` : '',
    unused ? `Not used: ${code(unused)}` : '',
    unanswered ? `Not answered: ${escapeMrkdwn(unanswered)}` : '',
  ]
    .filter(Boolean)
    .join('  ·  ');
  const reading: KnownBlock[] = readBack ? [{ type: 'context', elements: [mrkdwn(readBack)] }] : [];
  const body: Unit[] = [];
  if (answer.summary !== undefined) body.push({ block: textSection(richToMrkdwn(answer.summary)), entries: 0 });
  for (const section of answer.sections) addSection(section, body);
  addLinks(answer, body);

  // Header and context always stay; one slot is kept for the "and N more" line when needed.
  const room = SLACK_LIMITS.blocks - 2 - reading.length;
  const blocks: KnownBlock[] = [header, ...reading];
  if (body.length <= room) {
    for (const u of body) blocks.push(u.block);
  } else {
    for (let i = 0; i < room - 1; i++) blocks.push(body[i]!.block);
    const dropped = body.slice(room - 1);
    const entries = dropped.reduce((n, u) => n + u.entries, 0);
    const note = entries > 0 ? `…and ${entries} more` : `…and ${dropped.length} more parts`;
    blocks.push({ type: 'context', elements: [mrkdwn(`${note} (ask a narrower question to see them)`)] });
  }
  blocks.push(context);

  const summary = answer.summary === undefined ? '' : `: ${plainText(answer.summary)}`;
  const text = shorten(defuseBroadcasts(escapeMrkdwn(`${answer.title}${summary}`)), SLACK_LIMITS.textChars);
  return { blocks, text };
}
