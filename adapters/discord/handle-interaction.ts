/**
 * The one Discord interaction handler, shared by the HTTP endpoint and the gateway: a raw
 * interaction payload in, the interaction response body out (PONG, autocomplete choices, a
 * message, or DEFERRED plus a follow-up for what may be slow). It only translates: dispatch
 * (src/dispatch) answers and says where the answer goes, render-embeds renders.
 */
import { z } from 'zod';
import { InteractionResponseType, InteractionType, MessageFlags, PermissionFlagsBits, type APIApplicationCommandOptionChoice } from 'discord.js';
import type { Actor, Dispatcher } from '../../src/dispatch/dispatch.js';
import { conversationKey } from '../../src/dispatch/conversations.js';
import type { Answer } from '../../src/engine/answer.js';
import type { Logger } from '../../src/ports.js';
import type { ChannelAddress } from '../../src/channel.js';
import { channelAddress, personAddress } from '../../src/channel.js';
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
  /** The front door: it answers, and says whether the answer is public. */
  readonly dispatch: Dispatcher;
  /** Logs a reply that could not be rendered (dispatch logs failed commands itself). */
  readonly logger?: Logger;
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

/** Where an interaction comes from and who sent it, as dispatch takes them. */
export function requestFor(interaction: InteractionPayload): { channel?: ChannelAddress; actor?: Actor; conversation?: string[] } {
  const actorId = interaction.member?.user.id ?? interaction.user?.id;
  // In a DM with the bot the channel is the user's own; in a guild it takes Manage Channels/Server.
  const canManageChannel = interaction.member ? (BigInt(interaction.member.permissions) & MANAGE_BITS) !== 0n : Boolean(interaction.user);
  const channel = interaction.channel_id ? channelAddress('discord', interaction.channel_id) : undefined;
  return {
    ...(channel ? { channel } : {}),
    ...(actorId ? { actor: { id: actorId, canManageChannel, person: personAddress('discord', actorId) } } : {}),
    // A follow-up continues this person's last question in this channel (a thread is a channel of its own).
    ...(channel && actorId ? { conversation: [conversationKey.person(channel, actorId)] } : {}),
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
  if (interaction.type === InteractionType.Ping) return { body: { type: InteractionResponseType.Pong } };

  const isOurs = interaction.data?.name === ROOT_COMMAND;
  const sub = interaction.data?.options?.[0];
  const subName = sub?.type === 1 ? sub.name : undefined;
  const binding = subName ? definition.bindings.get(subName) : undefined;

  if (interaction.type === InteractionType.ApplicationCommandAutocomplete) {
    const focused = sub?.options?.find((o) => o.focused);
    const spec = focused ? binding?.options.get(focused.name) : undefined;
    const choices = spec?.autocomplete ? suggestChoices(deps.dispatch.catalog(), spec.autocomplete, String(focused?.value ?? '')) : [];
    return { body: { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } } };
  }

  if (interaction.type !== InteractionType.ApplicationCommand || !isOurs) {
    return reply(message(deps.dispatch.refusal('Not supported', `This bot answers /${ROOT_COMMAND} only.`), true));
  }

  // Discord option names → the engine's option record; `public` is a request flag, not the command's.
  const options: Record<string, unknown> = {};
  let wantsPublic = false;
  for (const option of sub?.options ?? []) {
    if (option.name === PUBLIC_OPTION && binding?.canBePublic) wantsPublic = option.value === true;
    else options[binding?.options.get(option.name)?.name ?? option.name] = option.value;
  }
  const commandName = binding?.command?.name ?? subName ?? 'help';
  const isAsk = subName === ASK_SUBCOMMAND && !binding?.command;
  const admission = deps.dispatch.admit({
    query: isAsk ? { text: typeof options.text === 'string' ? options.text : '' } : { command: commandName, options },
    ...requestFor(interaction),
    public: wantsPublic,
  });

  const pending: Promise<DiscordReplyMessage> = admission
    .answer()
    // Problems go only to the asker, whatever `public` said: dispatch has decided.
    .then((outcome) => message(outcome.answer, !outcome.public))
    .catch((error: unknown) => {
      deps.logger?.error({ err: error, requestId: admission.requestId }, 'discord reply could not be rendered');
      return message(deps.dispatch.refusal('Something went wrong', `Sorry, the answer could not be shown (request ${admission.requestId}).`), true);
    });

  // Deferred replies fix their visibility now; a later problem then shows where the reply is.
  const deferred: InteractionReply = {
    body: { type: InteractionResponseType.DeferredChannelMessageWithSource, data: admission.public ? {} : { flags: MessageFlags.Ephemeral } },
    followUp: () => pending,
  };
  const defersFirst = deps.deferFirst ? deps.deferFirst(binding?.command?.name ?? subName ?? '') : admission.managesChannel;
  if (defersFirst) return deferred;

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
