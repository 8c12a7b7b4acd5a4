/**
 * Interaction payloads shaped as Discord sends them (API v10), and Ed25519 request signing as
 * Discord does it for HTTP interactions (signature over timestamp + body), with a key pair made
 * in the test.
 */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

export const FAKE_APP_ID = '1100000000000000001';
export const FAKE_GUILD_ID = '1100000000000000002';
export const FAKE_CHANNEL_ID = '1100000000000000003';
export const FAKE_USER_ID = '1100000000000000004';
export const FAKE_COMMAND_ID = '1100000000000000005';
export const FAKE_BOT_USER = {
  id: FAKE_APP_ID,
  username: 'sg17',
  discriminator: '0',
  global_name: null,
  avatar: null,
  bot: true,
  verified: true,
  flags: 0,
  mfa_enabled: false,
};

/** Permission bits (https://discord.com/developers/docs/topics/permissions). */
export const PERMS = {
  /** VIEW_CHANNEL | SEND_MESSAGES | USE_APPLICATION_COMMANDS: an ordinary member. */
  member: String((1n << 10n) | (1n << 11n) | (1n << 31n)),
  /** … plus MANAGE_CHANNELS. */
  manager: String((1n << 4n) | (1n << 10n) | (1n << 11n) | (1n << 31n)),
};

let nextInteraction = 1_200_000_000_000_000_000n;

export interface OptionValue {
  readonly name: string;
  readonly type: number;
  readonly value: string | number | boolean;
  readonly focused?: boolean;
}

/** Option type numbers for string, integer and boolean values. */
export const optionType = (value: unknown) => (typeof value === 'boolean' ? 5 : typeof value === 'number' ? 4 : 3);

export function options(record: Record<string, string | number | boolean>): OptionValue[] {
  return Object.entries(record).map(([name, value]) => ({ name, type: optionType(value), value }));
}

function base(type: number, permissions: string) {
  const id = String(nextInteraction++);
  return {
    id,
    application_id: FAKE_APP_ID,
    type,
    // Interaction tokens are long URL-safe strings.
    token: `aW50ZXJhY3Rpb246${id}OmZha2UtdG9rZW4_${Buffer.from(id).toString('base64url')}`,
    version: 1,
    guild_id: FAKE_GUILD_ID,
    guild: { id: FAKE_GUILD_ID, locale: 'en-US', features: [] },
    channel_id: FAKE_CHANNEL_ID,
    channel: {
      id: FAKE_CHANNEL_ID,
      type: 0,
      guild_id: FAKE_GUILD_ID,
      name: 'sg17-q15',
      position: 0,
      permission_overwrites: [],
      nsfw: false,
      parent_id: null,
      topic: null,
      last_message_id: null,
      rate_limit_per_user: 0,
      flags: 0,
      permissions,
    },
    member: {
      user: { id: FAKE_USER_ID, username: 'rapporteur', discriminator: '0', global_name: 'Rapporteur', avatar: null, public_flags: 0 },
      roles: [],
      premium_since: null,
      permissions,
      pending: false,
      nick: null,
      mute: false,
      deaf: false,
      joined_at: '2024-01-01T00:00:00.000000+00:00',
      flags: 0,
    },
    app_permissions: '2251799813685247',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': FAKE_GUILD_ID },
    context: 0,
    attachment_size_limit: 10_485_760,
  };
}

/** `/sg17 <subcommand> <options…>` as an APPLICATION_COMMAND interaction. */
export function chatInput(subcommand: string, values: OptionValue[] = [], permissions = PERMS.member) {
  return {
    ...base(2, permissions),
    data: {
      id: FAKE_COMMAND_ID,
      name: 'sg17',
      type: 1,
      guild_id: FAKE_GUILD_ID,
      options: [{ name: subcommand, type: 1, options: values }],
    },
  };
}

/** An APPLICATION_COMMAND_AUTOCOMPLETE interaction with `focused` being typed. */
export function autocomplete(subcommand: string, focused: string, typed: string, others: OptionValue[] = []) {
  return {
    ...base(4, PERMS.member),
    data: {
      id: FAKE_COMMAND_ID,
      name: 'sg17',
      type: 1,
      guild_id: FAKE_GUILD_ID,
      options: [{ name: subcommand, type: 1, options: [...others, { name: focused, type: 3, value: typed, focused: true }] }],
    },
  };
}

export function ping() {
  return { id: String(nextInteraction++), application_id: FAKE_APP_ID, type: 1, token: 'ping-token', version: 1 };
}

/** A guild as GUILD_CREATE carries it, with one text channel. */
export function fakeGuild(guildId: string, channelId: string) {
  return {
    id: guildId,
    name: 'SG17 study group',
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: FAKE_USER_ID,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 1,
    explicit_content_filter: 0,
    roles: [
      {
        id: guildId,
        name: '@everyone',
        color: 0,
        hoist: false,
        icon: null,
        unicode_emoji: null,
        position: 0,
        permissions: PERMS.member,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    emojis: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    max_presences: null,
    max_members: 500000,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: 'en-US',
    public_updates_channel_id: null,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    nsfw_level: 0,
    stickers: [],
    premium_progress_bar_enabled: false,
    safety_alerts_channel_id: null,
    joined_at: '2024-01-01T00:00:00.000000+00:00',
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [],
    channels: [
      {
        id: channelId,
        type: 0,
        name: 'sg17-q15',
        position: 0,
        permission_overwrites: [],
        nsfw: false,
        parent_id: null,
        topic: null,
        last_message_id: null,
        rate_limit_per_user: 0,
        flags: 0,
      },
    ],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

export interface SigningKeys {
  /** For DISCORD_PUBLIC_KEY: the raw 32-byte key as 64 hex characters. */
  readonly publicKeyHex: string;
  readonly privateKey: KeyObject;
}

export function makeSigningKeys(): SigningKeys {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const x = publicKey.export({ format: 'jwk' }).x!;
  return { publicKeyHex: Buffer.from(x, 'base64url').toString('hex'), privateKey };
}

/** Now, in the whole seconds Discord puts in X-Signature-Timestamp (the service judges freshness by the wall clock). */
export const discordTimestamp = (at: Date = new Date()): string => String(Math.floor(at.getTime() / 1000));

/** Headers Discord sends with an HTTP interaction: Ed25519 over timestamp + body (signed now unless told). */
export function signedHeaders(keys: SigningKeys, body: string, timestamp = discordTimestamp()): Record<string, string> {
  const signature = sign(null, Buffer.from(timestamp + body), keys.privateKey).toString('hex');
  return { 'content-type': 'application/json', 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp };
}
