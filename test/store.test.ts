/** The store contract on SQLite, and what only the SQLite file does (folder creation, its migrations). */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore, type SqliteStore } from '../src/store/sqlite.js';
import type { Store } from '../src/store/port.js';
import { storeContract } from './store-contract.js';

const dirs: string[] = [];
const stores: Store[] = [];
function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sg17-store-'));
  dirs.push(dir);
  return join(dir, 'nested', 'sg17.db');
}
function open(path: string): SqliteStore {
  const s = openStore(path);
  stores.push(s);
  return s;
}
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

storeContract('SQLite', () => ({
  fresh: async () => open(tempDb()),
  again: async (store) => open((store as SqliteStore).path),
}));

describe('SQLite file', () => {
  it('creates the folder and migrates once; reopening keeps data', async () => {
    const path = tempDb();
    const a = open(path);
    expect(existsSync(path)).toBe(true);
    await a.subscriptions.subscribe('slack:C1', { questions: ['Q15/17'] }, 'slack:U1', new Date('2024-11-25T07:58:00Z'));
    await a.close();
    const b = open(path);
    expect((await b.subscriptions.listForChannel('slack:C1'))[0]).toMatchObject({ questions: ['Q15/17'] });
    const raw = new Database(path);
    expect(raw.prepare('SELECT version FROM migrations').all()).toEqual([{ version: 1 }, { version: 2 }, { version: 3 }]);
    raw.close();
  });

  it('refuses a file whose schema is newer than this code, naming both versions', async () => {
    const path = tempDb();
    await open(path).close();
    const raw = new Database(path);
    raw.prepare("INSERT INTO migrations (version, applied_at) VALUES (99, 'x')").run();
    raw.close();
    expect(() => openStore(path)).toThrow(/schema version 99, but this sg17 knows only up to 3/);
  });
});
