/** Entry point of `sg17` (bin/sg17.js): run the CLI on this process's argv and streams. */
import { main } from './cli.js';

main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
}).then((code) => {
  process.exitCode = code;
});
