/**
 * Autocomplete choices for options that ask for them (OptionSpec.autocomplete). The ranking is
 * the engine's (suggestRecIds, suggestQuestions); this file only keeps Discord's limits:
 * at most 25 choices, names and values 1–100 characters, no duplicate values.
 */
import type { APIApplicationCommandOptionChoice } from 'discord.js';
import type { Catalog } from '../../src/dataset/catalog.js';
import type { OptionSpec } from '../../src/engine/command.js';
import { shorten } from '../../src/text/shorten.js';
import { type Choice, suggestMeetings, suggestPlaces, suggestQuestions, suggestRecIds } from '../../src/engine/autocomplete.js';

export const MAX_CHOICES = 25;
const MAX_CHOICE_CHARS = 100;

const SUGGESTERS: Readonly<Record<NonNullable<OptionSpec['autocomplete']>, (catalog: Catalog, prefix: string, limit: number) => Choice[]>> = {
  'rec-id': suggestRecIds,
  question: suggestQuestions,
  meeting: suggestMeetings,
  place: suggestPlaces,
};

export function suggestChoices(catalog: Catalog, kind: NonNullable<OptionSpec['autocomplete']>, prefix: string): APIApplicationCommandOptionChoice<string>[] {
  const raw = SUGGESTERS[kind](catalog, prefix, MAX_CHOICES);
  const seen = new Set<string>();
  const choices: APIApplicationCommandOptionChoice<string>[] = [];
  for (const { name, value } of raw) {
    // A value is sent back as the option's value, so it cannot be cut: skip what Discord would refuse.
    if (!value || value.length > MAX_CHOICE_CHARS || seen.has(value)) continue;
    seen.add(value);
    choices.push({ name: shorten(name || value, MAX_CHOICE_CHARS), value });
    if (choices.length === MAX_CHOICES) break;
  }
  return choices;
}
