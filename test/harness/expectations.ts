import { expect } from 'vitest';
import type { ActionRun } from './run-action.ts';

/**
 * The bad-input contract every action keeps: exit 1, exactly one error annotation that matches
 * `message` and is one line, no stack trace anywhere, and no output but `status`.
 */
export function expectRejectedInput(run: ActionRun, message: RegExp): void {
  expect(run.exitCode).toBe(1);
  const errors = run.annotations.filter((a) => a.level === 'error');
  expect(errors).toHaveLength(1);
  expect(errors[0]?.message).toMatch(message);
  expect(errors[0]?.message).not.toContain('\n');
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  // Only `status` (`error`), so a later step can tell bad input from failing checks.
  expect(run.outputs).toEqual({ status: 'error' });
}

/** Lines that try each way of issuing a workflow command; `pwned` marks them. */
export const COMMAND_PAYLOAD = ['::error::pwned', '  ::add-mask::x', '##[error]pwned', '::stop-commands::x', '\u0085::warning::pwned'];

/**
 * Outside text that held COMMAND_PAYLOAD reached the log, but the runner acted on none of it: no
 * legacy `##[` command, no stop-commands but the action's own (resumed by its random token), no
 * mask, and no annotation carrying a live payload.
 */
export function expectNoCommandFromOutside(run: ActionRun): void {
  expect(run.commands.filter((c) => c.legacy)).toEqual([]);
  const stops = run.commands.filter((c) => c.name === 'stop-commands').map((c) => c.data);
  expect(stops.every((token) => /^[0-9a-f-]{32,}$/i.test(token) && run.commands.some((c) => c.name === token))).toBe(true);
  expect(run.masks).not.toContain('x');
  expect(run.commands.filter((c) => `${c.data} ${JSON.stringify(c.properties)}`.includes('pwned') && !/::|##\u200b\[/.test(c.data))).toEqual([]);
  expect(run.annotations.every((a) => !a.message.includes('##['))).toBe(true);
}
