import * as core from './runner.ts';
import { GitHubEmitter } from './emitter.ts';
import { errorMessage, InputReader, UsageError } from '@runbook/core';

/** Inputs as the runner passes them (`INPUT_<NAME>`), read through the shared typed reader; with `declared`, no other name may be read. */
export function actionInputs(declared?: ReadonlySet<string>): InputReader {
  return new InputReader((name) => core.getInput(name), undefined, declared);
}

/** Text on one line, as the step's failure line and a summary headline show it. */
export const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ');

/**
 * Runs an action's main function. Bad input and unexpected errors both end in one line on the
 * error channel and exit code 1, with secrets masked; a stack trace only goes to the debug log.
 * The `status` output becomes `error` and the job summary says what went wrong, unless a report
 * already wrote them.
 */
export async function runAction(name: string, main: (emitter: GitHubEmitter) => Promise<void>, emitter = new GitHubEmitter()): Promise<void> {
  try {
    await main(emitter);
  } catch (error) {
    const usage = error instanceof UsageError;
    // Masked before it is joined into one line, so each line of a secret is still found whole.
    const message = oneLine(emitter.redactor.redact(errorMessage(error)));
    if (!usage && error instanceof Error && error.stack) core.debug(emitter.redactor.redact(error.stack));
    const line = usage ? `${name}: ${message}` : `${name} failed: ${message}`;
    emitter.status('error');
    if (!emitter.reported) await emitter.appendSummary(`## ❌ ${name}: ${usage ? 'bad input, nothing was checked or sent' : 'stopped by an error'}\n\n${line}\n`);
    core.setFailed(line);
  }
}
