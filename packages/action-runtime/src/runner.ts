import * as core from '@actions/core';
import { randomUUID } from 'node:crypto';
import { neutraliseCommands } from '@runbook/core';

// The runner's protocol through @actions/core. Every line we print passes neutraliseCommands, so
// text from outside inside a message can never become a workflow command.

/** `INPUT_<NAME>` as the runner sets it (spaces become underscores, hyphens stay), trimmed. */
export const getInput = (name: string): string => core.getInput(name);

export const setOutput = (name: string, value: string): void => core.setOutput(name, value);

export const setSecret = (value: string): void => core.setSecret(value);

export const info = (message: string): void => core.info(neutraliseCommands(message));
export const debug = (message: string): void => core.debug(neutraliseCommands(message));

const annotation = (title?: string): core.AnnotationProperties => (title ? { title: neutraliseCommands(title) } : {});
export const warning = (message: string, title?: string): void => core.warning(neutraliseCommands(message), annotation(title));
export const error = (message: string, title?: string): void => core.error(neutraliseCommands(message), annotation(title));

/** Output lines from outside, shown as they are between stop-commands markers with a token nobody can guess. */
export function untrusted(lines: readonly string[]): void {
  if (lines.length === 0) return;
  const token = randomUUID();
  core.info(`::stop-commands::${token}`);
  core.info(lines.join('\n'));
  core.info(`::${token}::`);
}

export const group = <T>(title: string, fn: () => Promise<T>): Promise<T> => core.group(neutraliseCommands(title), fn);

export function setFailed(message: string): void {
  core.setFailed(neutraliseCommands(message));
}

/** Appends to the job summary file; without one (outside a job) there is nothing to write. */
export async function appendSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(markdown).write();
}
