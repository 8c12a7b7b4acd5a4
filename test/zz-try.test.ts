import { it } from 'vitest';
import { ask } from '../src/engine/engine.js';
import { contextAt } from './engine-helpers.js';
it('try', async () => {
  const qs = (process.env.QS ?? '').split('|');
  for (const q of qs) {
    const a = await ask(q, contextAt(process.env.NOW ?? '2026-12-06T12:00:00Z'));
    console.log(
      `${q}\n  -> ${a.reading?.query} [${a.kind}] count=${a.data.count} ids=${a.data.items
        .map((i) => i.id ?? i.suggestion)
        .slice(0, 12)
        .join(',')} unused=${a.reading?.unused}\n  groups=${JSON.stringify(a.data.groups)}\n  ${a.title} | ${String(a.summary).slice(0, 160)}`,
    );
  }
});
