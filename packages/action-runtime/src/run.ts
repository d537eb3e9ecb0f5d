import * as core from './runner.ts';
import { errorMessage, InputReader, Redactor, UsageError } from '@runbook/core';

/** Inputs as the runner passes them (`INPUT_<NAME>`), read through the shared typed reader; with `declared`, no other name may be read. */
export function actionInputs(declared?: ReadonlySet<string>): InputReader {
  return new InputReader((name) => core.getInput(name), undefined, declared);
}

/**
 * Runs an action's main function. Bad input and unexpected errors both end in one line on the
 * error channel and exit code 1, with secrets masked; a stack trace only goes to the debug log.
 */
export async function runAction(name: string, main: () => Promise<void>, redactor = new Redactor()): Promise<void> {
  try {
    await main();
  } catch (error) {
    const message = redactor.redact(errorMessage(error)).replace(/\s*\n\s*/g, ' ');
    if (!(error instanceof UsageError) && error instanceof Error && error.stack) core.debug(redactor.redact(error.stack));
    core.setFailed(error instanceof UsageError ? `${name}: ${message}` : `${name} failed: ${message}`);
  }
}
