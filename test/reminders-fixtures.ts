/**
 * Hand-built RGMs for planner/calendar/scheduler unit tests, written from the summary's
 * "Interim RGMs" list (lines 43–87). End-to-end tests use the real ingested dataset instead.
 */
import type { Meeting, Rgm } from '../src/dataset/schema.js';

let line = 43;
export function rgm(partial: Partial<Rgm> & Pick<Rgm, 'id' | 'question' | 'datesText' | 'when'>): Rgm {
  const at = line++;
  return {
    seq: null,
    incomplete: false,
    problems: [],
    source: { lines: [at, at], text: partial.datesText },
    tbc: false,
    scheduleText: null,
    times: null,
    venue: null,
    format: null,
    host: null,
    topics: [],
    remarks: [],
    ...partial,
  };
}

export const q3Nov26 = rgm({
  id: 'sg17-2024-09/rgm-08',
  question: 'Q3/17',
  datesText: '26-27 Nov 2024',
  when: { kind: 'days', range: { start: '2024-11-26', end: '2024-11-27' } },
  topics: ['Sup-cdc, X.gsm-cdc, X.1060-rev and X.cdc-csirt'],
});
export const q1Dec3 = rgm({
  id: 'sg17-2024-09/rgm-02',
  question: 'Q1/17',
  datesText: 'TBC 3-5 Dec 2024',
  tbc: true,
  when: { kind: 'days', range: { start: '2024-12-03', end: '2024-12-05' } },
  scheduleText: '12-3:30pm with 30+ lunch break',
  times: { start: '12:00', end: '15:30' },
  venue: 'MyWorkspace',
  format: 'virtual',
  topics: ['Q1 incubation to cover AI mapping and Roadmap as first priority'],
});
export const q13Jan = rgm({
  id: 'sg17-2024-09/rgm-12',
  question: 'Q13/17',
  datesText: 'TBC, 7-8/8-9 Jan 2025',
  tbc: true,
  when: {
    kind: 'alternatives',
    options: [
      { start: '2025-01-07', end: '2025-01-08' },
      { start: '2025-01-08', end: '2025-01-09' },
    ],
  },
  venue: 'tbd',
  topics: ['All the work of Q13/17'],
});
export const q15Window = rgm({
  id: 'sg17-2024-09/rgm-14',
  question: 'Q15/17',
  datesText: 'TBC, Jan-Feb 2025',
  tbc: true,
  when: { kind: 'window', from: '2025-01', to: '2025-02' },
  scheduleText: '4 hours x 2days',
  topics: ['to finalize X.sec_QKD_profr and X.sec_QKDNi for consent.'],
});
export const q10Paris = rgm({
  id: 'sg17-2024-09/rgm-10',
  question: 'Q10/17',
  datesText: '6 Dec 2024',
  when: { kind: 'days', range: { start: '2024-12-06', end: '2024-12-06' } },
  venue: 'Paris, France',
  format: null,
  topics: ['All the work of Q10/17'],
});
/** Falls on the spring-forward weekend in Europe (30 Mar 2025). */
export const q14Mar31 = rgm({
  id: 'test/rgm-dst-spring',
  question: 'Q14/17',
  datesText: '31 Mar 2025',
  when: { kind: 'days', range: { start: '2025-03-31', end: '2025-03-31' } },
});
/** Falls on the day after fall-back in Europe (26 Oct 2025). */
export const q14Oct27 = rgm({
  id: 'test/rgm-dst-autumn',
  question: 'Q14/17',
  datesText: '27 Oct 2025',
  when: { kind: 'days', range: { start: '2025-10-27', end: '2025-10-27' } },
});

export function meetingWith(rgms: Rgm[]): Meeting {
  return {
    schemaVersion: 1,
    id: 'sg17-2024-09',
    title: "Meeting of ITU-T SG17 'Security', Geneva, 2 – 6 September 2024",
    place: 'Geneva',
    range: { start: '2024-09-02', end: '2024-09-06' },
    closingPlenary: '2024-09-06',
    sourceFile: 'data/source/sg17-2024-09-executive-summary.txt',
    hotTopics: [],
    outputs: [],
    declared: {
      outputStandards: null,
      tapApproved: null,
      tapNotApproved: null,
      tapDetermined: null,
      aapConsented: null,
      aapConsentedNew: null,
      aapConsentedAmendments: null,
      agreed: null,
      newWorkItems: null,
      rgms: null,
      rgmQuestions: null,
    },
    items: [],
    footnotes: [],
    workItems: [],
    rgms,
    correspondenceGroups: [],
    futureMeetings: [
      {
        title: '1st SG17 meeting in 2025-2028 Study Period',
        datesText: '7-17 April 2025',
        range: { start: '2025-04-07', end: '2025-04-17' },
        remarks: ['9 working days'],
        events: [],
        source: { lines: [38, 38], text: '1st SG17 meeting in 2025-2028 Study Period planned for 7-17 April 2025 (9 working days)' },
      },
    ],
    registrationAuthorities: [],
    statistics: { contributions: null, ddpPercent: null, byRegion: [], liaisons: null, remarks: [], source: null },
  };
}

export const allFixtureRgms = [q3Nov26, q1Dec3, q13Jan, q15Window, q10Paris, q14Mar31, q14Oct27];
