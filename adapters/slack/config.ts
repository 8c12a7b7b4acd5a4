/** Slack's variables (merged into the service config through the platform registry). */
import { z } from 'zod';
import { optionalText, platformConfig, url } from '../config-fields.js';

export const slackConfig = platformConfig({
  shape: {
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_BOT_TOKEN: optionalText.pipe(z.string().startsWith('xoxb-', 'must start with xoxb-').optional()),
    SLACK_APP_TOKEN: optionalText.pipe(z.string().startsWith('xapp-', 'must start with xapp-').optional()),
    /** Web API base, e.g. http://127.0.0.1:4000/api/ (tests). */
    SLACK_API_URL: url.optional(),
  },
  check: (c, ctx) => {
    if (Boolean(c.SLACK_SIGNING_SECRET) !== Boolean(c.SLACK_BOT_TOKEN) && !c.SLACK_APP_TOKEN) {
      ctx.addIssue({
        code: 'custom',
        path: [c.SLACK_SIGNING_SECRET ? 'SLACK_BOT_TOKEN' : 'SLACK_SIGNING_SECRET'],
        message: 'Slack needs both SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN',
      });
    }
  },
});

type SlackValues = Pick<z.infer<z.ZodObject<typeof slackConfig.shape>>, 'SLACK_BOT_TOKEN' | 'SLACK_SIGNING_SECRET' | 'SLACK_APP_TOKEN'>;

export const slackEnabled = (c: SlackValues): boolean => Boolean(c.SLACK_BOT_TOKEN && (c.SLACK_SIGNING_SECRET || c.SLACK_APP_TOKEN));
