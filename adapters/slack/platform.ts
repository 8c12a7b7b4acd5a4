/** Slack's entry in the platform registry (adapters/platforms.ts). */
import { definePlatform } from '../platform.js';
import { slackConfig, slackEnabled } from './config.js';
import type { SlackAdapterOptions } from './adapter.js';

export const slackPlatform = definePlatform({
  name: 'slack',
  config: slackConfig,
  enabled: slackEnabled,
  secrets: ['SLACK_SIGNING_SECRET', 'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN'],
  create: async (deps, { events, tuning }) => (await import('./adapter.js')).createSlackAdapter(deps, { ...(tuning as SlackAdapterOptions), events }),
});
