/**
 * The word tables behind the question parser (./parse.ts), as data: a misread phrasing is fixed
 * by a line here, not by code. Phrases are in the parser's normal form: lower case, punctuation
 * turned into spaces, "what's" → "what is", "n't" → " not". Longer phrases win over the shorter
 * ones inside them ("not approved" over "approved"), whatever their order here.
 */
import { STOP_WORDS as STOPWORDS } from '../../text/stopwords.js';
import type { DocType, Outcome, RgmFormat, RgmState, Route, TextFlag, TextKind } from './model.js';

/** What a phrase says about the question. One phrase may say several things ("last call"). */
export interface Signal {
  readonly outcome?: Outcome;
  /** A phrase naming several steps at once: "pending" is TAP determined or AAP consented (both wait for approval). */
  readonly outcomes?: readonly Outcome[];
  readonly route?: Route;
  readonly kind?: TextKind;
  readonly type?: DocType;
  /** What is listed: Annex A texts, new work items, interim RGMs. */
  readonly subject?: 'texts' | 'work-items' | 'rgms';
  /** Other things one can ask for. */
  readonly topic?: 'groups' | 'meetings' | 'stats' | 'highlights' | 'help' | 'greeting' | 'thanks' | 'count';
  /** The glossary term (explain's key) the phrase names, for "what is …" questions. */
  readonly term?: string;
  /** Something the summary does not hold. */
  readonly notHeld?: string;
  /** The phrase asks for items ("up for last call", "got approved"), never for a definition. */
  readonly list?: true;
  /** How interim RGMs meet ("virtual", "in person"): said of RGMs only. */
  readonly format?: RgmFormat;
  /** Whether an RGM's dates or venue are settled ("tbc", "no venue"): said of RGMs only. */
  readonly state?: RgmState;
  /** Questions rather than items are counted or listed ("how many questions have RGMs"). */
  readonly perQuestion?: true;
  /** A column or note of the summary's tables a text has (an ISO/IEC equivalent, an A.5 justification…). */
  readonly flag?: TextFlag;
  /** A word naming every text that, listed beside types ("supplements and reports and docs"), names this type. */
  readonly listedType?: DocType;
  /** The period between two SG17 meetings (every RGM and group of the data): a subject only when nothing else is asked. */
  readonly interregnum?: true;
  /**
   * A correspondence group's status, as the data writes it ("carry on" → "continued"), or `closed`, which the
   * summary never gives (it lists the groups active in the interregnum). Said of groups only: elsewhere the
   * words are what they were.
   */
  readonly groupStatus?: string;
  /** A step said with its own negation ("approved or not"): its "not" is no negator of what follows. */
  readonly eitherWay?: true;
}

const entries = (phrases: string, signal: Signal): [string, Signal][] => phrases.split(',').map((p) => [p.trim(), signal]);

/** Words that sum a meeting up: asked of a meeting (or of nothing), its highlights. */
const HIGHLIGHT_SUMMINGS = [
  ...['takeaways', 'takeaway', 'key points', 'main points', 'headlines', 'headline', 'gist', 'the gist', 'nutshell', 'in a nutshell'],
  ...['summary', 'summaries', 'summarise', 'summarize', 'summarised', 'summarized', 'sum up', 'sum it up', 'executive summary'],
  ...['overview', 'rundown', 'run down', 'debrief', 'wrap up', 'wrapup', 'big picture', 'bottom line', 'short version'],
  ...['stood out', 'stand out', 'stands out', 'standout', 'standouts', 'what stood out', 'notable', 'noteworthy'],
];
/** Words that rank points of a meeting first ("main", "key", "top"), and the points they rank ("takeaways", "outcomes"). */
const HIGHLIGHT_QUALIFIERS = ['main', 'key', 'top', 'major', 'biggest', 'big', 'most important', 'important', 'principal', 'chief', 'notable'];
const HIGHLIGHT_NOUNS = [
  'decisions',
  'outcomes',
  'outcome',
  'results',
  'result',
  'messages',
  'message',
  'findings',
  'things',
  'achievements',
  'conclusions',
  'developments',
  'news',
];

/**
 * A step said with its own negation ("approved or not", "whether or not consented", "approved or unapproved",
 * "determined or not determined"): neither way is asked, so every text of the step's route, whatever its
 * outcome now (a text determined is one not approved yet). Each row: the step's words, the words of its
 * negation in one word, the route's outcomes.
 */
const TAP_OUTCOMES: readonly Outcome[] = ['tap-approved', 'tap-not-approved', 'tap-determined'];
const EITHER_WAY: readonly { readonly steps: string; readonly negations: string; readonly outcomes: readonly Outcome[] }[] = [
  { steps: 'approved,passed,adopted', negations: 'unapproved,disapproved', outcomes: TAP_OUTCOMES },
  { steps: 'determined', negations: 'undetermined', outcomes: TAP_OUTCOMES },
  { steps: 'consented', negations: 'unconsented', outcomes: ['aap-consented'] },
  { steps: 'agreed', negations: 'unagreed', outcomes: ['agreed'] },
];
/** The verb a step may be said with ("were approved or not"). */
const EITHER_WAY_COPULAS = ['', 'were ', 'was ', 'got ', 'been ', 'be '];
/** How a step and its negation are joined ("{s}" the step, "{n}" a negation in one word). */
const EITHER_WAY_FORMS = [
  '{s} or not',
  '{s} or not {s}',
  '{s} and not {s}',
  '{s} or otherwise',
  'not {s} or {s}',
  '{s} or {n}',
  '{s} and {n}',
  '{n} or {s}',
  '{n} and {s}',
];
const EITHER_WAY_LEADS = ['whether or not {s}', 'whether {s} or not', 'whether or not they were {s}', 'whether or not it was {s}'];

function eitherWay(): [string, Signal][] {
  return EITHER_WAY.flatMap(({ steps, negations, outcomes }) =>
    steps.split(',').flatMap((step) => {
      const said = (form: string, negation = ''): string => form.replaceAll('{s}', step).replaceAll('{n}', negation);
      const forms = EITHER_WAY_FORMS.flatMap((f) => (f.includes('{n}') ? negations.split(',').map((n) => said(f, n)) : [said(f)]));
      const phrases = [...EITHER_WAY_COPULAS.flatMap((c) => forms.map((f) => c + f)), ...EITHER_WAY_LEADS.map((f) => said(f))];
      return phrases.map((p): [string, Signal] => [p, { outcomes, list: true, eitherWay: true }]);
    }),
  );
}

/** How a text is said to go towards an approval still to come ("goes to", "sent to", "headed for"), and what it goes to. */
const APPROVAL_AHEAD_LEADS = [
  'to',
  'goes to',
  'go to',
  'going to',
  'gone to',
  'went to',
  'sent to',
  'send to',
  'sends to',
  'sending to',
  'put to',
  'forwarded to',
  'submitted to',
  'submitted for',
  'sent for',
  'going for',
  'goes for',
  'go for',
  'headed for',
  'heading for',
  'heading to',
  'due for',
  'slated for',
  'scheduled for',
  'lined up for',
];
const APPROVAL_AHEAD_NAMES = ['approval', 'tap approval', 'the approval', 'the tap approval'];

/**
 * Verbs of taking a route ("went through the TAP route", "took the AAP process"): one before a route phrase
 * of two words or more joins it (recognisers/phrases.ts `longestAt`), so the table holds each route phrase
 * once, not once per verb (that cross product was 7 000 phrases and 10 ms of every start).
 */
export const ROUTE_MOVES: ReadonlySet<string> = new Set([
  'went',
  'go',
  'goes',
  'gone',
  'going',
  'sent',
  'taken',
  'took',
  'came',
  'come',
  'comes',
  'follow',
  'follows',
  'followed',
  'take',
  'takes',
]);
const ROUTE_PREPOSITIONS = ['through', 'via', 'by', 'under', 'along'];
const ROUTE_NOUNS = ['route', 'process', 'procedure', 'path', 'track', 'way'];

/** Every way a route is named with its noun ("the tap route") or along it ("via tap", "through the aap process"); a verb before either joins it (`ROUTE_MOVES`). */
function routeSaid(names: readonly string[]): string[] {
  const named = names.flatMap((name) => [name, ...ROUTE_NOUNS.map((noun) => `${name} ${noun}`)]);
  const withArticle = named.flatMap((n) => [n, `the ${n}`]);
  const along = ROUTE_PREPOSITIONS.flatMap((prep) => withArticle.map((n) => `${prep} ${n}`));
  return [...withArticle.filter((n) => n.includes(' ')), ...along];
}

export const PHRASES: ReadonlyMap<string, Signal> = new Map<string, Signal>([
  // A step with its own negation: every text of its route (read whole, before the "not" in it can negate).
  ...eitherWay(),
  // TAP outcomes
  ...entries('approved,approve,passed,adopted,approval,approvals', { outcome: 'tap-approved', term: 'approved' }),
  // What delegates also call it ("endorsed", "greenlit", "ratified"): at a study group meeting, TAP approval.
  ...entries(
    'endorsed,ratified,authorised,authorized,signed off,sign off,signed off on,nodded through,waved through,greenlit,green lit,green light,green lighted,greenlighted,cleared,accepted',
    {
      outcome: 'tap-approved',
      term: 'approved',
    },
  ),
  ...entries('got approved,got through,get through,went through,get approved,gets approved,got passed,were approved,was approved', {
    outcome: 'tap-approved',
    term: 'approved',
    list: true,
  }),
  ...entries(
    'not approved,non approved,unapproved,disapproved,failed,fail,failing,failure,failures,rejected,refused,did not pass,not passed,not adopted,turned down,blocked,were not approved,was not approved,' +
      // "didn't get approved": the "not" before a phrase of approval turns it round.
      'knocked back,shot down,reject,rejects,failed approval,approval failed,failed to pass,failed to get approved,fail to get approved,fail to pass,fail approval,fail to be approved,failed to be approved,not granted,approval not granted,approvals not granted,not endorsed,not accepted,not cleared,not ratified,thrown out,not pass,not get approved,not got approved,not been approved,not be approved,not get through,not got through,not go through,not gone through,not make it,never approved,never passed',
    { outcome: 'tap-not-approved', term: 'not approved' },
  ),
  // "approved and which were not": both.
  ...entries(
    'which were not,which ones were not,and which not,and what was not,and what were not,and what not,and what did not,and which were not,and which did not,and the ones that were not,and how many not,and how many were not,' +
      // "which were not approved" asks for the not-approved alone, not "which were (approved) and which not".
      'which were not approved,which ones were not approved,which was not approved,which texts were not approved,which recs were not approved',
    {
      outcome: 'tap-not-approved',
      list: true,
    },
  ),
  // Finished at the meeting: approved (TAP) or agreed; a consented text still has its AAP Last Call to pass.
  ...entries('completed,complete,finished,were completed,was completed,got completed,got finished', {
    outcomes: ['tap-approved', 'agreed'],
    list: true,
  }),
  // When a text is published or enters into force is not in the summary: said so, not read as every text.
  ...entries('published,publication,in force,into force,entered into force,enter into force,enters into force,come into force,came into force', {
    notHeld: 'published',
  }),
  // The summary lists what was consented, determined or agreed, never what was not: said so, not read as the opposite.
  ...entries(
    'not consented,non consented,not yet consented,not consented yet,not yet been consented,which were not consented,which ones were not consented,were not consented,was not consented,not been consented,never consented,not get consented,not got consented',
    {
      notHeld: 'not-consented',
    },
  ),
  ...entries(
    'not determined,non determined,not yet determined,not determined yet,which were not determined,were not determined,was not determined,not been determined,never determined',
    {
      notHeld: 'not-determined',
    },
  ),
  // What this meeting held back is no list of the summary: said so, not read as every text of the type named.
  // Excluded ("never deferred", "not postponed"), the words say the text's history holds no deferral: the Notes 1–3
  // name every deferral the summary records (dimensions.ts `deferred-before`).
  // "pushed back", "put off", "held over": the same deferral in other words.
  ...entries('deferred,postponed,delayed,pushed back,put off,held over,deferral,deferrals', { notHeld: 'deferred', flag: 'deferred-before' }),
  // "whose approval was deferred": the approval is what was deferred, never an approval asked for.
  ...entries(
    'approval deferred,approval was deferred,approval postponed,approval was postponed,approval delayed,approval was delayed,approval deferral,' +
      'approval pushed back,approval was pushed back,approval put off,approval was put off,approval held over,approval was held over',
    {
      notHeld: 'deferred',
      flag: 'deferred-before',
    },
  ),
  ...entries('withdrawn,held back,shelved', { notHeld: 'deferred' }),
  // Who objected to what, and why, is not in the summary: said so, not mended into "consented".
  ...entries('objection,objections,objected,contested,opposed,opposition,appeal,appealed,appeals', { notHeld: 'objections' }),
  // "texts that did not get consensus", "anything without consensus": objections, not every text but the consented.
  ...entries(
    'no consensus,without consensus,not get consensus,not got consensus,not reach consensus,not reached consensus,lack of consensus,failed to reach consensus,not find consensus,not found consensus',
    { notHeld: 'objections' },
  ),
  ...entries('not agreed,non agreed,not yet agreed,not agreed yet,which were not agreed,were not agreed,was not agreed,not been agreed,never agreed', {
    notHeld: 'not-agreed',
  }),
  ...entries('determined,determine,determination', { outcome: 'tap-determined', term: 'determined' }),
  ...entries(
    'waiting for approval,awaiting approval,pending approval,up for approval,to be approved,for approval at the next,for approval next,waiting approval,' +
      'for approval,for tap approval,will be approved,will get approved,be approved',
    {
      outcome: 'tap-determined',
      term: 'determined',
      list: true,
    },
  ),
  // Approval that lies ahead, however the text gets there ("goes to TAP approval", "sent to approval", "headed for
  // the TAP approval"): determined now, for approval at the next meeting.
  ...APPROVAL_AHEAD_LEADS.flatMap((lead) =>
    APPROVAL_AHEAD_NAMES.map((name): [string, Signal] => [`${lead} ${name}`, { outcome: 'tap-determined', term: 'determined', list: true }]),
  ),
  // Still on its way to approval by either route: determined (TAP) or consented (AAP, in or before last call).
  ...entries(
    'pending,still pending,not yet approved,' +
      // "still" says the approval has not come by either route: "approval" after it is what is awaited, not asked for.
      'still pending approval,still awaiting approval,still waiting for approval,still waiting on approval,still up for approval,still to be approved,still needing approval,still needs approval,not approved yet,not been approved yet,not yet been approved,awaiting a decision,awaiting decision,in the pipeline,still in the pipeline,in flight,still open',
    { outcomes: ['tap-determined', 'aap-consented'], list: true },
  ),
  // AAP
  // "which texts reached consensus": consented, as mending read it; named here so its negations below are read whole.
  ...entries('consented,consent,consents,consenting,consensus', { outcome: 'aap-consented', term: 'consented' }),
  ...entries('last call,lastcall,lc,lst call,las call,last cal,lastcal,aap last call,aap lc', { outcome: 'aap-consented', term: 'last call' }),
  ...entries(
    'got consented,out for last call,out for lc,out for aap,up for lc,up for last call,in last call,going to last call,go to last call,goes to last call,going for last call,sent to last call,going to lc,going to aap,go to aap,goes to aap,sent to aap,headed for aap,heading to aap,going to the aap,in aap',
    { outcome: 'aap-consented', term: 'last call', list: true },
  ),
  ...entries('additional review', { outcome: 'aap-consented', term: 'additional review' }),
  // Agreement
  ...entries('agreed,agree', { outcome: 'agreed', term: 'agreed' }),
  ...entries('got agreed,were agreed,was agreed', { outcome: 'agreed', term: 'agreed', list: true }),
  ...entries('agreement,by agreement,for agreement,non normative,nonnormative,informative', { route: 'agreement', term: 'agreed' }),
  // Routes
  // "went through tap" names the route a text took, whatever its outcome: not "went through" (approved).
  ...entries(
    'tapd,tap d,tap ed,tap,traditional approval,traditional approval process,by tap,under tap,for tap,via tap,go by tap,goes by tap,' +
      'through tap,went through tap,go through tap,goes through tap,gone through tap,going through tap,sent through tap,taken through tap,took tap,followed tap',
    {
      route: 'tap',
      term: 'tap',
    },
  ),
  // "what went through the TAP route", "via the tap process", "by the TAP track": the route named, whatever the outcome.
  ...routeSaid(['tap', 'traditional approval']).map((p): [string, Signal] => [p, { route: 'tap', term: 'tap' }]),
  ...routeSaid(['aap', 'alternative approval']).map((p): [string, Signal] => [p, { route: 'aap', term: 'aap' }]),
  ...routeSaid(['agreement']).map((p): [string, Signal] => [p, { route: 'agreement', term: 'agreed' }]),
  ...entries('resolution 1,res 1,wtsa resolution 1,wtsa res 1', { route: 'tap', term: 'res 1' }),
  ...entries(
    'aapd,aap d,aap ed,aap,alternative approval,alternative approval process,by aap,under aap,via aap,go by aap,' +
      'through aap,went through aap,go through aap,goes through aap,gone through aap,going through aap,sent through aap,took aap,followed aap',
    { route: 'aap', term: 'aap' },
  ),
  ...entries('a 8,rec a 8,itu t a 8', { route: 'aap', term: 'a.8' }),
  // Columns and notes of the summary's tables (dimensions.ts `flags`): asked for, or excluded ("without an iso equivalent").
  ...entries(
    'iso,iso equivalent,iso equivalents,iso iec,iso iec equivalent,iso iec equivalents,iso iec counterpart,iso counterpart,equivalent,equivalents,common text,common texts,twin text,jointly with iso,joint with iso,' +
      // The text's twin at ISO/IEC (not a "digital twin" of a title): named with the body, as the column is.
      'iec,iso twin,iso twins,iso iec twin,iso iec twins,iec twin,iec twins,twin texts,counterpart,counterparts,iso counterparts,iso iec counterparts,equivalent text,equivalent texts,common specification,common specifications',
    { flag: 'iso-equivalent' },
  ),
  ...entries(
    'a5,a 5,a5 justification,a 5 justification,a5 justifications,a 5 justifications,a5 reference,a 5 reference,a5 references,a 5 references,justification,justifications',
    {
      flag: 'a5',
    },
  ),
  ...entries(
    'deferred before,deferred earlier,previously deferred,earlier deferral,earlier deferrals,deferred at an earlier meeting,deferred at a previous meeting,been deferred before,approval deferred before,deferred previously,deferred in the past,had been deferred,history of deferral',
    { flag: 'deferred-before' },
  ),
  ...entries('re determined,redetermined,determined again,determined twice,determined more than once', { flag: 're-determined' }),
  // The first determination, not one again ("first determined in Feb/Mar 2023": Note 2's text, not Note 1's re-determined then).
  ...entries(
    'first determined,determined first,determined for the first time,first time determined,initially determined,originally determined,first determination',
    {
      flag: 'first-determined',
    },
  ),
  ...entries('base text,base texts,base td,base document,base documents', { flag: 'base-text' }),
  // Kinds
  ...entries('amendment,amendments,amd,amds,amend,amended', { kind: 'amendment', term: 'amendment' }),
  ...entries('revised,revision,revisions,rev,revs,updated,edition,editions,new edition,new editions', { kind: 'revised' }),
  ...entries('corrigendum,corrigenda,corrigendums,cor,corr,erratum,errata', { kind: 'corrigendum', term: 'corrigendum' }),
  ...entries('new,brand new,created,newly created,established,newly established,set up,launched', { kind: 'new' }),
  // Types
  ...entries('recommendation,recommendations,rec,recs,recommandation,recommandations,normative,normative text,normative texts', { type: 'recommendation' }),
  ...entries('supplement,supplements,suppl,suppls,supp,sup,supps,sups', { type: 'supplement', term: 'supplement' }),
  ...entries('technical report,technical reports,tech report,tech reports,tr,trs,report,reports,rpt,rpts,technical rpt,technical rpts', {
    type: 'technical-report',
  }),
  ...entries('other docs,other documents,other texts,sg17 documents,other sg17 documents,manual,manuals,compendium', { type: 'other' }),
  // Subjects
  // "rapporteur" alone is the person ("what is a rapporteur"); with "meeting", the RGM.
  ...entries('rapporteur,rapporteurs', { subject: 'rgms', term: 'rapporteur' }),
  ...entries(
    'rgm,rgms,rapporteur meeting,rapporteur meetings,rapporteur group,rapporteur group meeting,rapporteur group meetings,interim,interim meeting,interim meetings,rg meeting,rg meetings,q meeting,q meetings,question meeting,question meetings,rapporteurs meet,interregnum meeting,interregnum meetings',
    { subject: 'rgms', term: 'rgm' },
  ),
  ...entries(
    'work item,work items,workitem,workitems,new work,new work item,new work items,work programme,work program,new items,new item,new topics,wi,wis,started,newly started',
    { subject: 'work-items', term: 'new work item' },
  ),
  // The period between two SG17 meetings, which every RGM and correspondence group of the data falls in: no filter of
  // its own ("active correspondence groups in the interregnum" are the groups); asked alone, its RGMs.
  ...entries(
    'interregnum,interregnum period,the interregnum,between plenaries,between the plenaries,between sg17 meetings,between the sg17 meetings,between study group meetings,between the two plenaries',
    { interregnum: true },
  ),
  // "ones" is no noun of its own: it stands for what is listed ("the tbc ones", "the virtual ones"), never for texts.
  ...entries('texts,text,draft,drafts,outputs,output,items,things,stuff', { subject: 'texts' }),
  // "agreed docs" are every agreed text; listed beside types ("supplements and reports and docs"), the documents of
  // no other type named: the Security Manual, the Compendium…
  ...entries('documents,document,docs,doc', { subject: 'texts', listedType: 'other' }),
  // How RGMs meet (read only where RGMs are asked about: "online" is also a word of titles)
  ...entries(
    'virtual,virtually,online,remote,remotely,e meeting,e meetings,zoom,webex,teleconference,teleconferences,teleconf,conf call,conf calls,conference call,conference calls,video call,video conference,videoconference,telco,electronic meeting,electronic meetings,myworkspace,my workspace,virtual meeting,virtual meetings',
    {
      format: 'virtual',
    },
  ),
  ...entries('hybrid,hybrid meeting,hybrid meetings', { format: 'hybrid' }),
  ...entries('physical,physically,in person,face to face,f2f,onsite,on site,physical meeting,physical meetings,in person meeting,in person meetings', {
    format: 'physical',
  }),
  // What the summary has settled about RGMs (its dates say "TBC"; a venue is blank or "tbd")
  ...entries(
    // "rgms without dates": every RGM has some date; those whose dates are not settled are the TBC ones ("without"
    // and "dates" were dropped and every RGM listed)
    'without dates,without a date,without date,no dates,no date,no dates yet,no date yet,undated,' +
      'tbc,tbd,to be confirmed,to be decided,not confirmed,not yet confirmed,yet to be confirmed,unconfirmed,tentative,provisional,dates tbc,date tbc,pending confirmation,not fixed,not final',
    { state: 'tbc' },
  ),
  ...entries(
    'confirmed,confirmed dates,fixed dates,firm dates,final dates,fixed date,firm date,final date,confirmed date,set date,set dates,date is fixed,dates are fixed,date is set,dates are set,date is confirmed,dates are confirmed,date fixed,dates fixed,date final,dates final,date confirmed,dates confirmed',
    {
      state: 'confirmed',
    },
  ),
  // Questions counted or listed, not items
  ...entries('how many questions,number of questions,how many qs', { topic: 'count', perQuestion: true }),
  ...entries(
    // "Q" alone is the Question too ("grouped by Q", "per Q").
    'by q,per q,by qs,per qs,grouped by q,group by q,sorted by q,split by q,broken down by q,' +
      'by question,per question,by questions,grouped by question,group by question,broken down by question,breakdown by question,split by question,each question,every question,for each question,each q,questions got,questions had,questions without,qs without,questions did,qs got,questions have,questions has,questions do,questions does,questions with,questions having,questions hold,questions are holding,questions plan,questions are planning,questions meet,questions are meeting,qs have,qs with',
    {
      perQuestion: true,
    },
  ),
  // Other topics
  // The singular names the term ("what is a cg"); the plural asks for the groups ("what are the cgs").
  ...entries('correspondence group,cg', { topic: 'groups', term: 'cg' }),
  ...entries('correspondence groups,cgs,correspondence', { topic: 'groups' }),
  // A group's status (section 1 marks each "New" or "continued"; "new", "created", "set up" are the kind `new`).
  ...entries(
    'carry on,carries on,carrying on,carried on,carry over,carried over,continue,continues,continuing,continued,continuation,' +
      'still running,still going,still on,keep going,keeps going,kept going,keep running,keeps running,ongoing,on going,kept,kept on,retained,renewed,extended,remain,remains,remaining,prolonged',
    { groupStatus: 'continued' },
  ),
  // None is closed in the data: it lists only the groups active in the interregnum, so "closed" is said not held.
  ...entries('closed,close,closes,closing,ended,end,ends,disbanded,disband,dissolved,terminated,wound up,shut down,abolished,stopped,stop', {
    groupStatus: 'closed',
  }),
  ...entries(
    'next sg17 meeting,sg17 meeting,sg17 meetings,study group meeting,study group meetings,next study group,future meeting,future meetings,upcoming sg17 meeting,sg17 meet,study group meet,sg meet,next sg,study period,new study period,next study period,coming study period,workshop,next meeting,meeting,meetings,sg meeting',
    { topic: 'meetings' },
  ),
  ...entries('plenary', { topic: 'meetings', term: 'plenary' }),
  // The meeting's figures, and what they count: contributions, liaison statements ("LS", the summary's "LSi/o").
  ...entries(
    'statistics,statistic,stats,contributions,contribution count,liaison,liaisons,liaison statement,liaison statements,ddp,figures,numbers,totals,ls,lss,lsi,lso,lsi o,' +
      // Which way liaison statements went (never mended to a word of another table: "outgoing" is no "ongoing").
      'incoming,outgoing,inbound,outbound',
    {
      topic: 'stats',
    },
  ),
  // What the summary puts first: its hot topics, section 1's output lines, new registration authorities (`highlights`).
  // A meeting summed up ("takeaways", "the gist", "summary of the meeting", "what stood out") is that too; "decisions"
  // and bare "outcomes" are what a meeting decided, its texts ("outcomes of the last meeting" → `texts sg17-2024-09`),
  // and a Question summed up ("summarise q4") is its own overview.
  ...entries(HIGHLIGHT_SUMMINGS.join(','), { topic: 'highlights' }),
  // The most important points by their qualifier and noun ("main takeaways", "key outcomes", "top results").
  ...HIGHLIGHT_QUALIFIERS.flatMap((q) => HIGHLIGHT_NOUNS.map((n): [string, Signal] => [`${q} ${n}`, { topic: 'highlights' }])),
  ...entries(
    'highlights,highlight,hot topics,hot topic,hottopics,hot,what was hot,trending,key topics,main topics,recap,tldr,tl dr,registration authority,registration authorities,' +
      'new registration authority,new registration authorities,new oid,new oids,mandate',
    { topic: 'highlights' },
  ),
  ...entries(
    'help,commands,command,usage,what can you do,what can u do,what do you do,how do i use you,how do i use this,how does this work,who are you,what are you,what is this bot,what is this,who made you',
    {
      topic: 'help',
    },
  ),
  ...entries('hello,hi,hey,hiya,good morning,good afternoon,good evening,morning,greetings,yo,howdy,hallo,bonjour,wassup', { topic: 'greeting' }),
  ...entries('thanks,thank you,thx,ty,cheers,thank u,thanks a lot,many thanks,much appreciated,great thanks,ok thanks', { topic: 'thanks' }),
  // Slips of "how many" too short to be mended by edit distance ("mnay" has four letters): the count was dropped.
  ...entries('how many,number of,count,how much,total,tally,no of,nr of,num of,nb of,nbr of,numb of,sum of,how mnay,how manny,how mny,hw many,how meny', {
    topic: 'count',
  }),
  // Terms only (what "what is …" can ask about)
  ...entries('td,tds,temporary document,temporary documents', { term: 'td' }),
  ...entries('question,a question', { term: 'question' }),
  ...entries('tor,tors,terms of reference', { term: 'tor' }),
  ...entries('annex,annexes', { term: 'annex' }),
  // Not in the summary
  ...entries('editor,editors,editing,edits,edited by,who edited,who edits', { notHeld: 'editors' }),
  // "how many recs did china contribute": who proposed a text is not in the summary (it counted every Recommendation).
  ...entries(
    'author,authors,authored,wrote,written by,submitted by,who submitted,proposed by,who proposed,contributor,contributors,contribute,contributed,contributes,' +
      // The persons behind a text by what they are called: whoever brought it, none named by the summary.
      'presenter,presenters,presented by,proponent,proponents,proposer,proposers,submitter,submitters,drafter,drafters,introduced by,drafted by,prepared by,sponsored by',
    { notHeld: 'authors' },
  ),
  ...entries('chair,chairs,chairman,chairwoman,vice chair,convenor,convener,convenors', { notHeld: 'chairs' }),
  ...entries('email,e mail,contact,phone', { notHeld: 'contacts' }),
  // What the summary records of no text, meeting or RGM at all (NEVER_RECORDED): said so whatever else is named,
  // never answered with the texts, meetings or statistics the other words name.
  ...entries(
    'comments,commented,comments received,received comments,got comments,get comments,any comments,last call comments,lc comments,comment resolution',
    { notHeld: 'comments' },
  ),
  ...entries(
    'attendance,attended,attendees,attendee,participants,participant,participation,participated,delegates,delegate,delegation,delegations,headcount,head count,turnout,how many people,' +
      // Who took part, by the columns of Annex D's participant table (its values lost): the kinds of participant.
      'took part,take part,taking part,takes part,sector members,sector member,member states,member state,sg17 associates,associates,academia,invited experts',
    { notHeld: 'attendance' },
  ),
  // Annex C ("Work items discontinued") has no field in the dataset: a discontinued work item is never claimed.
  ...entries('discontinued,discontinue,discontinuation,discontinuing', { notHeld: 'discontinued' }),
  ...entries('deadline,deadlines,due date,due dates,cut off,cutoff,cut off date,submission deadline,closing date', { notHeld: 'deadlines' }),
  ...entries('votes,vote,voted,ballot,ballots,voted against,voted for,in favour,in favor,abstained,abstention,abstentions', { notHeld: 'votes' }),
  ...entries('fees,fee,registration fee,registration fees,participation fee', { notHeld: 'fees' }),
  ...entries('link,links,url,urls,download,pdf,hyperlink', { notHeld: 'links' }),
  // Practical arrangements at a venue: the summary records where a meeting was, never how to get on there.
  ...entries('wifi,wi fi,wireless,wifi password,wi fi password,network password,badge,badges,visa,visas,hotel,hotels,lunch,catering,logistics', {
    notHeld: 'logistics',
  }),
  // A meeting's agenda is a separate document the summary does not copy.
  ...entries('agenda,agendas,agenda items,draft agenda', { notHeld: 'agendas' }),
]);

/**
 * What the executive summary records of nothing it lists (no text, meeting, RGM or group): a question
 * about it is answered "not in the summary" whatever else it names ("which texts got comments in last
 * call", "how many delegates came from korea"), with what the answer says the summary lacks.
 */
export const NEVER_RECORDED: ReadonlyMap<string, string> = new Map([
  ['comments', 'comments received on texts (in AAP Last Call or otherwise)'],
  ['attendance', "attendance, participants or delegates (Annex D's participant table lost its values in the copied text)"],
  ['discontinued', 'work items discontinued (Annex C, "Work items discontinued", has no field in the dataset; the ingest report names any lines it lists)'],
  ['deadlines', 'deadlines (for contributions, registration or documents)'],
  ['votes', 'votes, or who voted for or against a text'],
  ['fees', 'fees or costs'],
  ['links', 'links to documents'],
  ['logistics', 'practical arrangements (wifi and its password, badges, visas, hotels or catering)'],
  ['other-groups', "other study groups or Recommendations outside the X series (this data is SG17's summary only)"],
  ['agendas', 'meeting agendas (a separate document the summary does not copy)'],
  ['closed-cgs', 'correspondence groups closed or disbanded (it lists only the groups active in the interregnum, each New or continued)'],
]);

/**
 * A group or series the data does not hold: another study group ("SG16") or a Recommendation of another
 * series ("H.264"; X is SG17's, A is the working methods' A.5, Q a Question written "Q.15"). Said so, nothing claimed.
 */
// `other-groups` is how the reading says it back.
export const OUTSIDE_DATA = /(?<![\w.-])(?:sg\s?(?!17\b)\d{1,2}|[b-pr-wyz]\.\d{2,4}|other-groups)(?![\w-])/;

/**
 * Words naming a figure of the statistics, not one of its lines ("the DDP percentage", "the liaison
 * count"): the statistics answer shows it, so they narrow nothing a search would find.
 */
export const STATS_MEASURES: ReadonlySet<string> = new Set([
  ...['percentage', 'percent', 'rate', 'share', 'figure', 'number', 'total', 'count', 'value'],
  // How documents reach a meeting ("contributions received", "liaisons submitted"): every one counted was.
  ...['received', 'submitted', 'receive', 'submit', 'sent', 'got', 'get', 'came', 'come', 'arrived'],
]);

/**
 * Words naming how the statistics break the contributions down ("contributions by region", "per country",
 * "the regional breakdown"): the statistics answer lists every region with its countries, so they narrow
 * nothing; a region or country named ("contributions from Korea") is one line, which search finds first.
 */
export const STATS_BREAKDOWNS: ReadonlySet<string> = new Set([
  ...['region', 'regions', 'regional', 'country', 'countries', 'nation', 'nations', 'geography', 'geographic', 'geographical'],
  ...['breakdown', 'broken', 'down', 'distribution', 'distributed', 'split', 'spread'],
]);

/**
 * Documents a meeting receives or sends, which the statistics count (contributions, liaison statements; TDs and
 * documents by the inputs it counts), and the words that say they came in or went out ("LS in/out", "incoming",
 * "how many TDs were submitted"): asked of a count or the figures, with nothing else named, the statistics; they
 * narrow nothing ("contributions from Korea" names a line, which search finds).
 */
export const STATS_DOCUMENTS: ReadonlySet<string> = new Set([
  ...['contributions', 'contribution', 'ls', 'lss', 'lsi', 'lso', 'liaison', 'liaisons', 'statement', 'statements'],
  ...['td', 'tds', 'documents', 'document', 'docs', 'doc', 'submissions', 'input', 'inputs'],
]);
export const STATS_DIRECTIONS: ReadonlySet<string> = new Set([
  ...['in', 'out', 'incoming', 'outgoing', 'inbound', 'outbound', 'came', 'come', 'coming', 'went', 'arrived', 'arriving'],
  ...['received', 'receive', 'submitted', 'submit', 'sent', 'send', 'there', 'registered', 'handled', 'processed'],
]);
/**
 * Documents counted that the statistics give no total of ("how many TDs were there"): the figures they do
 * give are shown, and this said plainly as not answered, never a number made up or the texts counted.
 */
export const STATS_NOT_GIVEN: ReadonlyMap<string, string> = new Map(
  ['td', 'tds', 'temporary'].map((w): [string, string] => [w, 'a total of TDs (temporary documents): the summary gives none']),
);
/** Documents the statistics count whatever verb is said ("how many TDs", "LS count"): a TD or LS is never a text of the tables. */
export const STATS_ONLY_DOCUMENTS: ReadonlySet<string> = new Set(['td', 'tds', 'ls', 'lss', 'lsi', 'lso', 'liaison', 'liaisons', 'submissions']);

/**
 * Phrases naming something only the highlights list ("registration authority"): an outcome beside them
 * ("which registration authority got approved") is said of that item, never a list of texts.
 */
export const HIGHLIGHT_ITEMS: ReadonlySet<string> = new Set([
  'registration authority',
  'registration authorities',
  'new registration authority',
  'new registration authorities',
  'new oid',
  'new oids',
]);

/** Openings that ask what something means ("what is last call", "explain AAP"). */
export const DEFINE_OPENERS: readonly string[] = [
  'what is meant by',
  'what is the meaning of',
  'what is the definition of',
  'what is a',
  'what is an',
  'what is the',
  'what is',
  'what are the',
  'what are',
  'what does',
  'what do',
  'whats',
  'explain',
  'define',
  'definition of',
  'meaning of',
  'tell me what',
  'remind me what',
  'difference between',
  'what is the difference between',
  'whats the difference between',
  'what is the diff between',
  'diff between',
  'how does',
  'how do',
  'compare',
];

/** Words around the terms of a "what is …" question that do not change which terms are meant. */
export const DEFINE_FILLER: ReadonlySet<string> = new Set(
  'a an the is are mean means meaning stand stands for does do process procedure term word abbreviation acronym and or vs versus between difference differences diff compare compared to with work works exactly please in itu t sg17 what how again'.split(
    ' ',
  ),
);

/** The one list of stop words (src/text), under the name the parser reads. */
export { STOPWORDS };

/**
 * The one negation lexicon: every word or phrase that excludes what follows it, on any dimension
 * ("aap not Q11", "texts other than supplements", "rgms bar the virtual ones"). The parser's
 * negators (`NEGATORS`) and its patterns for an excluded Question or place are built from it.
 */
export const NEGATION: readonly string[] = [
  'not',
  'non',
  // "never deferred": at no meeting, so the history the Notes give is excluded too ("never approved" is a phrase of its own).
  'never',
  // "which text has no base text": the column left blank ("questions with no rgms" asks for the Questions holding none).
  'no',
  'without',
  'except',
  'except for',
  'excepting',
  'excluding',
  'besides',
  'other than',
  'apart from',
  'aside from',
  'but not',
  'bar',
  'barring',
  'minus',
  'skipping',
  'ignoring',
  'leaving out',
  'leave out',
  'leaving aside',
  'not counting',
  'save',
  'save for',
  'rather than',
  'lacking',
  'omitting',
  'disregarding',
  'with the exception of',
  'neither',
  'nor',
  'exclude',
  'skip',
  'ignore',
  // "upcoming rgms that aren't q1" (as typed: the parser's normal form reads them "are not")
  "aren't",
  "isn't",
  "weren't",
  "wasn't",
  // "not from q11", "besides the amendments": "than", "apart", "aside" carry the phrase (see NEGATION_JOINERS)
];

/** Words of a negation phrase that exclude nothing on their own ("other" of "other than", "out" of "leaving out"). */
const NEGATION_JOINERS: ReadonlySet<string> = new Set(['other', 'rather', 'from', 'for', 'out', 'counting', 'with', 'the', 'of']);

/** Excluding phrases said only before a Question ("all but q11", "everything but q1", "without counting q2", "texts outside q2"). */
export const NEGATION_BEFORE_QUESTION: readonly string[] = ['all but', 'everything but', 'anything but', 'without counting', 'outside', 'outside of'];

/** Excluding phrases said only before a place ("rgms outside europe"). */
export const NEGATION_BEFORE_PLACE: readonly string[] = ['outside', 'outside of', 'anywhere but', 'anywhere except', 'elsewhere than', 'away from'];

/**
 * Words that exclude the kind or type named next ("q15 texts that were not amendments", "everything
 * except amendments", "agreed texts other than supplements", "non-amendment texts"): the answer is
 * the other kinds or types, never the one named. Phrases that hold their own "not" ("not approved")
 * are read whole first, so these never touch them.
 */
export const NEGATORS: ReadonlySet<string> = new Set(NEGATION.flatMap((phrase) => phrase.split(' ')).filter((w) => !NEGATION_JOINERS.has(w)));

/**
 * Verbs that open a question asked the other way round ("aren't the amendments consented?", "don't the
 * amendments go to lc", "haven't any amendments been approved"): the "not" after one that opens the question
 * asks about the thing itself, it excludes nothing. After "but" ("ok but were the q11 amendments approved"),
 * one makes "but" a word that joins, not "all but".
 */
export const AUXILIARIES: ReadonlySet<string> = new Set('are is were was do does did have has had can could will would should shall'.split(' '));

/** Words that may come before such a verb at the head of a question ("ok, but aren't …", "why weren't …"). */
export const LEAD_INS: ReadonlySet<string> = new Set('ok okay so but and hmm well also then wait sorry hi hey why really'.split(' '));

/** What may follow the "not" of such a question: who or what it asks about ("aren't the …", "haven't any …"); "don't show …" still excludes. */
export const ASKED_OF: ReadonlySet<string> = new Set('the any there all those these some it they we you our its'.split(' '));

/** Words that ask for the Questions holding none of something ("which questions have no rgms", "questions with nothing approved"). */
export const NONE_CUES: ReadonlySet<string> = new Set(['no', 'none', 'nothing', 'without', 'zero']);

/** Small words that may stand between a negator and what it excludes ("except for the amendments", "apart from supplements"). */
export const NEGATOR_GAP: ReadonlySet<string> = new Set([
  'not',
  'out',
  // "not on myworkspace", "except the ones that failed", "everything except what was agreed": what the excluded are called
  'on',
  'one',
  'ones',
  'what',
  'which',
  // "texts excluding those with an a5 justification", "except the ones having an iso equivalent"
  'with',
  'having',
  'has',
  'have',
  // "cg not about new": a topic excluded (`not.words`) may be a word of the tables too
  'about',
  'for',
  'from',
  'the',
  'any',
  'a',
  'an',
  'of',
  'those',
  'that',
  'are',
  'is',
  'were',
  'was',
  'be',
  'being',
  // "have never been deferred", "were not ever postponed"
  'been',
  'ever',
  'counting',
  'including',
  // "approved, not just consented" (only after something asked: see `excludes` in ./parse.ts)
  'just',
  'merely',
  // "texts that don't belong to tap": what the excluded belong to
  'belong',
  'belongs',
  'belonging',
  // "which new recs did not go to lc": the verb between "not" and the step it excludes
  'go',
  'goes',
  'went',
  'get',
  'got',
  'going',
  'to',
  'into',
  // "rgms that are not held on myworkspace", "not run on zoom": how an RGM meets, between "not" and its format
  'held',
  'hosted',
  'run',
  'conducted',
  'taking',
  'place',
]);

/**
 * Every word of the negation phrases, joiners too ("rather" of "rather than", "anywhere" of "anywhere but"),
 * and the small words a negator reaches over ("don't belong to tap"): none is said back unused once a negator was used.
 */
export const NEGATION_VOCABULARY: ReadonlySet<string> = new Set([
  ...[...NEGATION, ...NEGATION_BEFORE_QUESTION, ...NEGATION_BEFORE_PLACE].flatMap((phrase) => phrase.split(' ')),
  ...NEGATOR_GAP,
]);

/** Words that ask for items rather than a definition ("which", "list", "anything up for LC"). */
export const LIST_CUES: ReadonlySet<string> = new Set(
  (
    'which list show any anything give items texts documents recs recommendations ones got going goes went sent status were was been lately recently next upcoming coming latest current planned scheduled plan plans ' +
    // what is asked of the items, never what a word means ("what are the rgm dates")
    'date dates when where schedule start starts'
  ).split(' '),
);

/** Words that, with a Question and nothing else, ask for its meetings ("who hosts the Q10 meeting?"). */
export const MEETING_WORDS: ReadonlySet<string> = new Set([
  'meeting',
  'meetings',
  'meet',
  'meets',
  'hosts',
  'host',
  'venue',
  'when',
  'next',
  'upcoming',
  'coming',
]);

/** What asks for what comes next ("what's next", "anything coming up", "upcoming"): in this bot, the interim RGMs. */
export const NEXT_CUES: ReadonlySet<string> = new Set(['next', 'upcoming', 'coming', 'soon', 'ahead']);

/** Words that ask what a past meeting did ("what happened in Sep", "what did the September meeting decide"). */
export const PAST_CUES: ReadonlySet<string> = new Set(
  'happened happen happend hapened did decided decide decisions decision outcome outcomes result results was were had concluded conclude came produce produced summary summarise summarize recap'.split(
    ' ',
  ),
);

/**
 * Words that ask what a Question decided or produced ("Q7 outcomes", "the results of question 10", "what did Q10
 * conclude"): the texts acted on, which are what a meeting decides — not its new work items and RGMs (work
 * planned), which its overview adds ("q10", "what is q10 doing", "everything about q10").
 */
export const PRODUCED_CUES: ReadonlySet<string> = new Set(
  'decided decide decides decisions decision outcome outcomes result results produce produced produces came concluded conclude deliverables achieved achievements'.split(
    ' ',
  ),
);

/**
 * Words that put a deferral at a meeting before the latest ("pushed back at an earlier meeting", "postponed
 * before", "previously delayed"): the deferrals the Notes 1–3 record, never the latest meeting's (not held).
 */
export const EARLIER_CUES: ReadonlySet<string> = new Set(['earlier', 'previous', 'previously', 'before', 'prior', 'past', 'former', 'formerly', 'already']);

/** Words that ask for the RGMs already held ("past rgms", "rgms that already happened", "recent rgms"). */
export const PAST_RGM_CUES: ReadonlySet<string> = new Set(['past', 'already', 'happened', 'recent', 'previous', 'earlier', 'former']);

/** Words that ask what a meeting still to come will do ("what will happen at the April meeting", "on the agenda"). */
export const WILL_CUES: ReadonlySet<string> = new Set(['will', 'shall', 'agenda', 'happens', 'expected', 'expect']);

/** Verbs in the past tense, of PAST_CUES and more (not "decisions", "results": nouns say nothing of when): a month they ask about is the one just past. */
export const PAST_TENSE: ReadonlySet<string> = new Set(['happened', 'happend', 'did', 'decided', 'was', 'were', 'had', 'concluded', 'came', 'met']);

/** The words "the last meeting" can start with; the parser's pattern for it runs only when one is there. */
export const LAST_WORDS: ReadonlySet<string> = new Set(['last', 'previous', 'past', 'recent', 'latest']);

/** Words before a place ("rgms in Paris", "rgm at Stockholm"). */
export const PLACE_WORDS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'hosted']);

/**
 * Other names of places asked about, as one place word. A country whose RGMs the data holds reaches
 * the city it names ("korea" → the Seoul RGM); the other spellings only make one name of a place
 * the data holds no RGM in ("the uk", "united states"), so the answer can say "none there". Phrases
 * in normal form; "us" is here because "in the us" names a place.
 */
export const PLACE_ALIASES: ReadonlyMap<string, string> = new Map<string, string>([
  ...aliases('korea,south korea,republic of korea,rep of korea,s korea,rok,korean', 'seoul'),
  ...aliases('uk,u k,united kingdom,great britain,britain,england', 'uk'),
  ...aliases('us,u s,usa,u s a,united states,united states of america,america', 'usa'),
  ...aliases('switzerland,swiss', 'switzerland'),
  // Regions: the executor reads each as the places in REGION_PLACES ("rgms in europe" → Paris, Stockholm).
  ...aliases('europe,european,eu', 'europe'),
  ...aliases('asia,asian,asia pacific,apac', 'asia'),
  ...aliases('americas,north america,south america,latin america', 'americas'),
  ...aliases('africa,african', 'africa'),
  ...aliases('middle east,arab states,gulf states', 'middle east'),
]);

/**
 * A region asked about, as the countries and cities in it that an SG17 RGM venue or host may name
 * (a venue is written "Paris, France", "Hybrid (Virtual + Seoul)"). Matched as words of the venue,
 * like any place.
 */
export const REGION_PLACES: ReadonlyMap<string, readonly string[]> = new Map([
  [
    'europe',
    (
      'europe,france,paris,sweden,stockholm,switzerland,geneva,lausanne,zurich,bern,germany,berlin,munich,frankfurt,bonn,' +
      'uk,united kingdom,england,london,ireland,dublin,italy,rome,milan,spain,madrid,barcelona,portugal,lisbon,' +
      'netherlands,amsterdam,the hague,belgium,brussels,luxembourg,austria,vienna,finland,helsinki,norway,oslo,' +
      'denmark,copenhagen,poland,warsaw,czech,prague,hungary,budapest,romania,bucharest,greece,athens,estonia,tallinn,' +
      'latvia,riga,lithuania,vilnius,slovakia,slovenia,croatia,bulgaria,sofia,serbia,belgrade,ukraine,kyiv,russia,moscow,' +
      'turkey,istanbul,ankara,cyprus,malta,iceland'
    ).split(','),
  ],
  [
    'asia',
    (
      'asia,korea,seoul,busan,daejeon,jeju,china,beijing,shanghai,shenzhen,hangzhou,wuhan,japan,tokyo,osaka,kyoto,' +
      'india,delhi,new delhi,bangalore,bengaluru,mumbai,singapore,malaysia,kuala lumpur,thailand,bangkok,vietnam,hanoi,' +
      'indonesia,jakarta,bali,philippines,manila,hong kong,taiwan,mongolia,kazakhstan,uzbekistan,pakistan,bangladesh,' +
      'sri lanka,nepal,australia,sydney,melbourne,new zealand'
    ).split(','),
  ],
  [
    'americas',
    (
      'america,usa,united states,washington,new york,boston,san francisco,san diego,seattle,canada,ottawa,toronto,montreal,' +
      'vancouver,mexico,brazil,brasilia,rio,sao paulo,argentina,buenos aires,chile,santiago,colombia,bogota,peru,lima'
    ).split(','),
  ],
  [
    'africa',
    (
      'africa,south africa,johannesburg,cape town,egypt,cairo,nigeria,lagos,abuja,kenya,nairobi,ghana,accra,morocco,rabat,' +
      'tunisia,tunis,algeria,senegal,dakar,rwanda,kigali,ethiopia,addis ababa,tanzania,uganda,zambia,zimbabwe,cote d ivoire,abidjan'
    ).split(','),
  ],
  [
    'middle east',
    'middle east,saudi arabia,riyadh,jeddah,uae,united arab emirates,dubai,abu dhabi,qatar,doha,oman,muscat,kuwait,bahrain,jordan,amman,iran,tehran,israel,lebanon'.split(
      ',',
    ),
  ],
]);

function aliases(phrases: string, place: string): [string, string][] {
  return phrases.split(',').map((p) => [p, place]);
}

/** Every word of the aliases' phrases that is not a stop word: the cue that a question may name one. */
export const PLACE_ALIAS_WORDS: ReadonlySet<string> = new Set(
  [...PLACE_ALIASES.keys()].flatMap((p) => p.split(' ')).filter((w) => w.length > 1 && !STOPWORDS.has(w)),
);

/** Words that name where an RGM meets: with "tbc", the venue is what is undecided ("venue is tbd"). */
export const VENUE_NOUNS: ReadonlySet<string> = new Set(['venue', 'venues', 'location', 'where', 'place', 'host', 'city']);

/** Words after "in"/"at" that are no place ("rgms in detail", "list rgms in order"). */
export const NOT_PLACES: ReadonlySet<string> = new Set(
  'detail details order full total general particular advance future past pipeline brief short summary sequence chronological time progress english list table calendar sum addition short form words plain text writing theory practice principle case'.split(
    ' ',
  ),
);

/**
 * What is done to a text by the persons behind it ("who presented X.1716 in the plenary", "who drafted the QKD
 * text", "who is behind X.1717"): asked with "who", the authors, whom the summary never names — never the text.
 */
export const AUTHORSHIP_VERBS: ReadonlySet<string> = new Set([
  ...['presented', 'presents', 'presenting', 'introduced', 'introduces', 'introduce', 'drafted', 'drafting', 'prepared'],
  ...['proposed', 'proposes', 'propose', 'submitted', 'submits', 'submit', 'tabled', 'sponsored', 'championed', 'brought', 'behind'],
]);

/** Words that, with "rapporteur", ask who the person is (not in the summary) rather than for RGMs. */
export const WHO_WORDS: ReadonlySet<string> = new Set(['who', 'whos', 'name', 'names', 'person', 'people', 'contact', 'email']);

/** Command words of registry commands that change channel or personal settings: those keep their own parsers. */
export const SETTING_COMMANDS: ReadonlySet<string> = new Set([
  'subscribe',
  'unsubscribe',
  'subscriptions',
  'follow',
  'unfollow',
  'following',
  'reminders',
  'calendar',
]);

/** What the summary holds no list of among texts ("not-consented", "deferred"): no person, so no "who" in its reading, and said so whatever else is named. */
export function textsNotListed(notHeld: string | undefined): boolean {
  return (
    !!notHeld && (notHeld.startsWith('not-') || notHeld === 'deferred' || notHeld === 'objections' || notHeld === 'published' || NEVER_RECORDED.has(notHeld))
  );
}

/** Words that ask for two Questions or more side by side ("compare Q10 and Q15", "Q10 vs Q15"). */
export const COMPARE_CUES: ReadonlySet<string> = new Set(['compare', 'comparing', 'compared', 'comparison', 'versus', 'vs', 'side', 'against', 'contrast']);

/** Words that rank the Questions by how much they hold ("which Question has the most texts"). */
export const RANK_CUES: ReadonlyMap<string, 'most' | 'fewest'> = new Map([
  ['most', 'most'],
  // "rank the questions by number of texts": most first, as a ranking reads.
  ['rank', 'most'],
  ['ranked', 'most'],
  ['ranking', 'most'],
  ['busiest', 'most'],
  ['highest', 'most'],
  ['largest', 'most'],
  ['biggest', 'most'],
  ['max', 'most'],
  ['maximum', 'most'],
  ['fewest', 'fewest'],
  ['least', 'fewest'],
  ['lowest', 'fewest'],
  ['smallest', 'fewest'],
  ['min', 'fewest'],
  ['minimum', 'fewest'],
]);

/**
 * A Question meeting ("which Q is meeting most often", "which questions met the most times"): its RGMs, never SG17's
 * plenary (which is no Question's). The words, and the phrases of the meetings topic, that say it.
 */
export const QUESTION_MEETS: ReadonlySet<string> = new Set(['meeting', 'meetings', 'meet', 'meets', 'met']);

/** Words that ask how often ("most often", "the most times", "how frequently"): with a Question meeting, its RGMs counted. */
export const FREQUENCY_WORDS: ReadonlySet<string> = new Set(['often', 'oftenest', 'frequently', 'frequent', 'times', 'time', 'regularly']);

/** The word "Question" itself, as ranked or compared ("which question", "what qs"). */
export const QUESTION_NOUNS: ReadonlySet<string> = new Set(['question', 'questions', 'qs', 'q']);

/** The meeting the data is of, named without a date ("what was approved this time"): never a window, never search words. */
export const THIS_MEETING: readonly string[] = [
  'at this meeting',
  'at this plenary',
  'at this session',
  'in this meeting',
  'this meeting',
  'this plenary',
  'this session',
  'this time',
  'this round',
  'this time round',
  'this time around',
  'this go round',
].sort((a, b) => b.length - a.length);

/** Words that ask a count of RGMs for those still ahead ("how many rgms are left"); without one a count is of every RGM the data holds. */
export const STILL_AHEAD: ReadonlySet<string> = new Set(['left', 'remaining', 'remain', 'upcoming', 'coming', 'ahead', 'future', 'still']);

/**
 * Words that ask a list of RGMs for those still ahead ("any rgms coming up", "rgms still to come"): the list
 * is from today, so none ahead is none (not the latest planned, as "rgms" alone shows). Not "still" alone:
 * "rgms still to be confirmed" asks for the TBC ones, at any time.
 */
export const AHEAD_OF_TODAY: ReadonlySet<string> = new Set(['left', 'remaining', 'upcoming', 'coming', 'ahead', 'future', 'come']);

/** Words that join things one negator covers ("except Q3 and Q1", "not in paris or stockholm", "neither … nor …"). */
export const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'or', 'nor', 'plus']);

/** The word every phrase of THIS_MEETING holds: looked for first (most questions hold none). */
export const THIS_MEETING_CUE = 'this';

/**
 * Words that ask for the last RGM of a window ("the last rgm before the april plenary", "the final q1 meeting in
 * 2025"): one, the latest in it. Only with a window and a phrase naming one RGM: "the last rgm" alone may be the one
 * just held, and "the first rgm next year" is the list's top (it is sorted soonest first).
 */
export const LAST_OF_WINDOW: ReadonlySet<string> = new Set(['last', 'final', 'latest']);

/**
 * Words that, with one RGM named and no window, ask for the last one already held ("when was the last q3 rgm",
 * "the most recent rgm", "the previous q1 meeting"): the latest of those until yesterday.
 */
export const LAST_HELD: ReadonlySet<string> = new Set(['last', 'latest', 'previous', 'recent', 'prior']);

/** Words that, with one RGM named and no window, ask for the final one the data plans ("the final q1 rgm"), held or not. */
export const FINAL_WORDS: ReadonlySet<string> = new Set(['final', 'closing', 'concluding']);

/** The noun that, after a Question with no RGM phrase, names one of its RGMs ("when was the last Q3 meeting"). */
export const ONE_MEETING: ReadonlySet<string> = new Set(['meeting', 'session']);

/** The RGM phrases that name one meeting (not "rgms", "interim meetings"). */
export const ONE_RGM: ReadonlySet<string> = new Set([
  'rgm',
  'rapporteur meeting',
  'rapporteur group meeting',
  'interim meeting',
  'rg meeting',
  'q meeting',
  'question meeting',
  'interregnum meeting',
]);
