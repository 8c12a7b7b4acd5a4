/**
 * Mechanisms three set-7 misses showed missing, each tested with phrasings other than the held-out ones
 * (issue 18): a venue not yet settled said as a clause in either order; a meeting summed up is its
 * highlights; the documents a meeting received or sent, counted or asked by their figures, are its statistics.
 */
import { describe, expect, it } from 'vitest';
import { ask } from '../src/engine/engine.js';
import { unsettledVenue } from '../src/engine/query/pipeline/recognisers/venue-state.js';
import { contextAt } from './engine-helpers.js';

const NOW = '2024-09-20T00:00:00Z';
const idsOf = async (q: string, now = NOW): Promise<string[]> => (await ask(q, contextAt(now))).data.items.map((i) => String((i as { id?: unknown }).id));
const readingOf = async (q: string, now = NOW): Promise<string | null | undefined> => (await ask(q, contextAt(now))).reading?.query;

/** The RGMs the seed gives no venue (a blank or "tbd" cell): Q3's two, Q1's second, Q13's and Q15's. */
const NO_VENUE = ['sg17-2024-09/rgm-02', 'sg17-2024-09/rgm-07', 'sg17-2024-09/rgm-08', 'sg17-2024-09/rgm-12', 'sg17-2024-09/rgm-14'];

describe('a venue not yet settled, said as a clause in either order, is the no-venue state', () => {
  it.each([
    'which rgms has no one picked a location for',
    'rgms whose venue has not been decided',
    'interim meetings with a location not yet announced',
    'rapporteur meetings still waiting to settle a place',
    'rgms where is still open',
    'rgms yet to choose a venue',
    'rgms whose host city is unannounced',
    'which rgms have not set a venue',
  ])('%s', async (q) => {
    expect(await readingOf(q)).toBe('rgm no-venue');
    expect(new Set(await idsOf(q))).toEqual(new Set(NO_VENUE));
  });
  it.each(['rgms w/o a venue', 'which interim meetings are still lacking a location', 'rgms whose location is tbd', 'rgms that do not have a place yet'])(
    'a venue said absent or open, by the same clause rule: %s',
    async (q) => {
      expect(await readingOf(q)).toBe('rgm no-venue');
      expect(new Set(await idsOf(q))).toEqual(new Set(NO_VENUE));
    },
  );
  it('"w/o" is "without" for every dimension, and a negator over "without a venue" is not read as one negation', async () => {
    expect(await readingOf('texts w/o an iso equivalent')).toBe('texts not iso');
    expect((await ask('rgms except those without a venue', contextAt(NOW))).reading?.understood).toBe(false);
  });
  it('dates not settled stay the dates, even after "where"', async () => {
    expect(await readingOf('rgms where the dates are not fixed yet')).toBe('rgm tbc');
    expect(await readingOf('rgms where the dates are still tbc')).toBe('rgm tbc');
  });
  it('a venue settled, or a place taken, is no unsettled venue', () => {
    const words = (q: string): string[] => q.split(' ');
    expect(unsettledVenue(words('rgms where the venue is fixed'))).toBeUndefined();
    expect(unsettledVenue(words('rgms whose location was confirmed long ago'))).toBeUndefined();
    expect(unsettledVenue(words('rgms that have not yet taken place'))).toBeUndefined();
    expect(unsettledVenue(words('rgms where the dates are not fixed but the venue is known'))).toBeUndefined();
  });
  it('the span is the clause only: the words around it are read as before', async () => {
    expect(await readingOf('q3 rgms where nobody has booked a venue')).toBe('rgm Q3 no-venue');
    expect(await readingOf('virtual rgms whose location is not yet known')).toBe('rgm virtual no-venue');
  });
});

describe('a meeting summed up (takeaways, the gist, what stood out) is its highlights', () => {
  it.each([
    ['key points of the september meeting', 'highlights sg17-2024-09'],
    ['the gist of the sg17 meeting in geneva', 'highlights sg17-2024-09'],
    ['what stood out at the last plenary', 'highlights sg17-2024-09'],
    ['tl;dr of the september meeting', 'highlights sg17-2024-09'],
    ['main outcomes of the september meeting', 'highlights sg17-2024-09'],
    ['headlines pls', 'highlights'],
    ['biggest results of the meeting', 'highlights sg17-2024-09'],
  ])('%s → %s', async (q, reading) => {
    expect(await readingOf(q)).toBe(reading);
    expect(await idsOf(q)).toEqual(['sg17-2024-09']);
  });
  it('the texts, an outcome or bare "outcomes" of a meeting stay its texts; a Question summed up is its own', async () => {
    expect(await readingOf('texts from the september meeting')).toBe('texts sg17-2024-09');
    expect(await readingOf('what got approved at the september meeting')).toBe('tap approved sg17-2024-09');
    expect(await readingOf('outcomes of the september meeting')).toBe('texts sg17-2024-09');
    expect(await readingOf('summarise q10')).toBe('q 10');
    expect(await readingOf('main outcomes for q7')).toBe('texts Q7');
    expect(await readingOf('summary of the approved texts')).toBe('tap approved');
  });
});

describe('documents the meeting received or sent, counted or asked by their figures, are the statistics', () => {
  it.each([
    'incoming and outgoing liaison statements',
    'how many LSs went out',
    'liaison numbers in/out',
    'how many TDs were there',
    'how many documents came in',
    'total contributions received',
    'the numbers for the geneva meeting',
  ])('%s → stats', async (q) => {
    expect(await readingOf(q)).toBe('stats');
    expect(await idsOf(q)).toEqual(['sg17-2024-09']);
  });
  it('a total the statistics do not give (TDs) is said not answered beside the figures they do give', async () => {
    for (const q of ['number of tds submitted', 'TD count for the meeting', 'how many temporary documents came in']) {
      const answer = await ask(q, contextAt(NOW));
      expect(answer.reading?.query, q).toBe('stats');
      expect(answer.reading?.unanswered, q).toMatch(/TDs .*gives none/);
    }
    for (const q of ['how many LSs went out', 'total contributions received']) expect((await ask(q, contextAt(NOW))).reading?.unanswered, q).toBeUndefined();
  });
  it('a country named is its line; a text counted is a text; authors are still not held', async () => {
    expect(await idsOf('contributions from china')).toEqual(['sg17-2024-09/contributions/China']);
    expect(await readingOf('how many documents were agreed')).toBe('count agreed');
    expect(await readingOf('how many texts came in')).toBe('count texts');
    expect(await readingOf('how many recs did Korea contribute')).toBe('who authors');
    expect(await readingOf('what is a TD')).toBe('explain td');
  });
});
