/**
 * The reminder and digest texts say each fact once and name what every RGM is about, on the
 * committed dataset, as the console prints them: the reminder said the dates twice ("…meeting:
 * Tue 26 Nov 2024 – Wed 27 Nov 2024", then "Dates: …"), and the digest line for the Q1 RGM of
 * 29 Nov showed "MyWorkspace" but not what the row says it is for.
 */
import { describe, expect, it } from 'vitest';
import { planReminders, type Reminder } from '../src/planner/plan.js';
import { allRgms, digestAnswer, reminderAnswer } from '../src/planner/message.js';
import type { Subscription } from '../src/store/port.js';
import { renderText } from '../adapters/console/render-text.js';
import { meetings } from './engine-helpers.js';

const sub: Subscription = {
  channel: 'console:terminal',
  questions: 'all',
  leads: ['1d'],
  at: '09:00',
  timeZone: 'Europe/Zurich',
  enabled: true,
  disabledReason: null,
  createdAt: '2024-01-01T00:00:00.000Z',
  createdBy: 'test',
};
const refs = allRgms(meetings);
const rgms = refs.map((r) => r.rgm);
const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('reminder and digest texts', () => {
  it('the reminder for the Q3 RGM of 26–27 Nov says its dates once', () => {
    const due = planReminders(rgms, [sub], { from: new Date('2024-11-25T07:59:00Z'), to: new Date('2024-11-25T08:01:00Z') });
    const reminder = due.find((d): d is Reminder => d.kind === 'reminder' && d.question === 'Q3/17');
    expect(reminder).toBeDefined();
    const text = renderText(reminderAnswer(reminder!, refs.find((r) => r.rgm.id === reminder!.rgmId)!));
    expect(text).toContain('Tue 26 Nov 2024');
    expect(occurrences(text, 'Tue 26 Nov 2024')).toBe(1);
    expect(text).not.toMatch(/^Dates:/m);
  });

  it('every RGM line of a digest says what the RGM is about, when its row says it', () => {
    const digest = planReminders(rgms, [sub], { from: new Date('2024-11-24T00:00:00Z'), to: new Date('2024-11-26T00:00:00Z') }).find(
      (d) => d.kind === 'digest',
    );
    expect(digest).toBeDefined();
    const answer = digestAnswer(digest as never, refs)!;
    const text = renderText(answer);
    expect(text).toContain('MyWorkspace — Task force for AI mapping and Roadmap');
    const items = answer.sections.flatMap((s) => s.items ?? []);
    expect(items.length).toBeGreaterThan(3);
    // Each RGM whose row says what it is for has that on its line.
    for (const item of items) {
      const ref = refs.find(
        (r) => String(item.detail).startsWith(r.rgm.venue ?? '\u0000') && r.rgm.question !== null && JSON.stringify(item.text).includes(r.rgm.question),
      );
      const about = ref ? (ref.rgm.topics[0] ?? ref.rgm.remarks[0]) : undefined;
      if (about) expect(String(item.detail)).toContain(about);
    }
  });
});
