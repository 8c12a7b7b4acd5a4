/**
 * The console channel: with no chat platform configured, the terminal is a channel of its own
 * ("console:local"), the way Hubot's shell adapter works. Type what you would type after `/sg17`
 * (or a question); the answer prints as text. Reminders due for the console print here too.
 * Without a terminal on stdin (a service manager, a pipe nobody injected) it only says how to
 * configure a platform, and the service keeps serving HTTP.
 */
import { createInterface, type Interface } from 'node:readline';
import type { AppDeps, PlatformAdapter } from '../platform.js';
import type { Answer } from '../../src/engine/answer.js';
import type { ChannelAddress } from '../../src/channel.js';
import type { PostOptions, PostOutcome, Poster } from '../../src/ports.js';
import { renderText } from './render-text.js';
import { CONSOLE_CHANNEL, CONSOLE_PERSON } from './address.js';

export { CONSOLE_CHANNEL };
export const PROMPT = 'sg17> ';

export interface ConsoleOptions {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  /** Read commands from `input`. False: print how to configure a platform and only print reminders. */
  readonly interactive: boolean;
  /** Called when the input ends (Ctrl-D, `quit`): the service may shut down. */
  readonly onClose?: () => void;
}

export const NO_PLATFORM_HELP = [
  'sg17: no chat platform is configured and stdin is not a terminal, so there is no console channel.',
  '  Slack:   set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN (or SLACK_APP_TOKEN for Socket Mode) — docs/slack.md.',
  '  Discord: set DISCORD_BOT_TOKEN (gateway, reminders) and/or DISCORD_PUBLIC_KEY (interactions endpoint) — docs/discord.md.',
  '  Console: run `npm start` in a terminal.',
  'Still serving HTTP (GET /healthz).',
  '',
].join('\n');

const WELCOME = ['sg17 console channel — type a command as after /sg17 (e.g. `rec X.1716`, `help`) or ask a question.', 'Ctrl-D or `quit` leaves.', ''].join(
  '\n',
);

export function createConsoleAdapter(deps: AppDeps, options: ConsoleOptions): PlatformAdapter {
  const { input, output } = options;
  let rl: Interface | undefined;
  // Lines are answered one after another, in the order typed, even when a paste brings several.
  let queue: Promise<void> = Promise.resolve();
  let closed = false;
  let stopping = false;

  const prompt = (): void => {
    if (rl && !closed) rl.prompt();
  };

  async function answer(line: string): Promise<void> {
    const text = line.trim();
    if (text === '') return;
    const outcome = await deps.dispatch.dispatch({
      query: { text },
      channel: CONSOLE_CHANNEL,
      // The person at the terminal runs this instance: they manage its channel.
      actor: { id: 'console:local', canManageChannel: true, person: CONSOLE_PERSON },
      // The terminal is one conversation: a line may follow up the one before.
      conversation: [CONSOLE_CHANNEL],
    });
    output.write(`${renderText(outcome.answer)}\n`);
  }

  const poster: Poster = {
    async post(channel: ChannelAddress, reminder: Answer, _options: PostOptions): Promise<PostOutcome> {
      // The person at the terminal is the console's only person: their direct messages print here too.
      if (channel !== CONSOLE_CHANNEL && channel !== CONSOLE_PERSON) return { status: 'gone', reason: `not the console channel: ${channel}` };
      output.write(`\n${channel === CONSOLE_PERSON ? '(direct message to you) ' : ''}${renderText(reminder)}\n`);
      prompt();
      return { status: 'sent' };
    },
  };

  return {
    platform: 'console',
    routes: [],
    poster,
    async start() {
      if (!options.interactive) {
        output.write(NO_PLATFORM_HELP);
        return;
      }
      const terminal = Boolean((output as NodeJS.WriteStream).isTTY);
      rl = createInterface({ input, output, prompt: PROMPT, terminal });
      output.write(WELCOME);
      rl.on('line', (line) => {
        if (/^(quit|exit)$/i.test(line.trim())) {
          rl?.close();
          return;
        }
        queue = queue
          .then(() => answer(line))
          .catch((error: unknown) => {
            // Dispatch never throws; this guards the terminal against anything else (a rendering bug).
            deps.logger.error({ err: error }, 'console answer failed');
            output.write('Sorry, something went wrong answering that.\n');
          })
          .then(prompt);
      });
      // Ctrl-C at the prompt leaves like Ctrl-D (readline would otherwise only pause).
      rl.on('SIGINT', () => rl?.close());
      rl.on('close', () => {
        // Let answers already asked finish printing before reporting the end of input.
        void queue.then(() => {
          closed = true;
          if (!stopping) options.onClose?.();
        });
      });
      prompt();
    },
    async stop() {
      stopping = true;
      if (rl && !closed) rl.close();
      await queue;
    },
  };
}
