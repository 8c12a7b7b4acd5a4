/** The small readers the ingest is built from: dates, clock times, venues, identifiers, history notes. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readIdentifier, readName } from '../src/ingest/acronyms.js';
import { DATE_EXPR, parseTimes, parseWhen } from '../src/ingest/dates.js';
import { parseSummary } from '../src/ingest/ingest.js';
import { parseHistory } from '../src/ingest/items.js';
import { readVenue } from '../src/ingest/rgms.js';

describe('dates', () => {
  it.each([
    ['3-5 Dec 2024', { kind: 'days', range: { start: '2024-12-03', end: '2024-12-05' } }],
    ['7 – 11 Oct 2024', { kind: 'days', range: { start: '2024-10-07', end: '2024-10-11' } }],
    ['15 January 2025', { kind: 'days', range: { start: '2025-01-15', end: '2025-01-15' } }],
    ['28 Feb – 3 Mar 2025', { kind: 'days', range: { start: '2025-02-28', end: '2025-03-03' } }],
    [
      '8-9/7-8 Jan 2025',
      {
        kind: 'alternatives',
        options: [
          { start: '2025-01-07', end: '2025-01-08' },
          { start: '2025-01-08', end: '2025-01-09' },
        ],
      },
    ],
    ['Jan-Feb 2025', { kind: 'window', from: '2025-01', to: '2025-02' }],
    ['Feb 2025', { kind: 'window', from: '2025-02', to: '2025-02' }],
    ['30 Feb 2025', { kind: 'unknown' }],
    ['5-3 Dec 2024', { kind: 'unknown' }],
    ['Mar-Jan 2025', { kind: 'unknown' }],
  ])('%s', (text, when) => {
    expect(parseWhen(text)).toEqual(when);
  });

  it('finds the date at the start of a run-together cell and leaves the rest', () => {
    const m = DATE_EXPR.exec('TBC, 7-8/8-9 Jan 2025tbd')!;
    expect([m[0], m[1], m[2]]).toEqual(['TBC, 7-8/8-9 Jan 2025', 'TBC', '7-8/8-9 Jan 2025']);
    expect(DATE_EXPR.exec('6 Dec 2024Paris, France')![0]).toBe('6 Dec 2024');
    expect(DATE_EXPR.exec('To progress all work items')).toBeNull();
  });
});

describe('clock times', () => {
  it.each([
    ['12-3:30pm with 30+ lunch break', { start: '12:00', end: '15:30' }],
    ['11-2pm', { start: '11:00', end: '14:00' }],
    ['9am-12pm', { start: '09:00', end: '12:00' }],
    ['13:00-16:00 with a 30 min break', { start: '13:00', end: '16:00' }],
    ['4 hours x 2days', null],
    ['3-5 Dec', null],
    ['25:00-26:00', null],
  ])('%s', (text, times) => {
    expect(parseTimes(text)).toEqual(times);
  });
});

describe('venues', () => {
  it.each([
    ['MyWorkspaceTask force for AI mapping and Roadmap', { venue: 'MyWorkspace', format: 'virtual', rest: 'Task force for AI mapping and Roadmap' }],
    [
      'Hybrid (Virtual + Seoul)To progress all work items in Q1',
      { venue: 'Hybrid (Virtual + Seoul)', format: 'hybrid', rest: 'To progress all work items in Q1' },
    ],
    ['Paris, France', { venue: 'Paris, France', format: null, rest: '' }],
    ['Face-to-face (Geneva)', { venue: 'Face-to-face (Geneva)', format: 'physical', rest: '' }],
    ['tbd', { venue: 'tbd', format: null, rest: '' }],
    ['Objective to have at least a first RGM before Christmas', null],
  ])('%s', (text, venue) => {
    expect(readVenue(text)).toEqual(venue);
  });
});

describe('identifiers glued to titles', () => {
  it.each([
    ['X.500 Amd.1The Directory', 'X.500 Amd.1', 'The Directory'],
    ['X.1355 (X.ra-iot)Security', 'X.1355', ' (X.ra-iot)Security'],
    ['X.Suppl.41\nSupplement', 'X.Suppl.41', '\nSupplement'],
    ['TR.5Gsec-bsfTechnical Report', 'TR.5Gsec-bsf', 'Technical Report'],
    ['X.1285Verifiable credential', 'X.1285', 'Verifiable credential'],
    ['X.5Gsec-FMSC*Security', 'X.5Gsec-FMSC', '*Security'],
    ['Security Manual', null, 'Security Manual'],
  ])('%s', (text, id, rest) => {
    expect(readIdentifier(text)).toEqual({ id, rest });
  });

  it('cuts a non-X name at the case change, or at the line end', () => {
    expect(readName('Security CompendiumICT Security Compendium\nRev.')).toEqual({ id: 'Security Compendium', rest: 'ICT Security Compendium\nRev.' });
    expect(readName('Security roadmap\nICT roadmap')).toEqual({ id: 'Security roadmap', rest: 'ICT roadmap' });
  });
});

describe('history notes', () => {
  it('reads every event with its meeting', () => {
    expect(parseHistory('TAP determined at SG17 Aug/Sep 2022 meeting, TAP approval deferred by SG17 Aug/Sep 2023 meeting.')).toEqual([
      { event: 'determined', meeting: 'SG17 Aug/Sep 2022' },
      { event: 'approval deferred', meeting: 'SG17 Aug/Sep 2023' },
    ]);
    expect(parseHistory('No history here.')).toEqual([]);
  });
});

describe('line endings', () => {
  it('reads a CRLF copy of the source into the same meeting', () => {
    const text = readFileSync(fileURLToPath(new URL('../data/source/sg17-2024-09-executive-summary.txt', import.meta.url)), 'utf8');
    const lf = parseSummary(text, 'x.txt').meeting;
    const crlf = parseSummary(text.replace(/\n/g, '\r\n'), 'x.txt').meeting;
    expect(crlf).toEqual(lf);
  });
});
