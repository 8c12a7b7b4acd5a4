/**
 * Judged relevance: topic questions written from the summary, each with the items a delegate
 * expects among the first three (all of `top3`, or at least one of `oneOf`), those expected among
 * the first five (`top5`) and noise that must not be among the first five (`notTop5`).
 * success@3 is the share of questions meeting all of that; below 95 % the test fails.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildSearchIndex } from '../src/dataset/search.js';
import { catalog } from './engine-helpers.js';

const Judged = z.array(
  z.strictObject({
    q: z.string().min(1),
    top3: z.array(z.string()).max(3).optional(),
    oneOf: z.array(z.string()).optional(),
    top5: z.array(z.string()).optional(),
    notTop5: z.array(z.string()).optional(),
  }),
);
const judged = Judged.parse(JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'search-judged.json'), 'utf8')));
const index = buildSearchIndex(catalog);

describe('judged relevance', () => {
  it('holds at least 40 questions, each expecting something, every id one the search knows', () => {
    expect(judged.length).toBeGreaterThanOrEqual(40);
    const ids = new Set(index.documents.map((d) => d.id));
    for (const j of judged) {
      expect(j.top3?.length || j.oneOf?.length, j.q).toBeTruthy();
      for (const id of [...(j.top3 ?? []), ...(j.oneOf ?? []), ...(j.top5 ?? []), ...(j.notTop5 ?? [])]) expect(ids.has(id), `${j.q}: ${id}`).toBe(true);
    }
  });

  it('success@3 is at least 95 %', () => {
    const failed: string[] = [];
    for (const j of judged) {
      const ids = index.search(j.q, 5).map((h) => h.doc.id);
      const first3 = ids.slice(0, 3);
      const ok =
        (j.top3 ?? []).every((id) => first3.includes(id)) &&
        (!j.oneOf || j.oneOf.some((id) => first3.includes(id))) &&
        (j.top5 ?? []).every((id) => ids.includes(id)) &&
        !(j.notTop5 ?? []).some((id) => ids.includes(id));
      if (!ok) failed.push(`${j.q} → ${ids.join(', ')}`);
    }
    const success = (judged.length - failed.length) / judged.length;
    console.log(
      `search success@3: ${(success * 100).toFixed(1)} % (${judged.length - failed.length}/${judged.length})${failed.length ? `\n  missed: ${failed.join('\n  missed: ')}` : ''}`,
    );
    expect(success, failed.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});
