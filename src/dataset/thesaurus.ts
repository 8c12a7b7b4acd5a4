/**
 * SG17's vocabulary as data: the other words a delegate uses for what the summary's texts say.
 * The search (./search.ts) gives every document holding one of an entry's forms that entry as a
 * term of its own, so asking any form reaches the others:
 * - `same`: one thing under two names (an abbreviation and what it spells out): ranks as the word itself;
 * - `synonyms`: another word for it: ranks a little below the word itself;
 * - `near`: a related topic a colleague would name too: ranks below a synonym.
 * Forms are compared word by word after the text module's tokenising and plural stemming, so
 * "IMT-2020" is the words "imt 2020", and "X.509" the words "509" and "x509".
 * Each entry's `example` is its test (test/thesaurus.test.ts): asking it finds that document
 * among the first five. The abbreviations of ./abbreviations.ts join as `same` entries.
 */
import { termsOf } from '../text/index.js';
import { ABBREVIATIONS } from './abbreviations.js';

export interface ThesaurusEntry {
  /** How a hit through it is explained ("5G / IMT-2020"). */
  readonly name: string;
  readonly same: readonly string[];
  readonly synonyms?: readonly string[];
  readonly near?: readonly string[];
  /** Its test: asking `ask` finds the document `finds` (an answer id) among the first five. */
  readonly example?: { readonly ask: string; readonly finds: string };
}

const SG17: readonly ThesaurusEntry[] = [
  {
    name: '5G / IMT-2020',
    same: ['5g', 'imt 2020', 'imt2020', '5gsec'],
    synonyms: ['fifth generation'],
    near: ['6g', 'mobile network'],
    example: { ask: '5g', finds: 'TR.5Gsec-bsf' },
  },
  { name: '6G / IMT-2030', same: ['6g', 'imt 2030', 'imt2030'], near: ['5g'], example: { ask: '6g', finds: 'TR.IMT2030-sec-con' } },
  {
    name: 'PKI',
    same: ['pki', 'public key infrastructure'],
    near: ['x509', 'certificate', 'public key'],
    example: { ask: 'pki', finds: 'X.509 Amd.1' },
  },
  {
    name: 'digital identity',
    same: ['identity', 'idm', 'identity management'],
    synonyms: ['digital identity', 'decentralized identity', 'self sovereign identity', 'verifiable credential'],
    near: ['openid', 'authentication', 'credential'],
    example: { ask: 'idm', finds: 'X.vctp' },
  },
  {
    name: 'QKD',
    same: ['qkd', 'qkdn', 'quantum key distribution'],
    near: ['quantum'],
    example: { ask: 'quantum', finds: 'sg17-2024-09/rgm-14' },
  },
  {
    name: 'post-quantum cryptography',
    same: ['pqc', 'post quantum cryptography'],
    synonyms: ['post quantum', 'quantum safe', 'quantum resistant'],
    near: ['quantum'],
    example: { ask: 'pqc', finds: 'sg17-2024-09/hot-topic-4' },
  },
  { name: 'IoT', same: ['iot', 'internet of things'], near: ['iiot', 'things'], example: { ask: 'internet of things', finds: 'X.1354' } },
  {
    name: 'AI',
    same: ['ai', 'artificial intelligence'],
    synonyms: ['machine learning', 'ml'],
    near: ['llm', 'genai', 'generative ai'],
    example: { ask: 'machine learning', finds: 'CG-AIsec' },
  },
  {
    name: 'DLT / blockchain',
    same: ['dlt', 'distributed ledger', 'distributed ledger technology'],
    synonyms: ['blockchain', 'ledger'],
    example: { ask: 'distributed ledger', finds: 'X.1353' },
  },
  {
    name: 'threat intelligence (CTI, STIX/TAXII)',
    same: ['cti', 'cyber threat intelligence'],
    synonyms: [
      'threat intelligence',
      'stix',
      'taxii',
      'stie',
      'taeii',
      'structured threat information expression',
      'trusted automated exchange of intelligence information',
    ],
    example: { ask: 'threat intelligence', finds: 'X.1221' },
  },
  { name: 'spam', same: ['spam'], synonyms: ['unsolicited', 'unsolicited message', 'junk'], example: { ask: 'unsolicited', finds: 'X.1237' } },
  {
    name: 'digital twin and metaverse',
    same: [],
    near: ['digital twin', 'metaverse', 'avatar', 'virtual world'],
    example: { ask: 'avatar', finds: 'X.stm-dpm' },
  },
  {
    name: 'vehicles (V2X, ITS)',
    same: ['v2x', 'vehicle to everything', 'c v2x', 'cv2x'],
    synonyms: ['vehicular', 'vehicle', 'connected car', 'connected vehicle'],
    near: ['its', 'intelligent transport system', 'automotive'],
    example: { ask: 'connected vehicle', finds: 'X.1384' },
  },
  {
    name: 'urban air mobility',
    same: ['uam', 'urban air mobility'],
    synonyms: ['evtol', 'drone', 'air taxi'],
    example: { ask: 'drone', finds: 'X.1385' },
  },
  {
    name: 'digital financial services',
    same: ['dfs', 'digital financial service'],
    synonyms: ['mobile money', 'fintech', 'e kyc', 'ekyc', 'kyc'],
    near: ['ussd', 'payment', 'banking'],
    example: { ask: 'mobile money', finds: 'X.1456' },
  },
  {
    name: 'authentication',
    same: ['authentication', 'authn'],
    synonyms: ['password', 'passwordless', 'login', 'sign in', 'mfa'],
    near: ['authorization', 'identity'],
    example: { ask: 'login', finds: 'X.1283' },
  },
  {
    name: 'privacy',
    same: ['privacy'],
    synonyms: ['data protection', 'personal data', 'pii', 'personally identifiable information'],
    example: { ask: 'personal data', finds: 'TR.dpama' },
  },
  {
    name: 'child online protection',
    same: ['cop', 'child online protection'],
    synonyms: ['child safety', 'children online'],
    example: { ask: 'child safety', finds: 'CG-COP' },
  },
  {
    name: 'edge and cloud computing',
    same: ['edge computing', 'mec', 'multi access edge computing'],
    near: ['cloud', 'edge', 'fog computing'],
    example: { ask: 'mec', finds: 'X.1648' },
  },
  {
    name: 'radio access network',
    same: ['ran', 'radio access network'],
    synonyms: ['o ran', 'oran'],
    example: { ask: 'o-ran', finds: 'sg17-2024-09/work-item-2' },
  },
  {
    name: 'telecommunications',
    same: ['telecommunication', 'telecom'],
    synonyms: ['telco', 'telecoms'],
    example: { ask: 'telco', finds: 'X.1385' },
  },
  {
    name: 'OID / registration authority',
    same: ['oid', 'object identifier'],
    synonyms: ['registration authority', 'oid arc'],
    example: { ask: 'object identifier', finds: 'sg17-2024-09/registration-authority-1' },
  },
  {
    name: 'the Directory (X.500)',
    same: ['directory', 'x500'],
    synonyms: ['ldap'],

    example: { ask: 'ldap', finds: 'X.500 Amd.1' },
  },
  {
    name: 'restructuring / next study period',
    same: ['restructuring', 'restructure'],
    synonyms: ['next study period', 'study period', 'mandate'],
    near: ['wtsa', 'interregnum'],
    example: { ask: 'restructure', finds: 'CG-RES' },
  },
  {
    name: 'WTSA',
    same: ['wtsa', 'world telecommunication standardization assembly'],
    example: { ask: 'world telecommunication standardization assembly', finds: 'sg17-2024-09/hot-topic-1' },
  },
  {
    name: 'contributions',
    same: ['contribution'],
    synonyms: ['submission', 'input document', 'inputs', 'contributed'],
    example: { ask: 'submissions from china', finds: 'sg17-2024-09/contributions/China' },
  },
  {
    name: 'liaison statements',
    same: ['liaison', 'liaison statement', 'ls'],
    synonyms: ['lsi', 'lso'],
    example: { ask: 'liaison statements', finds: 'sg17-2024-09/liaisons' },
  },
  { name: 'workshop', same: ['workshop', 'mini workshop'], synonyms: ['seminar', 'side event', 'forum'], example: { ask: 'seminar', finds: 'TD2270' } },
  {
    name: 'Korea',
    same: ['korea', 'south korea', 'republic of korea', 'rok'],
    example: { ask: 'contributions from south korea', finds: 'sg17-2024-09/contributions/Korea' },
  },
  { name: 'UK', same: ['uk', 'united kingdom', 'britain', 'great britain'], example: { ask: 'united kingdom', finds: 'sg17-2024-09/contributions/UK' } },
  { name: 'US', same: ['us', 'usa', 'united states', 'united states of america'], example: { ask: 'usa', finds: 'sg17-2024-09/contributions/US' } },
  { name: 'Russia', same: ['russia', 'russian federation'], example: { ask: 'russian federation', finds: 'sg17-2024-09/contributions/Russia' } },
  { name: 'China', same: ['china', 'prc', "people's republic of china"], example: { ask: 'prc', finds: 'sg17-2024-09/contributions/China' } },
  { name: 'Tanzania', same: ['tanzania', 'united republic of tanzania', 'tz'], example: { ask: 'tz', finds: 'sg17-2024-09/registration-authority-1' } },
  {
    name: 'APT',
    same: ['apt', 'asia pacific', 'asia pacific telecommunity'],
    synonyms: ['asia'],
    example: { ask: 'asia pacific', finds: 'sg17-2024-09/contributions/APT' },
  },
  { name: 'EUR', same: ['eur', 'cept', 'europe'], example: { ask: 'europe', finds: 'sg17-2024-09/contributions/EUR' } },
  { name: 'Americas', same: ['americas', 'citel'], synonyms: ['america'], example: { ask: 'citel', finds: 'sg17-2024-09/contributions/Americas' } },
  { name: 'AFR', same: ['afr', 'africa', 'atu'], synonyms: ['african'], example: { ask: 'africa', finds: 'sg17-2024-09/contributions/AFR' } },
  { name: 'ARAB', same: ['arab', 'arab states', 'asmg'], example: { ask: 'arab states', finds: 'sg17-2024-09/contributions/ARAB' } },
  { name: 'RCC', same: ['rcc', 'regional commonwealth'], example: { ask: 'regional commonwealth', finds: 'sg17-2024-09/contributions/RCC' } },
];

/** The table the search reads: SG17's entries, and each abbreviation not already in one as a `same` entry of its own. */
export const THESAURUS: readonly ThesaurusEntry[] = [
  ...SG17,
  ...Object.entries(ABBREVIATIONS)
    .filter(([abbreviation]) => !SG17.some((e) => e.same.includes(abbreviation)))
    .map(([abbreviation, phrases]): ThesaurusEntry => ({ name: abbreviation.toUpperCase(), same: [abbreviation, ...phrases] })),
];

/** A form as index terms, with its entry (an index into the table) and how it stands to the entry. */
export interface Form {
  readonly entry: number;
  readonly how: 'same' | 'synonym' | 'near';
  readonly terms: readonly string[];
}

/** A table's forms by first term, word by word ("imt 2020" is the words "imt", "2020", not also the joined "imt2020"). */
export function thesaurusForms(entries: readonly ThesaurusEntry[]): Map<string, Form[]> {
  const byFirst = new Map<string, Form[]>();
  entries.forEach((e, entry) => {
    const forms = [
      ...e.same.map((f) => ['same', f] as const),
      ...(e.synonyms ?? []).map((f) => ['synonym', f] as const),
      ...(e.near ?? []).map((f) => ['near', f] as const),
    ];
    for (const [how, form] of forms) {
      const terms = form.split(/\s+/).flatMap((w) => termsOf(w).slice(0, 1));
      if (terms.length > 0) byFirst.set(terms[0]!, [...(byFirst.get(terms[0]!) ?? []), { entry, how, terms }]);
    }
  });
  return byFirst;
}
