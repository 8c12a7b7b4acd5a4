/** Shared set-up for the engine tests: the real committed dataset, a fake clock, answer flattening. */
import { loadDataset } from '../src/dataset/load.js';
import { buildCatalog, type Catalog } from '../src/dataset/catalog.js';
import { FakeClock } from '../src/clock.js';
import { Answer, plainText } from '../src/engine/answer.js';
import type { CommandContext } from '../src/engine/command.js';
import type { Meeting } from '../src/dataset/schema.js';

export const meetings: Meeting[] = loadDataset('data');
export const catalog: Catalog = buildCatalog(meetings);
export const sep2024 = meetings.find((m) => m.id === 'sg17-2024-09')!;

export function contextAt(iso: string, cat: Catalog = catalog): CommandContext {
  return { catalog: cat, now: new FakeClock(iso).now() };
}

/** Everything a reader would see, as one string. */
export function flatten(answer: Answer): string {
  const parts: string[] = [answer.title, answer.summary ? plainText(answer.summary) : ''];
  for (const s of answer.sections) {
    if (s.heading) parts.push(s.heading);
    if (s.text) parts.push(plainText(s.text));
    for (const f of s.fields ?? []) parts.push(`${f.label}: ${plainText(f.value)}`);
    for (const i of s.items ?? []) parts.push(plainText(i.text), i.detail ? plainText(i.detail) : '');
  }
  return parts.join('\n');
}

/** Section by heading prefix. */
export function section(answer: Answer, headingStart: string) {
  return answer.sections.find((s) => s.heading?.startsWith(headingStart));
}

/** A valid Answer with the promises every answer makes. */
export function checkAnswer(answer: unknown): Answer {
  const parsed = Answer.parse(answer);
  if (!parsed.title.trim()) throw new Error('empty title');
  if (!parsed.source.trim()) throw new Error('empty source');
  return parsed;
}
