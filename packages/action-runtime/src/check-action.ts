import { FAIL_ON, headline, Redactor, shouldFail, type CheckResult, type InputReader } from '@runbook/core';
import { GitHubEmitter } from './emitter.ts';
import { actionInputs, runAction } from './run.ts';
import { setFailed } from './runner.ts';

export interface CheckContext {
  inputs: InputReader;
  emitter: GitHubEmitter;
}

/**
 * The shape every check action shares: read the common inputs, run the body (which reports its
 * results through the emitter), then fail the step according to `fail-on`.
 */
export async function runCheckAction(name: string, body: (context: CheckContext) => Promise<CheckResult[]>): Promise<void> {
  const redactor = new Redactor();
  await runAction(
    name,
    async () => {
      const inputs = actionInputs();
      const emitter = new GitHubEmitter(redactor, inputs.text('results-file'));
      const failOn = inputs.choice('fail-on', FAIL_ON, 'fail');
      const results = await body({ inputs, emitter });
      if (shouldFail(results, failOn)) setFailed(`${name}: ${headline(results)}`);
    },
    redactor,
  );
}
