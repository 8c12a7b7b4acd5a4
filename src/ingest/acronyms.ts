/**
 * Reading the "number / acronym" cells that the copy glued to their neighbours:
 * "X.500 Amd.1The Directory…", "TR.5Gsec-bsfTechnical Report…", "Security CompendiumICT Security Compendium".
 */

/** A published number: "X.1818", "X.500 Amd.1", "X.Suppl.41", "X.509 Cor.2". */
const PUBLISHED = /^[A-Z]{1,3}\.(?:(?:Suppl?|Sup)\.?\s?\d+(?![\da-z_-])|\d{2,}(?:\.\d+)*(?![\da-z_-])|\d(?![\w-]))(?:\s*(?:Amd|Cor|Corr)\.\s?\d+)?/;

/** A working acronym: "TR.5Gsec-bsf", "X.sec_QKDN_AA", "X.5Gsec-FMSC". */
const WORKING = /^[A-Z][A-Za-z0-9]*\.[A-Za-z0-9][\w.-]*/;

/** A capitalised word the title may start with when glued to an acronym ("bsfTechnical"). */
const TITLE_WORD = /^[A-Z][a-z]+[:,]?$/;

export interface Split {
  /** The number or acronym; null when none could be read. */
  id: string | null;
  /** Everything after it. */
  rest: string;
}

/** Cut a working acronym off a token that may run into the first title word. */
function cutGlued(token: string): string {
  for (let i = 1; i < token.length - 1; i++) {
    if (/[a-z]/.test(token[i - 1]!) && TITLE_WORD.test(token.slice(i))) return token.slice(0, i);
  }
  return token;
}

/** A number or working acronym at the start of `text`. */
export function readIdentifier(text: string): Split {
  const published = PUBLISHED.exec(text);
  if (published) return { id: published[0].replace(/\s+/g, ' '), rest: text.slice(published[0].length) };
  const working = WORKING.exec(text);
  if (working) {
    const id = cutGlued(working[0]);
    return { id, rest: text.slice(id.length) };
  }
  return { id: null, rest: text };
}

/**
 * A non-X name such as "Security Compendium" glued to its title: cut at the first
 * lower→upper case change in the first line ("CompendiumICT", "ResSG17"); without one
 * the whole first line is the name and the title follows on the next line.
 */
export function readName(text: string): Split {
  const nl = text.indexOf('\n');
  const firstLine = nl < 0 ? text : text.slice(0, nl);
  const boundary = /[a-z][A-Z]/.exec(firstLine);
  if (boundary) {
    const cut = boundary.index + 1;
    return { id: firstLine.slice(0, cut).trim(), rest: text.slice(cut) };
  }
  if (nl < 0) return { id: null, rest: text };
  return { id: firstLine.trim() || null, rest: text.slice(nl + 1) };
}

export function isAmendment(number: string | null): boolean {
  return number !== null && /\bAmd\./.test(number);
}
