import type { CheckResult, Emitter } from '@runbook/core';

/** An Emitter that keeps what was recorded and whose report throws, as a later failure would. */
export function throwingReportEmitter(): Emitter & { recorded: (readonly CheckResult[])[] } {
  const recorded: (readonly CheckResult[])[] = [];
  return {
    recorded,
    progress: () => undefined,
    warning: () => undefined,
    untrusted: () => undefined,
    group: (_title, fn) => fn(),
    record: (results) => void recorded.push(results),
    secret: () => undefined,
    report: () => Promise.reject(new Error('the summary could not be written')),
  };
}
