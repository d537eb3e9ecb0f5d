import { errorMessage, UsageError } from '@runbook/core';
import pkg from '../../../package.json' with { type: 'json' };
import { CHECK_COMMANDS, runCheckCommand } from './commands.ts';
import { demoCommand } from './demo/demo.ts';
import { commandHelp, mainHelp } from './help.ts';

const isHelp = (arg: string | undefined): boolean => arg === '-h' || arg === '--help';

/** The help of a check command, or of them all for `runbook help` with no or an unknown command. */
function helpOf(name: string | undefined): string {
  const check = CHECK_COMMANDS.find((c) => c.action.name === name);
  return check ? commandHelp(check.action) : mainHelp(CHECK_COMMANDS.map((c) => c.action));
}

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  const stdout = (text: string): number => (process.stdout.write(text), 0);
  if (name === '--version' || name === '-V') return stdout(`runbook ${pkg.version}\n`);
  if (!name || isHelp(name)) return stdout(helpOf(undefined));
  if (name === 'help') return rest[0] === 'demo' ? demoCommand(['--help']) : stdout(helpOf(rest[0]));
  if (name === 'demo') return demoCommand(rest);
  // -h anywhere shows the command's help and runs nothing, whatever the other flags are.
  if (rest.some(isHelp) && CHECK_COMMANDS.some((c) => c.action.name === name)) return stdout(helpOf(name));
  const check = CHECK_COMMANDS.find((c) => c.action.name === name);
  if (!check) throw new UsageError(name, `unknown command; try: demo, ${CHECK_COMMANDS.map((c) => c.action.name).join(', ')} (see runbook --help)`);
  return runCheckCommand(check, rest);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`runbook: ${error instanceof UsageError ? error.message : `failed: ${errorMessage(error)}`}\n`);
  process.exitCode = 1;
}
