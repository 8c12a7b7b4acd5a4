/**
 * The committed dataset data/sg17-2024-09.json checked against its source text
 * data/source/sg17-2024-09-executive-summary.txt. The expected values below were read from the
 * source by hand (table columns ran together in the copy: "NewTD1827 2023-09" = New, TD1827, 2023-09).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../src/dataset/load.js';
import type { Item, Meeting } from '../src/dataset/schema.js';

const dataDir = fileURLToPath(new URL('../data', import.meta.url));
const sourceLines = readFileSync(fileURLToPath(new URL('../data/source/sg17-2024-09-executive-summary.txt', import.meta.url)), 'utf8').split('\n');
const meeting: Meeting = loadDataset(dataDir).find((m) => m.id === 'sg17-2024-09')!;

type Row = [
  section: Item['section'],
  seq: number | null,
  question: string | null,
  number: string | null,
  formerAcronym: string | null,
  title: string | null,
  change: string | null,
  baseText: string | null,
  a5Reference: string | null,
  equivalent: string | null,
  timing: string | null,
  notes: number[],
];

// prettier-ignore
const ANNEX_A: Row[] = [
  [
    'a',
    1,
    'Q2/17',
    'X.1818',
    'X.5Gsec-ctrl',
    'Security controls for operation and maintenance of IMT-2020/5G network systems',
    'New',
    'TD1827',
    null,
    null,
    '2023-09',
    [3],
  ],
  [
    'a',
    2,
    'Q2/17',
    'X.1819',
    'X.5Gsec-netec',
    'Security capabilities of network layer for IMT-2020/5G edge computing',
    'New',
    'TD2461',
    null,
    null,
    '2024-03',
    [],
  ],
  [
    'a',
    3,
    'Q2/17',
    'X.1820',
    'X.5Gsec-srocvs',
    'Security Requirements for Operation of IMT-2020/5G Core Network to Support Vertical Services',
    'New',
    'TD2343',
    null,
    null,
    '2024-03',
    [],
  ],
  [
    'a',
    4,
    'Q4/17',
    'X.1237',
    'X.tsfpp',
    'Technical security framework for personally identifiable information protection while countering mobile messaging spam',
    'New',
    'TD2354',
    null,
    null,
    '2024-03',
    [],
  ],
  [
    'a',
    5,
    'Q6/17',
    'X.1353',
    'X.ztd-iot',
    'Blockchain-based Security Methodology for Zero-Touch Deployment of Massive IoT',
    'New',
    'R63',
    null,
    null,
    '2024-03',
    [1],
  ],
  ['a', 6, 'Q6/17', 'X.1354', null, 'Security controls for IoT systems', 'New', 'TD2409', null, null, '2024-03', []],
  ['a', 7, 'Q7/17', 'X.1471', 'X.websec-7', 'Reference monitor for online analytics services', 'New', 'TD2397', null, null, '2024-03', [2]],
  [
    'a',
    8,
    'Q10/17',
    'X.1283',
    'X.gpwd',
    'Threat Analysis and guidelines for securing password and password-less authentication solutions',
    'New',
    'R66',
    null,
    null,
    '2024-03',
    [],
  ],
  ['a', 9, 'Q13/17', 'X.1384', 'X.itssec-5', 'Security requirements and guidelines for vehicular edge computing', 'New', 'TD2362', null, null, '2024-03', []],
  ['b', 1, 'Q4/17', 'X.1221', 'X.stie', 'Structured Threat Information Expression (STIE)', 'New', 'TD2375', null, null, '2023-09', []],
  ['b', 2, 'Q4/17', 'X.1222', 'X.taeii', 'Trusted Automated Exchange of Intelligence Information (TAEII)', 'New', 'TD2376', null, null, '2023-09', []],
  ['c', 1, 'Q6/17', 'X.1355', 'X.ra-iot', 'Security risk analysis framework for Internet of Things (IoT) devices', 'New', null, null, null, null, []],
  [
    'c',
    2,
    'Q7/17',
    'X.1456',
    'X.sgdfs-us',
    'Security guidelines for digital financial service (DFS) applications based on unstructured supplementary service data (USSD) and subscriber identification module tool kit (STK)',
    'New',
    'TD2394',
    null,
    null,
    '2024-09',
    [],
  ],
  ['c', 3, 'Q8/17', 'X.1648', 'X.gecds', 'Guidelines on edge computing data security', 'New', 'TD2369', null, null, '2024-09', []],
  [
    'c',
    4,
    'Q10/17',
    'X.1284',
    'X.afotak',
    'Authentication framework based on one-time authentication key using distributed ledger technology',
    'New',
    'TD2380',
    null,
    null,
    '2024-09',
    [],
  ],
  [
    'c',
    5,
    'Q13/17',
    'X.1385',
    'X.evtol-sec',
    'Security requirements and guidelines for telecommunications in an urban air mobility (UAM) environment',
    'New',
    'TD2363',
    null,
    null,
    '2024-09',
    [],
  ],
  ['d', 1, 'Q7/17', 'X.2012', 'X.smdtsc', 'Security measure for digital twin system of smart cities', 'New', 'TD2445', null, null, null, []],
  ['d', 2, 'Q8/17', 'X.1600', null, 'architecture of edge cloud', 'New', 'TD2364', null, null, '2024-09', []],
  [
    'd',
    3,
    'Q8/17',
    'X.1647',
    null,
    'guidelines for selecting computing methods and resources from Cloud Service Providers',
    'New',
    'TD2370',
    null,
    null,
    '2024-09',
    [],
  ],
  ['d', 4, 'Q11/17', 'X.500 Amd.1', null, 'The Directory: Overview of concepts, models and services', '-', 'TD2345', null, 'ISO/IEC 9594-1', '2024-09', []],
  ['d', 5, 'Q11/17', 'X.501 Amd.2', null, 'The Directory: Models', '-', 'TD2346', null, 'ISO/IEC 9594-2', '2024-09', []],
  [
    'd',
    6,
    'Q11/17',
    'X.509 Amd.1',
    null,
    'The Directory: Public-key and attribute certificate frameworks',
    '-',
    'TD2352',
    null,
    'ISO/IEC 9594-8',
    '2024-09',
    [],
  ],
  ['d', 7, 'Q11/17', 'X.511 Amd.1', null, 'The Directory - Directory abstract service', '-', 'TD2347', null, 'ISO/IEC 9594-3', '2024-09', []],
  ['d', 8, 'Q11/17', 'X.518 Amd.1', null, 'The Directory - Distributed operations', '-', 'TD2348', null, 'ISO/IEC 9594-4', '2024-09', []],
  ['d', 9, 'Q11/17', 'X.519 Amd.1', null, 'The Directory - Directory protocol', '-', 'TD2349', null, 'ISO/IEC 9594-5', '2024-09', []],
  ['d', 10, 'Q11/17', 'X.520 Amd.1', null, 'The Directory - Selected attribute types', '-', 'TD2350', 'TD2355', 'ISO/IEC 9594-6', '2024-09', []],
  ['d', 11, 'Q11/17', 'X.521 Amd.1', null, 'The Directory - Selected object classes', '-', 'TD2351', null, 'ISO/IEC 9594-7', '2024-09', []],
  ['d', 12, 'Q11/17', 'X.525 Amd.1', null, 'The Directory - Replication', '-', 'TD2353', null, 'ISO/IEC 9594-9', '2024-09', []],
  [
    'd',
    13,
    'Q11/17',
    'X.508',
    'X.pki-em',
    'The Directory: Key management and public-key infrastructure establishment and maintenance',
    'New',
    'TD2310',
    'TD2356',
    'ISO/IEC 9594-12',
    '2024-09',
    [],
  ],
  [
    'd',
    14,
    'Q15/17',
    'X.1716',
    'X.sec_QKDN_AA',
    'Authentication and authorization in quantum key distribution networks (QKDN)',
    'New',
    'TD2475',
    null,
    null,
    '2024-09',
    [],
  ],
  [
    'd',
    15,
    'Q15/17',
    'X.1717',
    'X.sec_QKDN_CM',
    'Security requirements and measures for quantum key distribution networks (QKDN) - control and management',
    'New',
    'TD2474',
    null,
    null,
    '2024-09',
    [],
  ],
  ['e', 1, 'Q1/17', 'Security Compendium', null, 'ICT Security Compendium', 'Rev.', 'TD2341', null, null, '2024-09', []],
  ['e', 2, 'Q1/17', 'Security Manual', null, 'Security Manual', 'Rev.', 'TD2308', null, null, '2024-09', []],
  ['e', 3, 'Q1/17', 'Security standards roadmap', null, 'ICT Security standards roadmap', 'Rev.', 'TD2497', null, null, '2024-09', []],
  [
    'e',
    4,
    'Q1/17',
    'SG17 implementation of WTSA-20 Res',
    null,
    'SG17 activities and achievements in support of the most recent Resolutions of the WTSA',
    'Rev.',
    'TD2294',
    null,
    null,
    '2024-09',
    [],
  ],
  [
    'e',
    5,
    'Q2/17',
    'TR.5Gsec-bsf',
    null,
    'Technical Report: Guidelines of built-in security framework for telecommunications network',
    'New',
    'TD1975',
    null,
    null,
    '2024-09',
    [],
  ],
  [
    'e',
    6,
    'Q10/17',
    'X.Suppl.41',
    null,
    'Supplement to ITU-T X.1254: e-KYC use cases in digital financial services',
    'New',
    'TD2439',
    null,
    null,
    '2024-09',
    [],
  ],
  [
    'e',
    7,
    'Q10/17',
    'X.Suppl.42',
    null,
    'Supplement to ITU-T X.1254: Implementation of secure authentication technologies for digital financial services',
    'New',
    'TD2426',
    null,
    null,
    '2024-09',
    [],
  ],
  [
    'e',
    8,
    'Q13/17',
    'X.Suppl.43',
    null,
    'Supplement to ITU-T X.1813: Security deployment scenarios for cellular vehicle -to-everything (C-V2X) services supporting ultra-reliable and low latency communication (URLLC)',
    'New',
    'TD2408',
    null,
    null,
    '2024-09',
    [],
  ],
];

const STATUS_OF_SECTION = { a: 'tap-approved', b: 'tap-not-approved', c: 'tap-determined', d: 'aap-consented', e: 'agreed' } as const;
const KIND_OF_CHANGE: Record<string, Item['kind']> = { New: 'new', 'Rev.': 'revised' };

/** [seq, question, acronym, mark, title, document] */
// prettier-ignore
const ANNEX_B: [number | null, string | null, string | null, '' | '*' | '**', string, string][] = [
  [
    null,
    null,
    'X.5Gsec-FMSC',
    '*',
    'Security requirements and guidelines for fixed, mobile and satellite convergence of IMT-2020 networks and beyond',
    'TD2361',
  ],
  [2, 'Q2/17', null, '**', 'Technical Report on “Security Attacks in Radio Access Networks"', 'TD2479'],
  [3, 'Q2/17', 'TR.IMT2030-sec-con', '**', 'Technical Report on “Security Consideration for IMT-2030 Networks"', 'TD2469'],
  [4, 'Q6/17', 'X.stm-dpm', '*', 'Security for things across metaverses in aspects of data processing and management', 'TD2466'],
  [5, 'Q6/17', null, '*', 'Security requirements for industrial IoT data of smart manufacturing using blockchain', 'TD2415'],
  [6, 'Q7/17', 'TR.dpama', '**', 'Technical Report on “Landscape analysis for data protection of avatars in metaverse applications"', 'TD2433'],
  [7, 'Q8/17', 'X.sreai-ec', '*', 'Security requirements of delivering edge AI on edge computing', 'TD2365'],
  [8, 'Q10/17', 'X.vctp', '*', 'Verifiable credential-based trust propagation framework in the decentralized identity', 'TD2453'],
  [9, 'Q10/17', 'X.oicc', '*', 'OpenID Connect Core 1.0 – Errata Set 2', 'TD2451'],
  [10, 'Q14/17', null, '*', 'Security requirements for DLT-based invoices', 'TD2418'],
];
const ROUTE = { '*': 'tap', '**': 'agreement', '': 'aap' } as const;

const Q1_INCUBATION = 'Q1 incubation to cover AI mapping and Roadmap as first priority and other potential contributions (existing or draft new work items)';
const LUNCH = '12-3:30pm with 30+ lunch break';
const NOON = { start: '12:00', end: '15:30' };
const days = (start: string, end = start) => ({ kind: 'days', range: { start, end } });

/** Every RGM row, field by field. */
// prettier-ignore
const RGMS = [
  {
    seq: 1,
    question: 'Q1/17',
    datesText: 'TBC 29 Nov 2024',
    tbc: true,
    when: days('2024-11-29'),
    scheduleText: null,
    times: null,
    venue: 'MyWorkspace',
    format: 'virtual',
    host: null,
    topics: [],
    remarks: ['Task force for AI mapping and Roadmap'],
    lines: [43, 44],
  },
  {
    seq: 2,
    question: 'Q1/17',
    datesText: 'TBC 3-5 Dec 2024',
    tbc: true,
    when: days('2024-12-03', '2024-12-05'),
    scheduleText: LUNCH,
    times: NOON,
    venue: null,
    format: null,
    host: null,
    topics: [Q1_INCUBATION],
    remarks: ['Objective to have at least a first RGM before Christmas'],
    lines: [45, 50],
  },
  {
    seq: 3,
    question: 'Q1/17',
    datesText: '15 January 2025',
    tbc: false,
    when: days('2025-01-15'),
    scheduleText: null,
    times: null,
    venue: 'Hybrid (Virtual + Seoul)',
    format: 'hybrid',
    host: 'Soonchunhyang University',
    topics: ['To progress all work items in Q1'],
    remarks: [],
    lines: [52, 54],
  },
  {
    seq: 4,
    question: 'Q1/17',
    datesText: 'TBC 21-23 Jan 2025',
    tbc: true,
    when: days('2025-01-21', '2025-01-23'),
    scheduleText: LUNCH,
    times: NOON,
    venue: 'MyWorkspace',
    format: 'virtual',
    host: null,
    topics: [Q1_INCUBATION],
    remarks: [],
    lines: [55, 57],
  },
  {
    seq: 5,
    question: 'Q1/17',
    datesText: 'TBC 18-20 Feb 2025',
    tbc: true,
    when: days('2025-02-18', '2025-02-20'),
    scheduleText: LUNCH,
    times: NOON,
    venue: 'MyWorkspace',
    format: 'virtual',
    host: null,
    topics: [Q1_INCUBATION],
    remarks: [],
    lines: [58, 60],
  },
  {
    seq: 6,
    question: 'Q1/17',
    datesText: 'TBC 4-6 Mar 2025',
    tbc: true,
    when: days('2025-03-04', '2025-03-06'),
    scheduleText: LUNCH,
    times: NOON,
    venue: 'MyWorkspace',
    format: 'virtual',
    host: null,
    topics: [Q1_INCUBATION],
    remarks: [],
    lines: [61, 63],
  },
  {
    seq: 7,
    question: 'Q3/17',
    datesText: '19 Nov 2024',
    tbc: false,
    when: days('2024-11-19'),
    scheduleText: null,
    times: null,
    venue: null,
    format: null,
    host: null,
    topics: ['X.1058-rev'],
    remarks: [],
    lines: [64, 65],
  },
  {
    seq: 8,
    question: 'Q3/17',
    datesText: '26-27 Nov 2024',
    tbc: false,
    when: days('2024-11-26', '2024-11-27'),
    scheduleText: null,
    times: null,
    venue: null,
    format: null,
    host: null,
    topics: ['Sup-cdc, X.gsm-cdc, X.1060-rev and X.cdc-csirt'],
    remarks: [],
    lines: [66, 67],
  },
  {
    seq: 9,
    question: 'Q8/17',
    datesText: 'TBC Feb 2025',
    tbc: true,
    when: { kind: 'window', from: '2025-02', to: '2025-02' },
    scheduleText: null,
    times: null,
    venue: 'MyWorkspace',
    format: 'virtual',
    host: null,
    topics: ['All the work of Q8/17'],
    remarks: [],
    lines: [68, 69],
  },
  {
    seq: 10,
    question: 'Q10/17',
    datesText: '6 Dec 2024',
    tbc: false,
    when: days('2024-12-06'),
    scheduleText: null,
    times: null,
    venue: 'Paris, France',
    format: null,
    host: null,
    topics: ['All the work of Q10/17'],
    remarks: [],
    lines: [70, 71],
  },
  {
    seq: 11,
    question: 'Q11/17',
    datesText: '7 – 11 Oct 2024',
    tbc: false,
    when: days('2024-10-07', '2024-10-11'),
    scheduleText: null,
    times: null,
    venue: 'Stockholm, Sweden',
    format: null,
    host: null,
    topics: ['Generic technologies (such as Directory, PKI, formal languages, object identifiers) to support secure applications.'],
    remarks: [],
    lines: [72, 73],
  },
  {
    seq: 12,
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
    scheduleText: null,
    times: null,
    venue: 'tbd',
    format: null,
    host: null,
    topics: ['All the work of Q13/17'],
    remarks: [],
    lines: [74, 75],
  },
  {
    seq: 13,
    question: 'Q14/17',
    datesText: '10-11 Feb 2025',
    tbc: false,
    when: days('2025-02-10', '2025-02-11'),
    scheduleText: null,
    times: null,
    venue: 'MyWorkspace',
    format: 'virtual',
    host: null,
    topics: ['All the work of Q14/17'],
    remarks: [],
    lines: [76, 77],
  },
  {
    seq: 14,
    question: 'Q15/17',
    datesText: 'TBC, Jan-Feb 2025',
    tbc: true,
    when: { kind: 'window', from: '2025-01', to: '2025-02' },
    scheduleText: '4 hours x 2days',
    times: null,
    venue: null,
    format: null,
    host: null,
    topics: [
      'to finalize X.sec_QKD_profr and X.sec_QKDNi for consent.',
      'to discuss contributions addressed to improve ongoing work items.',
      'to consider proposal to start new work items.',
      'Any other items for consideration',
    ],
    remarks: [],
    lines: [78, 87],
  },
];

/** The source lines a record points at, as the file has them. */
const linesOf = (range: [number, number]) => sourceLines.slice(range[0] - 1, range[1]).join('\n');

describe('committed dataset sg17-2024-09', () => {
  it('loads through loadDataset and names its meeting from the heading', () => {
    expect(meeting).toBeDefined();
    expect(meeting.title).toBe("Meeting of ITU-T SG17 'Security', Geneva, 2 – 6 September 2024");
    expect(meeting.place).toBe('Geneva');
    expect(meeting.range).toEqual({ start: '2024-09-02', end: '2024-09-06' });
    expect(meeting.closingPlenary).toBe('2024-09-06');
    expect(meeting.sourceFile).toBe('data/source/sg17-2024-09-executive-summary.txt');
  });

  it('has every Annex A row with the fields the source gives', () => {
    const actual = meeting.items.map(
      (i): Row => [i.section, i.seq, i.question, i.number, i.formerAcronym, i.title, i.change, i.baseText, i.a5Reference, i.equivalent, i.timing, i.notes],
    );
    expect(actual).toEqual(ANNEX_A);
    for (const item of meeting.items) {
      expect(item.status).toBe(STATUS_OF_SECTION[item.section]);
      expect(item.kind).toBe(item.number?.includes('Amd.') ? 'amendment' : KIND_OF_CHANGE[item.change!]);
    }
  });

  it('flags exactly the garbled Annex A rows as incomplete, saying what is missing', () => {
    const incomplete = meeting.items.filter((i) => i.incomplete).map((i) => [i.section, i.seq, i.number]);
    expect(incomplete).toEqual([
      ['d', 2, 'X.1600'],
      ['d', 3, 'X.1647'],
    ]);
    for (const i of meeting.items.filter((x) => x.incomplete)) {
      expect(i.problems.join(' ')).toMatch(/former acronym lost/);
      expect(i.problems.join(' ')).toMatch(/title starts mid-sentence/);
    }
    for (const i of meeting.items.filter((x) => !x.incomplete)) expect(i.problems).toEqual([]);
  });

  it('keeps every row pointing at its own source lines', () => {
    for (const rec of [...meeting.items, ...meeting.workItems, ...meeting.rgms, ...meeting.footnotes]) {
      expect(rec.source.text).toBe(linesOf(rec.source.lines));
    }
    expect(meeting.items.find((i) => i.number === 'X.1818')!.source.lines).toEqual([95, 97]);
    expect(meeting.items.find((i) => i.number === 'X.1353')!.source.lines).toEqual([107, 110]);
    expect(meeting.items.find((i) => i.number === 'Security Compendium')!.source.lines).toEqual([174, 175]);
  });

  it('has the footnote histories of section a)', () => {
    expect(meeting.footnotes.map((f) => [f.section, f.number, f.events])).toEqual([
      [
        'a',
        1,
        [
          { event: 'determined', meeting: 'SG17 Aug/Sep 2022' },
          { event: 're-determined', meeting: 'SG17 Feb/Mar 2023' },
          { event: 'approval deferred', meeting: 'SG17 Aug/Sep 2023' },
          { event: 're-determined again', meeting: 'SG17 Feb/Mar 2024' },
        ],
      ],
      [
        'a',
        2,
        [
          { event: 'determined', meeting: 'SG17 Feb/Mar 2023' },
          { event: 'approval deferred', meeting: 'SG17 Aug/Sep 2023' },
          { event: 're-determined', meeting: 'SG17 Feb/Mar 2024' },
        ],
      ],
      [
        'a',
        3,
        [
          { event: 'determined', meeting: 'SG17 Aug/Sep 2023' },
          { event: 'approval deferred', meeting: 'SG17 Feb/Mar 2024' },
        ],
      ],
    ]);
    // Every note an item cites exists in its section.
    for (const item of meeting.items)
      for (const n of item.notes) expect(meeting.footnotes.some((f) => f.section === item.section && f.number === n)).toBe(true);
  });

  it('has every new work item, with its mark read as the annex note says', () => {
    expect(meeting.workItems.map((w) => [w.seq, w.question, w.acronym, w.mark, w.title, w.document])).toEqual(ANNEX_B);
    for (const w of meeting.workItems) expect(w.route).toBe(ROUTE[w.mark]);
  });

  it('flags exactly the garbled work items and says how the Question was read', () => {
    const problems = Object.fromEntries(meeting.workItems.filter((w) => w.incomplete).map((w) => [w.source.lines[0], w.problems]));
    expect(problems).toEqual({
      194: ['row number lost', 'Question lost'],
      195: ['Question printed as "2/" ("17" lost); read as Q2/17', 'acronym lost'],
      198: ['Question printed as "6/" ("17" lost); read as Q6/17', 'acronym lost'],
      203: ['Question printed as "14/" ("17" lost); read as Q14/17', 'acronym lost'],
    });
  });

  it('has all 14 interim RGMs with dates, times, venue, host, topics and remarks', () => {
    const actual = meeting.rgms.map((r) => ({
      seq: r.seq,
      question: r.question,
      datesText: r.datesText,
      tbc: r.tbc,
      when: r.when,
      scheduleText: r.scheduleText,
      times: r.times,
      venue: r.venue,
      format: r.format,
      host: r.host,
      topics: r.topics,
      remarks: r.remarks,
      lines: r.source.lines,
    }));
    expect(actual).toEqual(RGMS);
    expect(meeting.rgms.map((r) => r.id)).toEqual(RGMS.map((r) => `sg17-2024-09/rgm-${String(r.seq).padStart(2, '0')}`));
    expect(meeting.rgms.every((r) => !r.incomplete && r.problems.length === 0)).toBe(true);
  });

  it('matches the totals the summary declares', () => {
    const d = meeting.declared;
    expect(d).toEqual({
      outputStandards: 37,
      tapApproved: 9,
      tapNotApproved: 2,
      tapDetermined: 5,
      aapConsented: 15,
      aapConsentedNew: 6,
      aapConsentedAmendments: 9,
      agreed: 8,
      newWorkItems: 10,
      rgms: 14,
      rgmQuestions: 8,
    });
    const count = (status: Item['status']) => meeting.items.filter((i) => i.status === status).length;
    expect(count('tap-approved')).toBe(d.tapApproved);
    expect(count('tap-not-approved')).toBe(d.tapNotApproved);
    expect(count('tap-determined')).toBe(d.tapDetermined);
    expect(count('aap-consented')).toBe(d.aapConsented);
    expect(count('agreed')).toBe(d.agreed);
    const aap = meeting.items.filter((i) => i.status === 'aap-consented');
    expect(aap.filter((i) => i.kind === 'new').length).toBe(d.aapConsentedNew);
    expect(aap.filter((i) => i.kind === 'amendment').length).toBe(d.aapConsentedAmendments);
    // "Output standards (37": everything acted on except the two TAP texts not approved.
    expect(meeting.items.length - count('tap-not-approved')).toBe(d.outputStandards);
    expect(meeting.workItems.length).toBe(d.newWorkItems);
    expect(meeting.rgms.length).toBe(d.rgms);
    expect(new Set(meeting.rgms.map((r) => r.question)).size).toBe(d.rgmQuestions);
  });

  it('has the hot topics, correspondence groups, registration authority and next meeting', () => {
    expect(meeting.hotTopics).toHaveLength(7);
    expect(meeting.hotTopics[0]).toBe('Prepare SG17 for WTSA-24/next Study Period and planned interregnum work');
    expect(meeting.outputs).toContain('SG17 opening plenary approved revised Q1/17 title and text after TSAG endorsement');
    expect(meeting.correspondenceGroups.map((c) => [c.acronym, c.name, c.status, c.torDocuments])).toEqual([
      ['CG-RES', 'Correspondence Group on SG17 Restructuring', 'New', ['TD2253']],
      ['CG-secapa', 'Correspondence Group on Security Capability and Architecture', 'continued', ['TD2443']],
      ['CG-COP', 'Child online protection', 'continued', ['TD2512']],
      ['CG-AIsec', 'Correspondence group on AI security', 'continued', ['TD2287R4']],
    ]);
    expect(meeting.registrationAuthorities.map((r) => [r.country, r.oid, r.source.lines])).toEqual([['United Republic of Tanzania', '2.16.834', [28, 29]]]);
    expect(meeting.registrationAuthorities[0]!.text).toContain('{joint-iso-itu-t(2) country(16) tz(834)}');
    expect(meeting.futureMeetings.map(({ source: _s, ...f }) => f)).toEqual([
      {
        title: '1st SG17 meeting in 2025-2028 Study Period',
        datesText: '7-17 April 2025',
        range: { start: '2025-04-07', end: '2025-04-17' },
        remarks: ['9 working days'],
        events: [{ title: 'ITU mini workshop on security and privacy for digital twin and metaverse', document: 'TD2270' }],
      },
    ]);
  });

  it('has the meeting statistics', () => {
    const s = meeting.statistics;
    expect([s.contributions, s.ddpPercent]).toEqual([154, 98]);
    expect(s.byRegion.map((r) => [r.region, r.count, r.percent, r.breakdown.map((b) => `${b.country} ${b.count}`).join(' + ')])).toEqual([
      ['APT', 137, 89, 'China 64 + Korea 51 + India 12 + Japan 6 + Malaysia 2 + Singapore 1 + Australia 1'],
      ['EUR', 8, 5, 'UK 7 + Denmark 1'],
      ['Americas', 6, 4, 'US 3 + Brazil 3'],
      ['AFR', 1, null, 'Mali 1'],
      ['RCC', 1, null, 'Russia 1'],
      ['ARAB', 1, null, 'Palestine 1'],
    ]);
    for (const r of s.byRegion) expect(r.breakdown.reduce((n, b) => n + b.count, 0)).toBe(r.count);
    expect(s.byRegion.reduce((n, r) => n + r.count, 0)).toBe(s.contributions);
    expect(s.liaisons).toEqual({ incoming: 187, outgoing: 28, matrixDocument: 'TD2173', pastMeetings: '89/41, 60/25 61/22, 55/21, 72/21' });
    expect(s.remarks).toContain('Participants# of Countries# of Member States# of Sector Members# of SG17 Associates# of Academia# of Invited Experts');
    expect(s.remarks).toContain('Table of SG17 statistics of this and some past meetings');
  });
});
