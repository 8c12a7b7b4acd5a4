/**
 * The one Discord interaction handler, shared by the HTTP endpoint and the gateway: a raw
 * interaction payload in, the interaction response body out (PONG, autocomplete choices, a
 * message, or DEFERRED plus a follow-up for what may be slow). It only translates: the engine
 * answers, render-embeds renders.
 */
import { z } from 'zod';
import { InteractionResponseType, InteractionType, MessageFlags, PermissionFlagsBits, type APIApplicationCommandOptionChoice } from 'discord.js';
import type { Catalog } from '../../src/dataset/catalog.js';
import type { Clock } from '../../src/clock.js';
import type { CommandContext } from '../../src/engine/command.js';
import type { SubscriptionStore } from '../../src/store/port.js';
import type { Answer } from '../../src/engine/answer.js';
import { ask, runCommand, usageError, MAX_INPUT_CHARS } from '../../src/engine/engine.js';
import { findCommand } from '../../src/engine/registry.js';
import { splitWords } from '../../src/engine/words.js';
import { channelAddress } from '../../src/channel.js';
import { ASK_SUBCOMMAND, PUBLIC_OPTION, ROOT_COMMAND, buildSg17Definition, type Sg17Definition } from './definitions.js';
import { renderDiscordMessage, type DiscordMessage } from './render-embeds.js';
import { suggestChoices } from './autocomplete.js';

const Snowflake = z.string().regex(/^\d{1,20}$/, 'expected a Discord id');
const OptionValue = z.union([z.string(), z.number(), z.boolean()]);
const ValueOption = z.object({ name: z.string(), type: z.number().int(), value: OptionValue.optional(), focused: z.boolean().optional() });
const TopOption = ValueOption.extend({ options: z.array(ValueOption).optional() });
const User = z.object({ id: Snowflake });

/** The parts of an interaction (https://discord.com/developers/docs/interactions/receiving-and-responding) we read. */
export const InteractionPayload = z.object({
  id: Snowflake,
  application_id: Snowflake,
  type: z.number().int(),
  token: z.string().min(1),
  data: z.object({ name: z.string(), type: z.number().int().optional(), options: z.array(TopOption).optional() }).optional(),
  guild_id: Snowflake.optional(),
  channel_id: Snowflake.optional(),
  /** In a guild: the member and their permissions in this channel (a decimal bit set). */
  member: z.object({ user: User, permissions: z.string().regex(/^\d+$/) }).optional(),
  /** In a DM. */
  user: User.optional(),
});
export type InteractionPayload = z.infer<typeof InteractionPayload>;

/** A message body as sent in an interaction response or a follow-up edit. */
export type DiscordReplyMessage = DiscordMessage & { flags?: number };

export type InteractionResponse =
  | { type: InteractionResponseType.Pong }
  | { type: InteractionResponseType.ChannelMessageWithSource; data: DiscordReplyMessage }
  | { type: InteractionResponseType.DeferredChannelMessageWithSource; data: { flags?: number } }
  | { type: InteractionResponseType.ApplicationCommandAutocompleteResult; data: { choices: APIApplicationCommandOptionChoice[] } };

export interface InteractionReply {
  readonly body: InteractionResponse;
  /** After a DEFERRED body: the message to PATCH into webhooks/{app}/{token}/messages/@original. */
  readonly followUp?: () => Promise<DiscordReplyMessage>;
}

export interface InteractionDeps {
  /** The catalog now in force. */
  readonly catalog: () => Catalog;
  readonly clock: Clock;
  readonly subscriptions?: SubscriptionStore;
  readonly publicUrl?: string;
  /** Answers not ready after this long are deferred and followed up (Discord allows 3 s in all). */
  readonly deferAfterMs?: number;
  /** Which commands acknowledge first and follow up (default: those that write subscriptions). */
  readonly deferFirst?: (commandName: string) => boolean;
  readonly definition?: Sg17Definition;
}

const DEFAULT_DEFER_AFTER_MS = 1500;
/** Whoever holds one of these may manage the channel's subscriptions. */
const MANAGE_BITS = PermissionFlagsBits.Administrator | PermissionFlagsBits.ManageChannels | PermissionFlagsBits.ManageGuild;

export function parseInteraction(raw: unknown): { ok: true; interaction: InteractionPayload } | { ok: false; error: string } {
  const parsed = InteractionPayload.safeParse(raw);
  if (parsed.success) return { ok: true, interaction: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, error: issue ? `${issue.path.join('.') || 'interaction'}: ${issue.message}` : 'invalid interaction' };
}

/** The engine context of an interaction: who asks, where, and whether they may manage the channel. */
export function contextFor(interaction: InteractionPayload, deps: InteractionDeps): CommandContext {
  const actorId = interaction.member?.user.id ?? interaction.user?.id;
  // In a DM with the bot the channel is the user's own; in a guild it takes Manage Channels/Server.
  const canManageChannel = interaction.member ? (BigInt(interaction.member.permissions) & MANAGE_BITS) !== 0n : Boolean(interaction.user);
  return {
    catalog: deps.catalog(),
    now: deps.clock.now(),
    ...(interaction.channel_id ? { channel: channelAddress('discord', interaction.channel_id) } : {}),
    ...(actorId ? { actor: { id: actorId, canManageChannel } } : {}),
    ...(deps.subscriptions ? { subscriptions: deps.subscriptions } : {}),
    ...(deps.publicUrl ? { publicUrl: deps.publicUrl } : {}),
  };
}

const message = (answer: Answer, ephemeral: boolean): DiscordReplyMessage => ({
  ...renderDiscordMessage(answer),
  ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
});

const reply = (data: DiscordReplyMessage): InteractionReply => ({
  body: { type: InteractionResponseType.ChannelMessageWithSource, data },
});

/** Answer one interaction. Never throws for any payload that passed parseInteraction. */
export async function handleInteraction(interaction: InteractionPayload, deps: InteractionDeps): Promise<InteractionReply> {
  const definition = deps.definition ?? defaultDefinition();
  const ctx = contextFor(interaction, deps);
  if (interaction.type === InteractionType.Ping) return { body: { type: InteractionResponseType.Pong } };

  const isOurs = interaction.data?.name === ROOT_COMMAND;
  const sub = interaction.data?.options?.[0];
  const subName = sub?.type === 1 ? sub.name : undefined;
  const binding = subName ? definition.bindings.get(subName) : undefined;

  if (interaction.type === InteractionType.ApplicationCommandAutocomplete) {
    const focused = sub?.options?.find((o) => o.focused);
    const spec = focused ? binding?.options.get(focused.name) : undefined;
    const choices = spec?.autocomplete ? suggestChoices(ctx.catalog, spec.autocomplete, String(focused?.value ?? '')) : [];
    return { body: { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } } };
  }

  if (interaction.type !== InteractionType.ApplicationCommand || !isOurs) {
    return reply(message(usageError(ctx, 'Not supported', `This bot answers /${ROOT_COMMAND} only.`), true));
  }

  // Discord option names → the engine's option record; `public` is ours, not the command's.
  const options: Record<string, unknown> = {};
  let wantsPublic = false;
  for (const option of sub?.options ?? []) {
    if (option.name === PUBLIC_OPTION && binding?.canBePublic) wantsPublic = option.value === true;
    else options[binding?.options.get(option.name)?.name ?? option.name] = option.value;
  }
  if (Object.values(options).some((v) => typeof v === 'string' && v.length > MAX_INPUT_CHARS)) {
    return reply(message(usageError(ctx, 'Too long', `Please keep it under ${MAX_INPUT_CHARS} characters.`), true));
  }

  const isAsk = subName === ASK_SUBCOMMAND && !binding?.command;
  const text = typeof options.text === 'string' ? options.text : '';
  // `ask` may land on any command: it is public only if that command may be.
  const canBePublic = isAsk ? (findCommand(splitWords(text)[0] ?? '')?.canBePublic ?? true) : Boolean(binding?.canBePublic);
  const isPublic = wantsPublic && canBePublic;

  const pending: Promise<DiscordReplyMessage> = (async () => {
    const answer = isAsk ? await ask(text, ctx) : await runCommand(binding?.command?.name ?? subName ?? 'help', options, ctx);
    // Problems go only to the asker, whatever `public` said.
    return message(answer, !(isPublic && answer.ok));
  })().catch((error: unknown) => message(usageError(ctx, 'Something went wrong', `The answer could not be made: ${(error as Error).message}`), true));

  // Deferred replies fix their visibility now; a later problem then shows where the reply is.
  const deferred: InteractionReply = {
    body: { type: InteractionResponseType.DeferredChannelMessageWithSource, data: isPublic ? {} : { flags: MessageFlags.Ephemeral } },
    followUp: () => pending,
  };
  const defersFirst = deps.deferFirst ?? ((name: string) => findCommand(name)?.managesChannel === true);
  if (defersFirst(binding?.command?.name ?? subName ?? '')) return deferred;

  // Anything else answers at once, unless it turns out slow: then defer before the deadline.
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), deps.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS);
  });
  const first = await Promise.race([pending, late]);
  clearTimeout(timer);
  return first ? reply(first) : deferred;
}

/** Built on first use when the caller passes none (the adapter passes its own). */
let cachedDefinition: Sg17Definition | undefined;
function defaultDefinition(): Sg17Definition {
  cachedDefinition ??= buildSg17Definition();
  return cachedDefinition;
}
