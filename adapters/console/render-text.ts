/**
 * Answer → plain terminal text: title, summary, sections (heading, text, "Label: value" fields,
 * bullet items), links, and the source line last. Used by the CLI and the console channel.
 * A terminal cannot show a reader's local time, so time spans print their fallback text.
 */
import { plainText, readingLines, type Answer, type Rich, type Section } from '../../src/engine/answer.js';

const INDENT = '  ';

/** Strip control characters (terminal escapes) from text that came from data or from a user. */
function clean(text: string): string {
  // Matching control characters is the point here (Biome's noControlCharactersInRegex is off in biome.json).
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

/** Titles, headings, labels and the source line stay on one line. */
function oneLine(text: string): string {
  return clean(text.replace(/\s*[\r\n]+\s*/g, ' '));
}

function rich(value: Rich): string {
  return clean(plainText(value));
}

/** Continuation lines of a multi-line value line up under its first line. */
function indentLines(text: string, indent: string): string {
  return text.replace(/\n/g, `\n${indent}`);
}

function renderSection(section: Section): string[] {
  const lines: string[] = [];
  if (section.heading) {
    const heading = oneLine(section.heading);
    lines.push(heading, '-'.repeat(Math.min(heading.length, 72)));
  }
  if (section.text !== undefined) lines.push(rich(section.text));
  for (const field of section.fields ?? []) {
    const label = `${oneLine(field.label)}: `;
    lines.push(label + indentLines(rich(field.value), ' '.repeat(label.length)));
  }
  for (const item of section.items ?? []) {
    lines.push(`${INDENT}• ${indentLines(rich(item.text), `${INDENT}  `)}`);
    if (item.detail !== undefined) lines.push(`${INDENT}  ${indentLines(rich(item.detail), `${INDENT}  `)}`);
  }
  return lines;
}

export function renderText(answer: Answer): string {
  const blocks: string[][] = [];
  const title = oneLine(answer.title);
  blocks.push([title, '='.repeat(Math.min(title.length, 72))]);
  // How a question in words was read, as the short command (and a close second reading).
  const { readAs, alternative, unused, following, unanswered } = readingLines(answer);
  if (readAs || alternative || unused || unanswered) {
    blocks.push([
      ...(readAs ? [`Read as: \`${oneLine(readAs)}\`${following ? ` ${following}` : ''}`] : []),
      ...(alternative ? [`Or did you mean \`${oneLine(alternative)}\`?`] : []),
      ...(unused ? [`Not used: ${oneLine(unused)}`] : []),
      ...(unanswered ? [`Not answered: ${oneLine(unanswered)}`] : []),
    ]);
  }
  if (answer.summary !== undefined) blocks.push([rich(answer.summary)]);
  for (const section of answer.sections) {
    const lines = renderSection(section);
    if (lines.length > 0) blocks.push(lines);
  }
  if (answer.links?.length) {
    blocks.push(answer.links.map((link) => `${oneLine(link.label)}: ${oneLine(link.url)}`));
  }
  blocks.push([`Source: ${oneLine(answer.source)}`]);
  return `${blocks.map((b) => b.join('\n')).join('\n\n')}\n`;
}
