import { InputReader, UsageError } from '@runbook/core';

/**
 * Flags named like the action's inputs (`--expect-json '{…}'`), so a terminal command and a
 * workflow step read the same words. Repeated flags become lines (`--url a --url b`).
 */
export function flagReader(argv: readonly string[], known: readonly string[], aliases: Record<string, string> = {}): InputReader {
  const values = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) throw new UsageError(arg, `unexpected argument; flags look like --${known[0] ?? 'name'} value`);
    const eq = arg.indexOf('=');
    const flag = arg.slice(2, eq === -1 ? undefined : eq);
    const name = aliases[flag] ?? flag;
    if (!known.includes(name)) throw new UsageError(`--${flag}`, `unknown flag; known flags: ${known.map((k) => `--${k}`).join(' ')}`);
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined) throw new UsageError(`--${flag}`, 'expected a value after the flag');
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  return new InputReader((name) => (values.get(name) ?? []).join('\n'), (name) => `--${name}`);
}
