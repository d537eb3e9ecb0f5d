import { errorMessage, type Emitter } from '@runbook/core';

/**
 * Runs one stage of a deploy or rollback under its own log group. A throw (an API error, a probe
 * exception, a bug of ours) becomes that stage's failure through `fail` and never escapes past
 * the recovery that follows.
 */
export async function runStage(emitter: Emitter, title: string, body: () => Promise<boolean>, fail: (reason: string) => void): Promise<boolean> {
  return emitter.group(title, async () => {
    try {
      return await body();
    } catch (error) {
      fail(errorMessage(error));
      return false;
    }
  });
}

/** Runs a step of recovery whose throw must not stop the rest (the rollback, the report); says what went wrong through `fail`. */
export async function bestEffort(step: () => Promise<void>, fail: (reason: string) => void): Promise<void> {
  try {
    await step();
  } catch (error) {
    fail(errorMessage(error));
  }
}
