/**
 * The registry's promises (issue 12): options come from one declaration, a command word is
 * claimed once, and src/engine has no import cycle.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { z as zod } from 'zod';
import { defineCommand, type AnyCommand } from '../src/engine/command.js';
import { commands, indexCommands } from '../src/engine/registry.js';

describe('registry', () => {
  it("every command's options are exactly its zod schema's keys", () => {
    for (const command of commands as readonly AnyCommand[]) {
      expect(command.params, command.name).toBeInstanceOf(z.ZodObject);
      const keys = Object.keys((command.params as z.ZodObject).shape).sort();
      expect(command.options.map((o) => o.name).sort(), command.name).toEqual(keys);
    }
  });

  it('a command word claimed twice fails at load instead of replacing the other', () => {
    const make = (name: string, aliases: string[]) =>
      defineCommand({ name, aliases, usage: name, summary: name, options: [], params: zod.object({}), canBePublic: true, handle: () => ({}) as never });
    expect(() => indexCommands([make('aap', []), make('lastcall', ['AAP'])])).toThrow(/"aap" is claimed by both "aap" and "lastcall"/);
    expect(() => indexCommands(commands)).not.toThrow();
  });

  it('src/engine imports no module that imports it back (no cycle)', () => {
    const root = resolve(import.meta.dirname, '..', 'src', 'engine');
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith('.ts')) files.push(path);
      }
    };
    walk(root);
    const edges = new Map<string, string[]>();
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      // Runtime imports only: `import type` is erased.
      const targets = [...text.matchAll(/^import\s+(?!type\b)[^'"]*['"](\.[^'"]+)['"]/gm)].map((m) => resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts')));
      edges.set(
        file,
        targets.filter((t) => t.startsWith(root)),
      );
    }
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, path: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].map((f) => f.slice(root.length + 1)).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of edges.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
