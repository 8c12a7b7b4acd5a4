/** `sg17 slack manifest [--url https://host] [--socket-mode]`: print the Slack app manifest (YAML). */
import { parseArgs } from 'node:util';
import { UsageError, type CliIO, type ExitCode, type Subcommand } from '../subcommand.js';

export const slack: Subcommand = {
  async run(args: string[], io: CliIO): Promise<ExitCode> {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { url: { type: 'string' }, 'socket-mode': { type: 'boolean' } },
    });
    if (positionals.length !== 1 || positionals[0] !== 'manifest') {
      throw new UsageError('usage: sg17 slack manifest [--url https://your-host] [--socket-mode]');
    }
    if (values.url !== undefined && !/^https:\/\/[^\s/]+/.test(values.url)) {
      throw new UsageError(`--url must be the service's public https URL (got "${values.url}")`);
    }
    const { slackManifestYaml } = await import('../../slack/manifest.js');
    io.stdout(slackManifestYaml({ url: values.url, socketMode: values['socket-mode'] === true }));
    return 0;
  },
};
