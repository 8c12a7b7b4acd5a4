/** Where Slack reaches the service (both in the receiver and in the generated manifest). */
export const SLACK_EVENTS_PATH = '/slack/events';
