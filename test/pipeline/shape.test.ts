/**
 * The understanding pipeline's shape (issue 18, item 3): no function of it over 80 lines, and no
 * word in its code outside the tables. Code compares span kinds, never words: a literal of letters
 * in pipeline code is allowed only where the type checker says it is a kind (its contextual type, or
 * the type it is compared with, is a union of string literals: `ask: 'texts'`, `topics.includes('count')`),
 * a key (`{ 'work-items': … }`), or a module path. Every other word lives in a table: a file named
 * `*-words.ts` (or under `lexicon/`), or ../../src/engine/query/words.ts.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const QUERY = join(ROOT, 'src', 'engine', 'query');

/** The pipeline's files: parse.ts, the negation rule, the time recogniser, follow-ups, the reading and the dimension registry it spells values by, and everything under pipeline/. */
function pipelineFiles(): string[] {
  const under = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? under(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
  return [
    join(QUERY, 'parse.ts'),
    join(QUERY, 'negation.ts'),
    join(QUERY, 'negation-words.ts'),
    join(QUERY, 'time.ts'),
    join(QUERY, 'time-words.ts'),
    join(QUERY, 'time-days.ts'),
    join(QUERY, 'follow-up.ts'),
    join(QUERY, 'follow-up-words.ts'),
    join(QUERY, 'reading.ts'),
    join(QUERY, 'reading-words.ts'),
    join(QUERY, 'dimensions.ts'),
    join(QUERY, 'dimension-words.ts'),
    ...under(join(QUERY, 'pipeline')),
  ];
}

const isTable = (file: string): boolean => file.endsWith('-words.ts') || file.includes(`${'/'}lexicon${'/'}`);

const LIMIT = 80;

/** Every function longer than the limit in `source`, as "file:line name (n lines)". */
function longFunctions(source: ts.SourceFile, limit = LIMIT): string[] {
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = end - start + 1;
      const name = node.name && ts.isIdentifier(node.name) ? node.name.text : '(anonymous)';
      if (lines > limit) out.push(`${relative(ROOT, source.fileName)}:${start + 1} ${name} (${lines} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

const LETTERS = /[a-z]{2,}/i;

/** Whether `type` is a string literal, or a union holding string literals: a kind. */
function isKind(type: ts.Type | undefined): boolean {
  if (!type) return false;
  if (type.isStringLiteral()) return true;
  if (type.isUnion()) return type.types.some((t) => t.isStringLiteral());
  return false;
}

/** What is left of a regular expression's source once escapes, classes and group syntax are out: its words. */
function regexWords(source: string): string {
  return source
    .replace(/\\./g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\(\?(?:<[=!]|<\w+>|[:=!])/g, ' ');
}

/** Every word literal of `source` that is not a kind, a key or a module path. */
function wordLiterals(source: ts.SourceFile, checker: ts.TypeChecker): string[] {
  const out: string[] = [];
  const where = (node: ts.Node): string => `${relative(ROOT, source.fileName)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isRegularExpressionLiteral(node)) {
      const body = node.text.slice(1, node.text.lastIndexOf('/'));
      if (LETTERS.test(regexWords(body))) out.push(`${where(node)} ${node.text}`);
    } else if (ts.isTemplateExpression(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      const parts = ts.isTemplateExpression(node) ? [node.head.text, ...node.templateSpans.map((s) => s.literal.text)] : [node.text];
      if (parts.some((p) => LETTERS.test(p))) out.push(`${where(node)} ${node.getText(source)}`);
    } else if (ts.isStringLiteral(node) && LETTERS.test(node.text) && !allowed(node, checker)) {
      out.push(`${where(node)} '${node.text}'`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

function allowed(node: ts.StringLiteral, checker: ts.TypeChecker): boolean {
  const parent = node.parent;
  // A key: `{ 'work-items': … }`, `x['key']`, an indexed type.
  if ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent)) && parent.name === node) return true;
  if (ts.isLiteralTypeNode(parent) || ts.isExternalModuleReference(parent)) return true;
  if (ts.isElementAccessExpression(parent) && parent.argumentExpression === node) return true;
  if (isKind(checker.getContextualType(node))) return true;
  // `signal.topic === 'count'`, `typeof x === 'string'`: compared with a kind.
  if (ts.isBinaryExpression(parent)) {
    const other = parent.left === node ? parent.right : parent.left;
    if (isKind(checker.getTypeAtLocation(other))) return true;
  }
  if (ts.isCaseClause(parent) && ts.isSwitchStatement(parent.parent.parent) && isKind(checker.getTypeAtLocation(parent.parent.parent.expression))) return true;
  return false;
}

function program(files: readonly string[]): ts.Program {
  return ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
  });
}

describe('the understanding pipeline', () => {
  const files = pipelineFiles();
  const prog = program(files);
  const checker = prog.getTypeChecker();
  const sources = files.map((f) => prog.getSourceFile(f)!);

  it('has no function over 80 lines', () => {
    expect(sources.flatMap((s) => longFunctions(s))).toEqual([]);
  });

  it('keeps its words in tables: code compares kinds, never words', () => {
    expect(sources.filter((s) => !isTable(s.fileName)).flatMap((s) => wordLiterals(s, checker))).toEqual([]);
  });

  it('the checks can fail: a long function, a word compared, a word in a pattern', () => {
    const text = [
      `type Ask = 'texts' | 'rgms';`,
      `export function f(words: string[], ask: Ask): boolean {`,
      ...Array.from({ length: 81 }, () => '  void 0;'),
      `  return words.includes('when') || ask === 'texts' || /\\bnext\\b/.test(words[0] ?? '');`,
      `}`,
    ].join('\n');
    const host = ts.createCompilerHost({});
    const file = join(QUERY, 'pipeline', 'probe.ts');
    const get = host.getSourceFile;
    host.getSourceFile = (name, version) => (name === file ? ts.createSourceFile(name, text, ts.ScriptTarget.ES2022, true) : get(name, version));
    const probe = ts.createProgram([file], { noEmit: true, strict: true }, host);
    const source = probe.getSourceFile(file)!;
    expect(longFunctions(source)).toHaveLength(1);
    const words = wordLiterals(source, probe.getTypeChecker());
    expect(words.join('\n')).toContain(`'when'`);
    expect(words.join('\n')).toContain('next');
    expect(words.join('\n')).not.toContain(`'texts'`);
  });

  it('the parser runs no query: it imports no executor', () => {
    const imports = sources.flatMap((s) => s.statements.filter(ts.isImportDeclaration).map((i) => (i.moduleSpecifier as ts.StringLiteral).text));
    expect(imports.filter((i) => /execute/.test(i))).toEqual([]);
  });
});
