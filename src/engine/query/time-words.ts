/**
 * The time phrases, as data: the relative periods people use most ("this week", "next month"), with
 * what each means (weeks run Monday–Sunday), the month names, the words that open a window on one
 * side ("before", "since"), and the cues that say a text names a time at all. ./time.ts reads
 * text with these and chrono-node; it names no word itself.
 */
import { DAY_MS, month, startOfDay, weekStart } from './time-days.js';

/** The module that reads dates and month names, loaded on the first text that names one. */
export const CHRONO_MODULE = 'chrono-node';
/** Days are UTC days. */
export const CHRONO_TIMEZONE = 'UTC';

type Relative = (now: Date, m: RegExpExecArray) => { from: number; to: number };

const COUNT_WORDS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, few: 7, couple: 2, 'couple of': 2 };
/** A count of days ("next 3 days"), not of weeks. */
const DAYS = /^d/;

export const RELATIVE: readonly [RegExp, Relative][] = [
  // What is left of a year or month: from today ("rgms left this year", "until the end of the month").
  [
    /\b(?:(?:left|remaining|remain|rest of|later) (?:in )?(?:this|the) year|(?:until|till|til|by|before) (?:the )?end of (?:this |the )?year)\b/,
    (n) => ({ from: startOfDay(n), to: Date.UTC(n.getUTCFullYear(), 11, 31) }),
  ],
  [
    /\b(?:(?:left|remaining|remain|rest of|later) (?:in )?(?:this|the) month|(?:until|till|til|by|before) (?:the )?end of (?:this |the )?month)\b/,
    (n) => ({ from: startOfDay(n), to: month(n.getUTCFullYear(), n.getUTCMonth()).to }),
  ],
  // "the next 2 weeks", "coming three weeks", "next few days": from today.
  [
    /\b(?:next|coming) (\d{1,2}|two|three|four|five|six|few|couple of|couple) (weeks?|wks?|days?)\b/,
    (n, m) => {
      const k = COUNT_WORDS[m[1]!] ?? Number(m[1]);
      return { from: startOfDay(n), to: startOfDay(n) + (DAYS.test(m[2]!) ? k : 7 * k) * DAY_MS };
    },
  ],
  [
    /\b(?:(?:left|remaining|remain|rest of|later) (?:in )?(?:this|the) (?:week|wk)|(?:until|till|til|by|before) (?:the )?end of (?:this |the )?(?:week|wk))\b/,
    (n) => ({ from: startOfDay(n), to: weekStart(startOfDay(n)) + 6 * DAY_MS }),
  ],
  [/\b(?:this|the current|current) (?:week|wk)\b/, (n) => ({ from: weekStart(startOfDay(n)), to: weekStart(startOfDay(n)) + 6 * DAY_MS })],
  [/\b(?:next|nxt) (?:week|wk)\b/, (n) => ({ from: weekStart(startOfDay(n)) + 7 * DAY_MS, to: weekStart(startOfDay(n)) + 13 * DAY_MS })],
  [/\blast (?:week|wk)\b/, (n) => ({ from: weekStart(startOfDay(n)) - 7 * DAY_MS, to: weekStart(startOfDay(n)) - DAY_MS })],
  [/\b(?:this|the current|current) month\b/, (n) => month(n.getUTCFullYear(), n.getUTCMonth())],
  [/\b(?:next|nxt) month\b/, (n) => month(n.getUTCFullYear(), n.getUTCMonth() + 1)],
  [/\blast month\b/, (n) => month(n.getUTCFullYear(), n.getUTCMonth() - 1)],
  [/\btoday\b/, (n) => ({ from: startOfDay(n), to: startOfDay(n) })],
  [/\b(?:tomorrow|tomorow|tmrw|tmr|2moro)\b/, (n) => ({ from: startOfDay(n) + DAY_MS, to: startOfDay(n) + DAY_MS })],
  [/\b(?:this|the current) year\b/, (n) => ({ from: Date.UTC(n.getUTCFullYear(), 0, 1), to: Date.UTC(n.getUTCFullYear(), 11, 31) })],
  [/\bnext year\b/, (n) => ({ from: Date.UTC(n.getUTCFullYear() + 1, 0, 1), to: Date.UTC(n.getUTCFullYear() + 1, 11, 31) })],
  // "what was consented last year": the year before this one ("year" was said back unused, the window dropped).
  [/\b(?:last|previous) year\b/, (n) => ({ from: Date.UTC(n.getUTCFullYear() - 1, 0, 1), to: Date.UTC(n.getUTCFullYear() - 1, 11, 31) })],
  [/\b(?:christmas|xmas)\b/, (n) => ({ from: Date.UTC(n.getUTCFullYear(), 11, 25), to: Date.UTC(n.getUTCFullYear(), 11, 25) })],
];

/**
 * Words that keep what is left of a window, said before it ("rgms still this month", "remaining in
 * December", "what's left of 2024") or after it ("rgms this year left"): from today to the window's end
 * while today is in it. Not "still" after it: "rgms this month still tbc" asks for the TBC ones.
 */
export const REMAINDER_BEFORE =
  /\b(?:(?:still|remaining|left)(?: (?:to come|to happen|happening|planned|scheduled|coming up|coming|ahead|on))?|rest of|(?:what is|whats|what's) left of|to come)(?: in| of| during| for)?\s*$/;
export const REMAINDER_AFTER = /^\s*(?:remaining|left)\b/;

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/**
 * Time words a slip is mended towards before any window is read ("januray", "febuary", "tommorow"): six
 * letters or more, so a short word ("match", "mayor") is never taken for a month.
 */
export const TIME_MEND_TARGETS: readonly string[] = [...MONTHS.filter((m) => m.length >= 6), 'tomorrow'];
export const MONTH_RE = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/;
/** Text worth handing to chrono: a month name or a day-like number. ("may" alone is a verb: it needs a number or "in".) */
export const DATE_CUE =
  /\b(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:in|of|early|late|mid) may\b|\bmay \d|\d may\b|\b\d{1,2}\/\d{1,2}\b|\b\d{4}-\d{2}-\d{2}\b/;
/** "may": a verb unless beside the RGMs asked for. */
export const MAY = 'may';

export const BEFORE = /\b(?:before|until|till|til|by|up to|prior to|ending)\s*$/;
export const AFTER = /\b(?:after|since|from|following|starting|beginning)\s*$/;
/** The words of AFTER that take the day itself in ("from 1 Dec", "starting next week"); "after" and "following" do not. */
export const FROM = /\b(?:since|from|starting|beginning)\s*$/;
/** "since" looks back ("approved since June", asked in November: the June just past). */
export const SINCE = /^since\b/;
/** A year named in the phrase. */
export const YEAR_NAMED = /\b20\d\d\b/;

/** A month's name or its usual abbreviation, never a longer word ("decision" is not December). */
const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b';
const DAY_MONTH = `(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?${MONTH_NAME}(?:\\s+(20\\d\\d))?`;
/** Two months or days joined: "dec to feb", "between 1 dec and 31 jan", "jan and feb", "jan or feb", "jan-feb", "Aug/Sep 2023" (as the summary names its meetings). */
export const MONTH_RANGE = new RegExp(`\\b(?:(?:from|between)\\s+)?${DAY_MONTH}\\s*(?:to|until|till|through|thru|and|or|-|–|/)\\s*${DAY_MONTH}\\b`);
/**
 * Two months (or days) a conjunction joins, the whole of a window read ("march or june", "1 march and 5 june"):
 * asked, one span; left out, each its own ("rgms not in march or june"). Day 1, month 2, year 3; day 4, month 5, year 6.
 */
export const MONTHS_JOINED = new RegExp(`^${DAY_MONTH}\\s*(?:and|or|&)\\s*${DAY_MONTH}$`);
/** What joins two days of one month ("1 to 10", "1-10", "between 1 and 10", "the 3rd and the 14th"). */
const DAYS_JOINED = '(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:to|until|till|through|thru|and|-)\\s*(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?';
/** Days of one month: "between 1 and 10 Dec 2024", "from 1 to 10 dec", "1-10 Dec", "the 3rd to 14th of feb" (days 1, 2; month 3; year 4). */
export const DAY_RANGE = new RegExp(`\\b(?:(?:from|between)\\s+)?${DAYS_JOINED}\\s+(?:of\\s+)?${MONTH_NAME}(?:\\s+(20\\d\\d))?`);
/** The month first: "Dec 1-10", "between dec 1 and 10, 2024" (month 1; days 2, 3; year 4). */
export const MONTH_DAY_RANGE = new RegExp(`\\b(?:(?:from|between)\\s+)?${MONTH_NAME}\\s+${DAYS_JOINED}\\b(?:,?\\s+(20\\d\\d))?`);
/** A day with its month first: "Dec 15", "December the 1st", "Jan 7, 2025" (month, day, year); never "Dec 2024" (a month of a year). */
const MONTH_DAY = `${MONTH_NAME}\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\b(?![:.]\\d|\\s*(?:am|pm)\\b)(?:,?\\s+(20\\d\\d))?`;
/**
 * Two days each with its month first: "Dec 1 to Dec 15", "from Nov 28 to Dec 5", "between January 7 and
 * January 9, 2025" (month, day, year; month, day, year). The day after a month is a day, never a year ("Dec 15").
 */
export const MONTH_FIRST_RANGE = new RegExp(`\\b(?:(?:from|between)\\s+)?${MONTH_DAY}\\s*(?:to|until|till|through|thru|and|-|–)\\s*${MONTH_DAY}`);
/** One day with its month first ("rgms on Dec 15", "until December 1st"), which chrono's British reading takes for a year (Dec 2015). */
export const MONTH_FIRST_DAY = new RegExp(`\\b${MONTH_DAY}`);
/** A part of a month: "early Feb" (1–10), "mid January" (11–20), "late Jan" (21 to the end). */
export const MONTH_PART = new RegExp(`\\b(?:the\\s+)?(early|mid|middle of|late|end of)\\s+${MONTH_NAME}(?:\\s+(20\\d\\d))?\\b`);
/** The days of each part of a month (undefined: to the month's end); "end of" after "before" is through the month's end from today. */
export const MONTH_PARTS: Readonly<Record<string, readonly [number, number | undefined]>> = {
  early: [1, 10],
  mid: [11, 20],
  'middle of': [11, 20],
  late: [21, undefined],
  'end of': [21, undefined],
};
export const END_OF = 'end of';
/** A year on its own: "in 2025", "rgms 2025"; not a name's number ("IMT-2020", "imt 2030"). */
export const YEAR = /\b(?<!imt[-\s]?)(?<![a-z]-)(?:(?:in|during|for|of|throughout)\s+)?(20\d\d)\b/;
export const BARE_MONTH = new RegExp(`\\b${MONTH_NAME}`);
/** "may" right beside the RGMs asked for, with nothing after it ("rgms may", "may rgms"): the month, not the verb ("rgms may be virtual"). */
export const MAY_BESIDE_RGMS = /\b(?:rgms?|meetings?)\s+may\s*[?.!]*\s*$|^\s*may\s+(?:rgms?|meetings?)\b/;

/**
 * A piece every time phrase holds (a digit, or a word of the tables, a meeting, a month): text
 * without any of them names no time, and is not run through the patterns and chrono.
 */
/**
 * The Timing column asked ("timing 2023-09", "timed for 2024-03", "with a timing of 2023-09"): the month
 * is the column's value, not a window of dates.
 */
export const TIMING_ASKED = /\b(?:timing|timed)\s+(?:(?:is|of|for|=|:)\s*)?(20\d\d-(?:0[1-9]|1[0-2]))(?![\w-])/;
/** The Timing column asked empty ("which text has no timing", `texts timing none`): the texts it leaves blank. */
export const NO_TIMING = /\b(?:(?:no|without|missing|lacks?|lacking)\s+(?:a\s+|any\s+)?timing|timing\s+none)\b/;
/** A month in ISO form ("2025-01"): that month, never its year alone. */
export const ISO_MONTH = /(?<![\w-])(20\d\d)-(0[1-9]|1[0-2])(?![\w-])/;
export const TIME_CUE = /\d|week|\bwk|day|month|today|tomorrow|\btom|\btmr|year|christmas|xmas|meeting|plenary|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/;

/** The reading's own spelling: 2024-11-18..2024-11-24, from 2024-11-18, until 2024-11-24. */
export const EXPLICIT_RANGE = /\b(\d{4}-\d{2}-\d{2})\s*(?:\.\.|to|–|until)\s*(\d{4}-\d{2}-\d{2})\b/;
export const OPEN_RANGE = /\b(from|after|since|until|before|till)\s+(\d{4}-\d{2}-\d{2})\b/;
/** Which side an open window's word keeps, and whether the day itself is in. */
export const OPEN_SIDES: Readonly<Record<string, 'from' | 'after' | 'to' | 'before'>> = {
  from: 'from',
  since: 'from',
  after: 'after',
  until: 'to',
  till: 'to',
  before: 'before',
};

/** "before the April meeting", "after the next plenary": an SG17 meeting of the data. */
export const MEETING_REF = /\b(before|after|since|until) the (?:(\w+) )?(?:sg17 |study group )?(?:meeting|plenary)\b/;
/** The words of MEETING_REF that open the window after the meeting. */
export const AFTER_MEETING: ReadonlySet<string> = new Set(['after', 'since']);
/** "the next meeting" (or none named): the first still ahead; "the last meeting": the latest held. */
export const NEXT_MEETING_WORDS: ReadonlySet<string> = new Set(['next', 'coming', 'upcoming']);
export const LAST_MEETING_WORDS: ReadonlySet<string> = new Set(['last', 'previous']);
