import type { ActionDefinition } from '@runbook/action-inputs';
import { InputReader, UsageError } from '@runbook/core';

/** The CLI's own switches, which take no value and are not action inputs (help is found before the flags are read). */
export const SWITCHES = { json: 'Print the results as JSON on stdout (the table goes to stderr).', help: 'Show this help and run nothing.' } as const;

export interface ParsedFlags {
  /** The action's inputs, read from the flags; value errors name the flag as it was typed. */
  reader: InputReader;
  json: boolean;
}

/** Flag name (and alias) → input name, for the inputs that are flags. */
export function flagNames(action: ActionDefinition): Map<string, string> {
  const names = new Map<string, string>();
  for (const [name, input] of Object.entries(action.inputs)) {
    if (input.cli === false) continue;
    names.set(name, name);
    if (input.cli) names.set(input.cli.alias, name);
  }
  return names;
}

/** A boolean flag given alone (`--dry-run`, or `--dry-run --services a`) means true. */
function bareSwitch(action: ActionDefinition, name: string, next: string | undefined): boolean {
  return action.inputs[name]?.type === 'boolean' && (next === undefined || next.startsWith('--'));
}

/**
 * Flags named like the action's inputs (`--expect-json '{…}'`), so a terminal command and a
 * workflow step read the same words. Repeated flags become lines (`--url a --url b`).
 */
export function parseFlags(argv: readonly string[], action: ActionDefinition): ParsedFlags {
  const names = flagNames(action);
  const values = new Map<string, string[]>();
  const typed = new Map<string, string>();
  let json = false;
  const usage = `see runbook ${action.name} --help`;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') {
      json = true;
      continue;
    }
    if (!arg.startsWith('--')) throw new UsageError(arg, `unexpected argument; flags look like --name value (${usage})`);
    const eq = arg.indexOf('=');
    const flag = arg.slice(2, eq === -1 ? undefined : eq);
    const name = names.get(flag);
    if (!name) throw new UsageError(`--${flag}`, `unknown flag (${usage})`);
    const value = eq !== -1 ? arg.slice(eq + 1) : bareSwitch(action, name, argv[i + 1]) ? 'true' : argv[++i];
    if (value === undefined) throw new UsageError(`--${flag}`, 'expected a value after the flag');
    values.set(name, [...(values.get(name) ?? []), value]);
    typed.set(name, flag);
  }
  const reader = new InputReader(
    (name) => (values.get(name) ?? []).join('\n'),
    (name) => `--${typed.get(name) ?? name}`,
    new Set(Object.keys(action.inputs)),
  );
  return { reader, json };
}
