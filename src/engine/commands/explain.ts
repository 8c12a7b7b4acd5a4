/**
 * `explain <term>`: what a status or word in the summary means under ITU-T procedure and what
 * comes next. Kept short and modest; each entry names the text it rests on.
 */
import { z } from 'zod';
import { defineCommand } from '../command.js';
import type { Answer } from '../answer.js';
import { editDistance, fold } from '../../text/index.js';
import { ABBREVIATIONS } from '../../dataset/abbreviations.js';
import { shorten } from '../../text/shorten.js';

interface Term {
  readonly key: string;
  readonly words: readonly string[];
  readonly title: string;
  readonly meaning: string;
  readonly next?: string;
  readonly basis: string;
}

const A8 = 'Rec. ITU-T A.8';
const RES1 = 'WTSA Resolution 1';
const A1 = 'Rec. ITU-T A.1';

export const GLOSSARY: readonly Term[] = [
  {
    key: 'aap',
    words: ['aap', 'alternative approval process', 'alternative approval'],
    title: 'AAP — Alternative Approval Process',
    meaning:
      'The approval route for Recommendations without policy or regulatory implications (most of them). A study group or working party meeting consents a mature draft; the TSB Director then announces the AAP Last Call. Last Call with no comments, or only typographical ones, means the Recommendation is approved.',
    next: "After consent: AAP Last Call, four weeks from the TSB Director's announcement. If comments of substance arrive, they are resolved and the text goes either to an Additional Review (three weeks) or to the next study group meeting.",
    basis: A8,
  },
  {
    key: 'last call',
    words: ['last call', 'lastcall', 'aap last call', 'lc'],
    title: 'AAP Last Call',
    meaning:
      "A four-week period in which Member States and Sector Members may comment on a consented draft Recommendation. It runs from the TSB Director's announcement, not from the consent date.",
    next: 'No comments (or only typographical ones): approved. Comments of substance: the study group chair, with TSB, has them resolved, then starts an Additional Review or takes the text to the next study group meeting.',
    basis: A8,
  },
  {
    key: 'additional review',
    words: ['additional review', 'ar'],
    title: 'AAP Additional Review',
    meaning: 'A three-week period for comments on a text that was edited to resolve Last Call comments.',
    next: 'No comments of substance: approved. Otherwise the text goes to the next study group meeting.',
    basis: A8,
  },
  {
    key: 'consented',
    words: ['consented', 'consent', 'aap consented'],
    title: 'Consented (AAP)',
    meaning:
      'A study group or working party meeting judged a draft Recommendation mature enough to start the Alternative Approval Process. Consent is not approval.',
    next: "AAP Last Call, four weeks from the TSB Director's announcement.",
    basis: A8,
  },
  {
    key: 'tap',
    words: ['tap', 'traditional approval process', 'traditional approval'],
    title: 'TAP — Traditional Approval Process',
    meaning:
      'The approval route for Recommendations that may have policy or regulatory implications. A study group meeting determines the draft; the TSB Director announces the intended approval to the membership; the next study group meeting decides whether to approve it. An objection from a Member State can stop the approval.',
    next: 'Determined at one study group meeting, approved (or not) at the next.',
    basis: RES1,
  },
  {
    key: 'determined',
    words: ['determined', 'determine', 'determination', 'tap determined'],
    title: 'Determined (TAP)',
    meaning:
      'A study group meeting judged a draft Recommendation mature and decided to seek its approval under the Traditional Approval Process. Determination is not approval.',
    next: 'The TSB Director announces the intended approval; the decision is taken at the next study group meeting.',
    basis: RES1,
  },
  {
    key: 'approved',
    words: ['approved', 'approval', 'approve', 'tap approved'],
    title: 'Approved',
    meaning:
      'The Recommendation is adopted. Under TAP the approval is decided at a study group meeting; under AAP it follows a Last Call (and, if needed, an Additional Review) without comments of substance.',
    next: 'TSB publishes the Recommendation.',
    basis: `${RES1}; ${A8}`,
  },
  {
    key: 'not approved',
    words: ['not approved', 'tap not approved', 'rejected'],
    title: 'TAP not approved',
    meaning: 'The study group meeting did not approve a draft that had been determined under the Traditional Approval Process.',
    next: 'The draft is not a Recommendation; any further step is for the study group to decide.',
    basis: RES1,
  },
  {
    key: 'agreed',
    words: ['agreed', 'agree', 'agreement', 'non-normative', 'technical report'],
    title: 'Agreed (non-normative texts)',
    meaning:
      "Supplements, Technical Reports, Implementers' Guides and study group documents are not Recommendations: a study group meeting agrees them, and neither AAP nor TAP applies.",
    next: 'Nothing further: agreement completes them.',
    basis: `not AAP (${A8}) or TAP (${RES1})`,
  },
  {
    key: 'supplement',
    words: ['supplement', 'supplements', 'suppl'],
    title: 'Supplement',
    meaning:
      'An informative text that goes with a Recommendation or a series of them (guidance, background, examples). It is not part of the Recommendation and is agreed by the study group, not approved.',
    next: 'Ask "agreed suppl" for the Supplements agreed in the data.',
    basis: A1,
  },
  {
    key: 'amendment',
    words: ['amendment', 'amendments', 'amd'],
    title: 'Amendment',
    meaning:
      'A text that adds to or changes part of a published Recommendation without republishing all of it; it goes through approval as a Recommendation does.',
    next: 'Ask "texts amendment" for the amendments in the data.',
    basis: A8,
  },
  {
    key: 'corrigendum',
    words: ['corrigendum', 'corrigenda', 'cor', 'erratum'],
    title: 'Corrigendum',
    meaning: 'A text that corrects errors in a published Recommendation; it goes through approval as a Recommendation does.',
    next: 'Ask "texts corrigendum" for the corrigenda in the data.',
    basis: A8,
  },
  {
    key: 'rgm',
    words: ['rgm', 'rapporteur group meeting', 'rapporteur meeting', 'interim rgm', 'interim meeting'],
    title: 'RGM — Rapporteur Group meeting',
    meaning:
      "An interim meeting of one Question's experts between study group meetings, often virtual (ITU MyWorkspace). It progresses drafts; consent and determination happen at study group or working party meetings.",
    next: 'Ask "rgm" for the interim RGMs in the data.',
    basis: A1,
  },
  {
    key: 'td',
    words: ['td', 'temporary document', 'base text'],
    title: 'TD — Temporary Document',
    meaning: "A document of a study group meeting, numbered like TD2475. In the summary's tables the TD is the base text the meeting acted on.",
    next: 'TDs are available to ITU members with the meeting documents.',
    basis: A1,
  },
  {
    key: 'question',
    words: ['question', 'q'],
    title: 'Question',
    meaning: 'A study item of the study group with its own Rapporteur and experts; "Q15/17" is Question 15 of Study Group 17.',
    next: 'Ask "q 15" for everything the data holds about Q15/17.',
    basis: RES1,
  },
  {
    key: 'rapporteur',
    words: ['rapporteur', 'rapporteurs'],
    title: 'Rapporteur',
    meaning:
      "The expert appointed by the study group to lead the work of one Question; associate rapporteurs may help. The Rapporteur convenes and chairs the Question's Rapporteur Group meetings.",
    next: 'The executive summary does not name the Rapporteurs.',
    basis: A1,
  },
  {
    key: 'cg',
    words: ['cg', 'correspondence group'],
    title: 'CG — Correspondence Group',
    meaning:
      'A group set up by the study group to progress a defined task by correspondence (e-mail, online meetings) between its meetings, under terms of reference the study group agrees.',
    next: 'Ask "cg" for the correspondence groups in the data.',
    basis: A1,
  },
  {
    key: 'tor',
    words: ['tor', 'terms of reference'],
    title: 'ToR — Terms of Reference',
    meaning: 'The written mandate of a group (a correspondence group, a rapporteur group): what it is to do and how it reports.',
    next: 'Ask "cg" for the correspondence groups and the TDs holding their ToR.',
    basis: A1,
  },
  {
    key: 'annex',
    words: ['annex', 'annexes'],
    title: 'Annex',
    meaning:
      'A part attached to a document. In the executive summary, Annex A lists the texts acted on (a) TAP approved, b) not approved, c) determined, d) AAP consented, e) agreed) and Annex B the new work items. In a Recommendation, an annex is an integral (normative) part of it; an appendix is not.',
    basis: A1,
  },
  {
    key: 'plenary',
    words: ['plenary', 'closing plenary', 'opening plenary'],
    title: 'Plenary',
    meaning:
      'The session of a study group meeting with all participants. The closing plenary takes the decisions: it approves, determines, consents and agrees texts.',
    next: 'Ask "meeting" for the planned SG17 meetings.',
    basis: A1,
  },
  {
    key: 'wtsa',
    words: ['wtsa', 'world telecommunication standardization assembly'],
    title: 'WTSA — World Telecommunication Standardization Assembly',
    meaning:
      "ITU-T's assembly, held every four years: it sets the study groups and their mandates for the next study period and approves ITU-T's working methods (its resolutions, such as Resolution 1).",
    basis: RES1,
  },
  {
    key: 'a.8',
    words: ['a.8', 'a 8', 'rec a.8', 'itu-t a.8'],
    title: 'Rec. ITU-T A.8',
    meaning: 'The ITU-T Recommendation that sets out the Alternative Approval Process (AAP): consent, Last Call, Additional Review, approval.',
    next: 'Ask "explain aap".',
    basis: A8,
  },
  {
    key: 'res 1',
    words: ['res 1', 'res. 1', 'resolution 1', 'wtsa resolution 1'],
    title: 'WTSA Resolution 1',
    meaning:
      "ITU-T's rules of procedure, adopted by WTSA; among them the Traditional Approval Process (TAP) for Recommendations with policy or regulatory implications.",
    next: 'Ask "explain tap".',
    basis: RES1,
  },
  {
    key: 'new work item',
    words: ['new work item', 'work item', 'work items', 'wi'],
    title: 'New work item',
    meaning: 'A topic added to the SG17 work programme. In Annex B a single * means approval by TAP, ** approval by agreement, no mark approval by AAP.',
    next: 'Ask "new" for the new work items in the data.',
    basis: `the summary's Annex B note; ${A8}; ${RES1}`,
  },
];

const byWord = new Map<string, Term>();
for (const term of GLOSSARY) for (const word of term.words) byWord.set(normaliseTerm(word), term);

/** "What is AAP?" → "aap"; "the additional-review" → "additional review". */
function normaliseTerm(text: string): string {
  return fold(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .replace(/^\s*(what\s+(is|are|does)\s+)?(an?\s+|the\s+)?/, '')
    .replace(/\s+(mean|means)\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function findTerm(text: string): Term | undefined {
  return byWord.get(normaliseTerm(text));
}

export const explain = defineCommand({
  name: 'explain',
  aliases: ['define', 'glossary'],
  usage: 'explain <term>',
  summary: 'What AAP, Last Call, Additional Review, TAP, determined, consented, agreed, RGM, TD mean',
  options: [{ name: 'term', description: 'e.g. AAP, last call, TAP, determined, RGM', type: 'string', rest: true }],
  params: z.object({ term: z.string({ error: 'expected a word such as AAP' }).trim().max(100, { error: 'please name one term' }).optional() }),
  canBePublic: true,
  handle: ({ term }) => {
    const list = GLOSSARY.map((t) => t.key);
    if (!term) {
      return {
        kind: 'explain',
        ok: true,
        title: 'Terms I can explain',
        summary: 'Ask "explain <term>", e.g. "explain last call".',
        sections: [{ items: GLOSSARY.map((t) => ({ text: t.key, detail: t.title })) }],
        source: 'Rec. ITU-T A.8 and WTSA Resolution 1 (ITU-T procedure, not the meeting data)',
        data: { kind: 'explain', items: GLOSSARY.map((t) => ({ id: t.key, title: t.title, basis: t.basis })) },
      };
    }
    const found = findTerm(term);
    const abbreviation = found ? undefined : abbreviationAnswer(term);
    if (abbreviation) return abbreviation;
    if (!found) {
      const wanted = normaliseTerm(term);
      const close = [...byWord.entries()]
        .map(([word, t]) => ({ t, d: editDistance(wanted, word) }))
        .filter(({ d }) => d <= Math.max(1, Math.floor(wanted.length / 4)))
        .sort((a, b) => a.d - b.d)
        .map(({ t }) => t.key);
      const suggestions = [...new Set(close)].slice(0, 3);
      const shown = shorten(term, 40);
      const answer: Answer = {
        kind: 'not-found',
        ok: false,
        error: 'not-found',
        title: `No explanation for "${shown}"`,
        summary: `I can explain: ${list.join(', ')}.`,
        sections: suggestions.length ? [{ heading: 'Did you mean', items: suggestions.map((s) => ({ text: s })) }] : [],
        source: 'Rec. ITU-T A.8 and WTSA Resolution 1 (ITU-T procedure, not the meeting data)',
        data: { kind: 'not-found', items: [], suggestions },
      };
      return answer;
    }
    return {
      kind: 'explain',
      ok: true,
      title: found.title,
      summary: found.meaning,
      sections: found.next ? [{ heading: 'What comes next', text: found.next }] : [],
      source: `${found.basis} (ITU-T procedure, not the meeting data)`,
      data: { kind: 'explain', items: [{ id: found.key, title: found.title, meaning: found.meaning, next: found.next ?? null, basis: found.basis }] },
    };
  },
});

/**
 * "What does QKD stand for?": the abbreviations SG17 texts spell out (src/dataset/abbreviations.ts),
 * said as what they stand for; what they are is for the texts that use them, so the answer points to the search.
 */
function abbreviationAnswer(term: string): Answer | undefined {
  const key = normaliseTerm(term);
  const phrases = Object.hasOwn(ABBREVIATIONS, key) ? ABBREVIATIONS[key] : undefined;
  if (!phrases) return undefined;
  const upper = key.toUpperCase();
  const meaning = `${upper} stands for ${phrases.join(' or ')}.`;
  return {
    kind: 'explain',
    ok: true,
    title: `${upper} — ${phrases[0]}`,
    summary: meaning,
    sections: [{ heading: 'In the data', text: `Ask "search ${key}" for the texts, work items and RGMs about it.` }],
    source: 'the abbreviations SG17 texts use (not the meeting data)',
    data: { kind: 'explain', items: [{ id: key, title: `${upper} — ${phrases[0]}`, meaning, next: null, basis: 'abbreviation' }] },
  };
}
