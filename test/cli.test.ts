/**
 * The built CLI (bin/sg17.js → the bundle dist/cli/main.js, built by test/global-setup.ts) run as
 * a child process, checked against the dataset file itself rather than hard-coded answers.
 */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataset } from '../src/dataset/load.js';
import type { Meeting } from '../src/dataset/schema.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin/sg17.js');
const dataset: Meeting = JSON.parse(readFileSync(join(root, 'data/sg17-2024-09.json'), 'utf8'));
const sourceText = join(root, 'data/source/sg17-2024-09-executive-summary.txt');

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function sg17(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd: options.cwd ?? root, env: { ...process.env, SG17_DATA_DIR: '', SG17_NOW: '', ...options.env }, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const item = (number: string) => {
  const found = dataset.items.find((i) => i.number === number);
  if (!found) throw new Error(`${number} is not in the dataset`);
  return found;
};

describe('sg17 <words…> answers as the bot does', () => {
  it('rec X.1716: title, Question, base text, and the source line last', async () => {
    const rec = item('X.1716');
    const run = await sg17(['rec', 'X.1716']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(rec.title!);
    expect(run.stdout).toContain(rec.question!);
    expect(run.stdout).toContain(rec.baseText!);
    expect(run.stdout).toContain(rec.formerAcronym!);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(/^Source: SG17, /);
  });

  it('aap lists every AAP-consented item of the dataset', async () => {
    const run = await sg17(['aap']);
    expect(run.code).toBe(0);
    const consented = dataset.items.filter((i) => i.status === 'aap-consented');
    expect(consented.length).toBeGreaterThan(0);
    for (const i of consented) expect(run.stdout).toContain(i.number!);
    for (const i of dataset.items.filter((x) => x.status === 'tap-approved')) expect(run.stdout).not.toContain(`${i.number} `);
  });

  it('a plain-words question gives the same answer as its command', async () => {
    const [free, command] = await Promise.all([sg17(['which items are going to AAP last call?']), sg17(['aap'])]);
    expect(free.code).toBe(0);
    // The same answer, with how the question was read under the title.
    expect(free.stdout).toContain('Read as: `aap`');
    expect(free.stdout.replace(/\nRead as: `aap`\n/, '')).toBe(command.stdout);
  });

  it('rgm --now sets the clock: RGMs already over are left out', async () => {
    const past = dataset.rgms.find((r) => r.when.kind === 'days' && r.when.range.end < '2024-11-20');
    expect(past).toBeDefined();
    const [later, earlier] = await Promise.all([
      sg17(['rgm', '--json', '--now', '2024-11-20T00:00:00Z']),
      sg17(['--json', '--now', '2024-11-01T00:00:00Z', 'rgm']),
    ]);
    expect(later.code).toBe(0);
    const laterIds = (JSON.parse(later.stdout) as { items: { id: string; lastDay?: string | null }[] }).items;
    const earlierIds = (JSON.parse(earlier.stdout) as { items: { id: string }[] }).items.map((i) => i.id);
    expect(laterIds.map((i) => i.id)).not.toContain(past!.id);
    expect(earlierIds).toContain(past!.id);
    for (const i of laterIds) if (i.lastDay) expect(i.lastDay >= '2024-11-20').toBe(true);
    const text = await sg17(['rgm', '--now', '2024-11-20T00:00:00Z']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Q3\/17/);
  });

  it('--json prints Answer.data: {kind, items} with the Recommendation fields, and the reading', async () => {
    const rec = item('X.1716');
    const run = await sg17(['--json', 'rec', 'X.1716']);
    expect(run.code).toBe(0);
    const data = JSON.parse(run.stdout) as { kind: string; items: Record<string, unknown>[]; reading: string | null; understood: boolean };
    expect(Object.keys(data).sort()).toEqual(['items', 'kind', 'reading', 'understood']);
    expect(data).toMatchObject({ reading: 'rec X.1716', understood: true });
    expect(data.kind).toBe('rec');
    expect(data.items[0]).toMatchObject({ id: 'X.1716', title: rec.title, question: 'Q15/17', status: rec.status });
  });

  it('works from any working directory (data found from the package, not the cwd)', async () => {
    const run = await sg17(['rec', 'X.1716'], { cwd: tmpdir() });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(item('X.1716').title!);
  });
});

describe('exit codes', () => {
  it('0 answered, 1 nothing matched or not understood, 2 usage errors', async () => {
    const [help, missing, gibberish, noWords, badNow, badOption, usage] = await Promise.all([
      sg17(['--help']),
      sg17(['rec', 'X.9999']),
      sg17(['zzkx', 'qqwv']),
      sg17(['search']),
      sg17(['--now', '2024-02-31', 'rgm']),
      sg17(['--bogus', 'aap']),
      sg17([]),
    ]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('sg17 ingest');
    expect(help.stdout).toContain('Exit codes: 0 answered, 1 nothing matched, not understood or failed, 2 usage error.');
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('X.9999');
    expect(gibberish.code).toBe(1);
    expect(gibberish.stdout).toContain('Not understood');
    expect(noWords.code).toBe(2);
    expect(badNow.code).toBe(2);
    expect(badNow.stderr).toContain('--now expects an ISO-8601 instant');
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toContain('"--bogus"');
    expect(usage.code).toBe(0); // bare `sg17` shows the bot's help
    expect(usage.stdout).toContain('rec <id>');
  });

  it('accepts a trailing `public` as in chat, and refuses oversize input with exit 2', async () => {
    const [plain, withPublic, oversize] = await Promise.all([sg17(['rec', 'X.1716']), sg17(['rec', 'X.1716', 'public']), sg17(['search', 'x'.repeat(600)])]);
    expect(withPublic.code).toBe(0);
    expect(withPublic.stdout).toBe(plain.stdout);
    expect(oversize.code).toBe(2);
    expect(oversize.stdout).toContain('Too long');
  });

  it('an invalid SG17_NOW is a usage error too', async () => {
    const run = await sg17(['rgm'], { env: { SG17_NOW: 'tomorrow' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('SG17_NOW');
  });
});

describe('sg17 ingest', () => {
  it('writes a valid meeting file to --out and the query path can use it', async () => {
    const out = mkdtempSync(join(tmpdir(), 'sg17-ingest-'));
    try {
      const run = await sg17(['ingest', sourceText, '--out', out]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(readdirSync(out)).toEqual(['sg17-2024-09.json']);
      const [meeting] = loadDataset(out);
      expect(meeting!.items).toEqual(dataset.items);
      expect(run.stdout).toContain(join(out, 'sg17-2024-09.json'));
      const rec = await sg17(['rec', 'X.1716'], { env: { SG17_DATA_DIR: out } });
      expect(rec.code).toBe(0);
      expect(rec.stdout).toContain(item('X.1716').title!);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('says each total in the same sentence as stats and meeting (one reading of the totals)', async () => {
    const out = mkdtempSync(join(tmpdir(), 'sg17-ingest-totals-'));
    try {
      const [ingested, stats, meeting] = await Promise.all([sg17(['ingest', sourceText, '--out', out]), sg17(['stats']), sg17(['meeting'])]);
      const sentence = '37 output standards stated; the tables list 39 rows, 37 plus the 2 not approved.';
      for (const run of [ingested, stats, meeting]) expect([run.code, run.stdout.includes(sentence)]).toEqual([0, true]);
      // Every total stats says, ingest says in the same words (ingest marks each ✓ or ✗).
      const statsTotals = stats.stdout.split('\n').filter((l) => / stated; the tables list /.test(l));
      expect(statsTotals.length).toBe(Object.keys(dataset.declared).length);
      for (const line of statsTotals) expect(ingested.stdout).toContain(`✓ ${line.replace(/^\W+/, '')}`);
      for (const run of [ingested, stats]) expect(run.stdout).not.toMatch(/the summary says|\d+\/\d+ ✓/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('exits 1 with the message on an unreadable summary, writing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg17-ingest-bad-'));
    try {
      const empty = join(dir, 'empty.txt');
      writeFileSync(empty, '');
      const out = join(dir, 'out');
      const run = await sg17(['ingest', empty, '--out', out]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^sg17 ingest: .*empty/);
      expect(existsSync(join(out, 'sg17-2024-09.json'))).toBe(false);
      const usage = await sg17(['ingest']);
      expect(usage.code).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('--help after a subcommand', () => {
  it('prints that subcommand’s usage, for every subcommand, wherever the option stands', async () => {
    const { SUBCOMMANDS, main } = await import('../adapters/cli/cli.js');
    expect(SUBCOMMANDS.length).toBeGreaterThan(5);
    for (const entry of SUBCOMMANDS) {
      for (const args of [['--help'], ['-h'], ['some-word', '--help']]) {
        let out = '';
        let err = '';
        const code = await main([entry.name, ...args], { stdout: (t) => (out += t), stderr: (t) => (err += t), env: {} });
        expect({ name: entry.name, args, code, err }).toEqual({ name: entry.name, args, code: 0, err: '' });
        expect(out).toContain(`Usage: ${entry.usage}`);
        expect(out).toContain(entry.summary);
      }
    }
  });

  it('as a process: sg17 ingest --help (was: unknown option "--help")', async () => {
    const run = await sg17(['ingest', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: sg17 ingest <summary.txt> [--out DIR]');
    expect(run.stderr).toBe('');
  });
});
