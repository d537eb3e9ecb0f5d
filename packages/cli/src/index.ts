import { errorMessage, UsageError } from '@runbook/core';
import { certCheckCommand, smokeTestCommand } from './commands.ts';
import { demoCommand } from './demo/demo.ts';

const HELP = `runbook: the runbook-actions checks from a terminal

  runbook demo                         start demo targets on 127.0.0.1 and check them
  runbook smoke-test --url URL [...]   check URLs (flags are the action's inputs: --expect-json, --basic-auth, --samples, ...)
  runbook cert-check --host HOST [...] check TLS certificates (--warn-days, --critical-days, --servername, --ca-file, ...)
`;

const commands: Record<string, (argv: readonly string[]) => Promise<number>> = {
  demo: demoCommand,
  'smoke-test': smokeTestCommand,
  'cert-check': certCheckCommand,
};

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help') {
    process.stdout.write(HELP);
    return 0;
  }
  const command = commands[name];
  if (!command) throw new UsageError(name, `unknown command; try: ${Object.keys(commands).join(', ')}`);
  return command(rest);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`runbook: ${error instanceof UsageError ? error.message : `failed: ${errorMessage(error)}`}\n`);
  process.exitCode = 1;
}
