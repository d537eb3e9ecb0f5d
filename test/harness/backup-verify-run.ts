import type { CheckResult } from '@runbook/core';
import { runAction, type ActionRun } from './run-action.ts';

/** Runs the bundled backup-verify with no incidents. */
export const verify = (inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> => runAction('backup-verify', { 'open-issues': 'false', ...inputs }, { env });
export const results = (run: ActionRun): CheckResult[] => JSON.parse(run.outputs.results ?? '[]') as CheckResult[];
