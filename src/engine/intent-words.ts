/**
 * The word tables behind the free-text intent matcher (intent.ts). Phrases are written in the
 * matcher's normal form: lower case, punctuation turned into spaces, "what's" → "what is".
 * Each table is plain data so a missed phrasing is fixed by adding a line here, not code.
 */

/** Topic phrases, in the order they are tried: the specific ones first, so "next Q15 rapporteur
 * meeting" is an RGM question and "new work items for TAP" asks for work items, not TAP results. */
export const TOPICS: readonly { readonly command: string; readonly phrases: readonly string[] }[] = [
  {
    command: 'rgm',
    phrases: [
      'rgm',
      'rgms',
      'rapporteur',
      'rapporteurs',
      'rapporteur group',
      'interim',
      'interim meeting',
      'interim meetings',
      'rg meeting',
      'rg meetings',
      'q meeting',
    ],
  },
  {
    command: 'cg',
    phrases: ['correspondence group', 'correspondence groups', 'cg', 'cgs', 'correspondence'],
  },
  {
    command: 'stats',
    phrases: [
      'statistics',
      'statistic',
      'stats',
      'contributions',
      'contribution count',
      'participants',
      'liaison',
      'liaisons',
      'ddp',
      'how many contributions',
      'figures',
    ],
  },
  {
    command: 'new',
    phrases: [
      'work item',
      'work items',
      'new work',
      'work programme',
      'work program',
      'new items',
      'new item',
      'new topics',
      'started',
      'start new',
      'wi',
      'wis',
    ],
  },
  {
    command: 'aap',
    phrases: ['aap', 'last call', 'lastcall', 'alternative approval', 'consent', 'consents', 'consented', 'consenting', 'additional review', 'a 8'],
  },
  {
    command: 'tap',
    phrases: [
      'tap',
      'traditional approval',
      'approved',
      'approve',
      'approval',
      'not approved',
      'unapproved',
      'determined',
      'determine',
      'rejected',
      'deferred',
      'resolution 1',
      'res 1',
    ],
  },
  {
    command: 'agreed',
    phrases: [
      'agreed',
      'agree',
      'agreement',
      'supplement',
      'supplements',
      'suppl',
      'technical report',
      'technical reports',
      'non normative',
      'nonnormative',
      'implementers guide',
      'informative',
      'tr',
    ],
  },
  {
    command: 'meeting',
    phrases: [
      'plenary',
      'next meeting',
      'next sg17 meeting',
      'sg17 meeting',
      'sg17 meetings',
      'study group meeting',
      'next study group',
      'future meeting',
      'future meetings',
      'upcoming meeting',
      'upcoming meetings',
      'sg17 meet',
      'meet next',
      'meets next',
      'next sg',
      'study period',
      'workshop',
    ],
  },
];

/** Phrases that say "I want TAP texts that were not approved" (tap with a not-approved focus). */
export const NOT_APPROVED_PHRASES: readonly string[] = [
  'not approved',
  'unapproved',
  'were not',
  'was not',
  'rejected',
  'failed',
  'fail',
  'refused',
  'deferred',
  'didnt pass',
  'did not pass',
  'not pass',
];

/** Glossary terms the `explain` command answers, each phrase → the term passed to it. */
export const GLOSSARY: readonly { readonly term: string; readonly phrases: readonly string[] }[] = [
  { term: 'last call', phrases: ['last call', 'aap last call', 'lastcall'] },
  { term: 'additional review', phrases: ['additional review'] },
  { term: 'aap', phrases: ['aap', 'alternative approval', 'alternative approval process', 'a 8'] },
  { term: 'tap', phrases: ['tap', 'traditional approval', 'traditional approval process', 'resolution 1', 'res 1'] },
  { term: 'consent', phrases: ['consent', 'consented', 'consenting'] },
  { term: 'determined', phrases: ['determined', 'determination', 'determine'] },
  { term: 'rgm', phrases: ['rgm', 'rgms', 'rapporteur group meeting', 'rapporteur meeting', 'interim rgm'] },
  { term: 'agreed', phrases: ['agreed', 'agreement', 'non normative text', 'non normative'] },
  { term: 'td', phrases: ['td', 'temporary document', 'tds'] },
  { term: 'question', phrases: ['question', 'a question'] },
  { term: 'approved', phrases: ['approved', 'approval'] },
  { term: 'new work item', phrases: ['new work item', 'work item', 'work items'] },
];

/** Openings that ask what something means. */
export const EXPLAIN_CUES: readonly RegExp[] = [
  /^(?:explain|define|definition of|meaning of)\b/,
  /^what (?:is|are|does|do) (?:an? |the )?(.+?)(?: mean| stand for| stands for)?$/,
  /\b(?:mean|means|stand for|stands for)$/,
  /^(?:tell me )?what (?:an? |the )?.+ (?:is|means)$/,
];

/** Openings that ask to look something up: the rest of the text is what to search for. */
export const SEARCH_CUES: readonly RegExp[] = [
  /^(?:please )?(?:search|find|look for|look up|lookup|grep)(?: for)? (.+)$/,
  /^(?:is there |are there |do you have |have you got )?(?:anything|something|any|stuff|info|information|news|documents?|texts?)(?: at all)? (?:about|on|for|regarding|concerning|related to|re) (.+)$/,
  /^(?:what about|how about|what is new (?:about|on|in)|what is happening (?:with|on|in)|whats up with) (.+)$/,
  /^(?:tell me about|show me|show|list) (.+)$/,
];

/** Words that carry no topic: dropped before a search so "anything about quantum?" searches "quantum". */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or of to in on at for from by with about regarding concerning related re into is are was were be been ' +
    'being am do does did done has have had having can could will would shall should may might must what which who whom ' +
    'whose when where why how any anything something some stuff info information news there here this that these those ' +
    'it its me my we our us you your they their i please tell show find search look lookup up list give get know let ' +
    'sg17 itu itut itu t recommendation recommendations rec recs text texts document documents all latest current ' +
    'status happened happen happening going everything results result thing things process'
  ).split(' '),
);

/** Opening words of a question: such text with topic words left is worth a search. */
export const QUESTION_OPENERS: ReadonlySet<string> = new Set(
  'what which who whom whose when where why how is are was were do does did has have had can could will would any anything show list tell find search'.split(
    ' ',
  ),
);

/** Whole texts with a fixed reading (after normal form). */
export const EXACT: ReadonlyMap<string, string> = new Map([
  ['hello', 'help'],
  ['hi', 'help'],
  ['hey', 'help'],
  ['help me', 'help'],
  ['what can you do', 'help'],
  ['what is new', 'new'],
  ['whats new', 'new'],
  ['anything new', 'new'],
]);

/** Words that, next to a Question, ask for its meetings ("who hosts the Q10 meeting?"). */
export const MEETING_WORDS: readonly string[] = ['meeting', 'meetings', 'meet', 'meets', 'hosts', 'host', 'venue'];

/** Words around a glossary term that do not change which term is asked about. */
export const EXPLAIN_FILLER: ReadonlySet<string> = new Set(
  'explain define definition meaning mean means stand stands process procedure term word abbreviation acronym'.split(' '),
);
