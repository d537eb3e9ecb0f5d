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
