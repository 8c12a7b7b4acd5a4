/**
 * The one Discord renderer: Answer → message body with embeds, inside Discord's limits
 * (10 embeds, 25 fields each, 256-character titles and field names, 4096-character descriptions,
 * 1024-character field values, 6000 characters in all). Whatever does not fit is counted and
 * shown as "… and N more". Text is escaped so nothing echoed renders as markdown or pings anyone,
 * and every body carries `allowed_mentions: {parse: []}` as the second guard.
 */
import type { APIEmbed } from 'discord.js';
import { readingLines, type Answer, type Rich, type Section } from '../../src/engine/answer.js';
import { shorten } from '../../src/text/shorten.js';

export const LIMITS = {
  embeds: 10,
  fields: 25,
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  total: 6000,
} as const;

/** Room kept back from the 6000 total for the "and N more" notes. */
const NOTE_RESERVE = 200;
/** One list line is cut here so one long item cannot eat a whole embed. */
const MAX_ITEM_LINE = 600;

const COLOR_OK = 0x2b6cb0;
const COLOR_PROBLEM = 0xc05621;

export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  allowed_mentions: { parse: [] };
}

/** Mentions shown as text: a zero-width space keeps @everyone, @here and <@id> from forming. */
export function neutraliseMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, '@\u200b$1').replace(/<(?=[@#])/g, '<\u200b');
}

/**
 * Plain text → Discord markdown that shows exactly that text and cannot mention anyone.
 * A backslash before punctuation is always consumed by Discord's parser, so escaping every
 * markup character is safe. (Hand-written and linear: discord.js's escapeMarkdown is quadratic on
 * long words — 4000 characters took 350 ms in its italic pass.)
 */
export function escapeText(text: string): string {
  const escaped = text
    .replace(/[\\*_~`|[\]]/g, '\\$&')
    // Line-start markup: quotes, headings, "-# " subtext, lists, numbered lists.
    .replace(/^(\s*)([>#+-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)\./gm, '$1\\.');
  return neutraliseMentions(escaped);
}

/** Rich text with time spans as Discord timestamps, shown in each reader's own time zone. */
export function richToDiscord(rich: Rich): string {
  if (typeof rich === 'string') return escapeText(rich);
  const joined = rich
    .map((part) => {
      if (typeof part === 'string') return escapeText(part);
      const ms = Date.parse(part.iso);
      if (Number.isNaN(ms)) return escapeText(part.fallback);
      return `<t:${Math.floor(ms / 1000)}:${part.style === 'date' ? 'D' : 'f'}>`;
    })
    .join('');
  // Parts such as "@" + "everyone" can meet only here.
  return neutraliseMentions(joined);
}

const moreNote = (n: number) => `… and ${n} more`;

/** Characters Discord counts toward the 6000 total. */
export function embedChars(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

interface Budget {
  left: number;
}

/**
 * Append a lead text and list lines to a description, as many lines as fit in the description
 * and the budget; the rest are counted. The lead is cut (not dropped) to leave room for a note.
 */
function appendDescription(existing: string, lead: string | undefined, lines: readonly string[], budget: Budget): { text: string; dropped: number } {
  let text = existing;
  if (lead) {
    const sep = text ? '\n\n' : '';
    const room = Math.min(LIMITS.description - 60 - text.length - sep.length, budget.left - sep.length);
    if (room > 1) {
      const piece = sep + shorten(lead, room);
      text += piece;
      budget.left -= piece.length;
    }
  }
  let shown = 0;
  for (const line of lines) {
    const piece = (text ? '\n' : '') + shorten(line, MAX_ITEM_LINE);
    if (text.length + piece.length > LIMITS.description - 40 || piece.length > budget.left) break;
    text += piece;
    budget.left -= piece.length;
    shown++;
  }
  return { text, dropped: lines.length - shown };
}

function itemLines(section: Section): string[] {
  return (section.items ?? []).map((item) => {
    const detail = item.detail === undefined ? '' : richToDiscord(item.detail);
    return `• ${richToDiscord(item.text)}${detail ? ` — ${detail}` : ''}`;
  });
}

function appendFields(embed: APIEmbed, section: Section, budget: Budget): number {
  const fields = embed.fields ?? [];
  const all = section.fields ?? [];
  let shown = 0;
  for (const field of all) {
    const name = shorten(escapeText(field.label) || '\u200b', LIMITS.fieldName);
    const value = shorten(richToDiscord(field.value) || '—', LIMITS.fieldValue);
    if (fields.length === LIMITS.fields || name.length + value.length > budget.left) break;
    fields.push({ name, value, ...(field.inline ? { inline: true } : {}) });
    budget.left -= name.length + value.length;
    shown++;
  }
  if (fields.length) embed.fields = fields;
  return all.length - shown;
}

/** How many things a section holds, for counting what was left out. */
const sectionUnits = (s: Section) => (s.items?.length ?? 0) + (s.fields?.length ?? 0) + (s.text !== undefined ? 1 : 0);

/** Count what was left out on the embed's last line; an embed keeps one note, summed. */
function addNote(embed: APIEmbed, dropped: number): void {
  if (!dropped) return;
  const text = embed.description ?? '';
  const previous = /(?:^|\n)… and (\d+) more$/.exec(text);
  const kept = previous ? text.slice(0, previous.index) : text;
  const note = moreNote(dropped + (previous ? Number(previous[1]) : 0));
  // Descriptions are filled to 60 characters short of the limit, so the note always fits.
  embed.description = kept ? `${kept}\n${note}` : note;
}

export function renderDiscordMessage(answer: Answer): DiscordMessage {
  // Footers render no markdown: escaping would show the backslashes.
  const footer = shorten(neutraliseMentions(answer.source), LIMITS.footer);
  const budget: Budget = { left: LIMITS.total - footer.length - NOTE_RESERVE };
  const color = answer.ok ? COLOR_OK : COLOR_PROBLEM;

  const title = shorten(escapeText(answer.title), LIMITS.title);
  budget.left -= title.length;
  const linkLines = (answer.links ?? []).map((l) => `[${escapeText(shorten(l.label, 200))}](${l.url})`);
  // How a question in words was read, as the short command, in a code span (no markdown inside; no backticks, no mentions).
  const { readAs, alternative, unused, following, unanswered } = readingLines(answer);
  const code = (text: string): string => `\`${neutraliseMentions(shorten(text.replace(/`/g, "'"), 200))}\``;
  const readBack = [
    readAs ? `Read as: ${code(readAs)}${following ? ` ${following}` : ''}` : '',
    alternative ? `Or did you mean ${code(alternative)}?` : '',
    unused ? `Not used: ${code(unused)}` : '',
    unanswered ? `Not answered: ${escapeText(unanswered)}` : '',
  ]
    .filter(Boolean)
    .join('\n');
  budget.left -= readBack.length;
  const head = appendDescription(readBack, answer.summary === undefined ? undefined : richToDiscord(answer.summary), linkLines, budget);
  const embeds: APIEmbed[] = [{ color, ...(title ? { title } : {}), ...(head.text ? { description: head.text } : {}) }];
  addNote(embeds[0]!, head.dropped);

  let droppedSections = 0;
  for (const section of answer.sections) {
    // A section without a heading continues the embed before it; one with a heading starts its own.
    const continues = !section.heading;
    if ((!continues && embeds.length === LIMITS.embeds) || budget.left <= 0) {
      droppedSections += sectionUnits(section);
      continue;
    }
    const embed: APIEmbed = continues ? embeds[embeds.length - 1]! : { color };
    if (section.heading) {
      embed.title = shorten(escapeText(section.heading), LIMITS.title);
      budget.left -= embed.title.length;
    }
    const text = section.text === undefined ? undefined : richToDiscord(section.text);
    const description = appendDescription(embed.description ?? '', text, itemLines(section), budget);
    if (description.text) embed.description = description.text;
    const droppedFields = appendFields(embed, section, budget);
    addNote(embed, description.dropped + droppedFields);
    if (!continues) embeds.push(embed);
  }

  addNote(embeds[embeds.length - 1]!, droppedSections);
  // Discord refuses an embed with nothing in it.
  const shown = embeds.filter((e) => e.title || e.description || e.fields?.length);
  if (shown.length === 0) shown.push({ color, description: '—' });
  if (footer) shown[shown.length - 1]!.footer = { text: footer };
  return { embeds: shown, allowed_mentions: { parse: [] } };
}
