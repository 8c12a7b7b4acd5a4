/** `sg17 serve`: run the service (HTTP, Slack, Discord, reminders). Everything it needs loads here, lazily. */
import type { CliIO, ExitCode, Subcommand } from '../subcommand.js';

export const serve: Subcommand = {
  async run(args: string[], io: CliIO): Promise<ExitCode> {
    const { runServe } = await import('../serve.js');
    return runServe(args, io);
  },
};
