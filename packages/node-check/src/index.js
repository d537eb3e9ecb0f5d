// The first thing every entry runs: plain JavaScript that imports nothing, so that it loads and
// speaks on any Node.js, before the code that needs Node 24 (tls.getCACertificates, ...) is
// imported. Written as .js (with index.d.ts) because bin/runbook.js loads it unbundled.

export const MIN_NODE_MAJOR = 24;

const ACTION_HINT = 'use runs.using node24 / a runner ≥ 2.327.1, or install Node 24';
const CLI_HINT = 'install Node 24, or run it through npm/npx in a checkout of runbook-actions (its node devDependency is Node 24)';

/** The one-line message when `version` (like `v20.20.2`) is older than Node 24; undefined when it will do. */
export function nodeTooOld(name, version, hint) {
  const major = Number(/^v?(\d+)\./.exec(version)?.[1]);
  if (major >= MIN_NODE_MAJOR) return undefined;
  return `${name} needs Node.js ${MIN_NODE_MAJOR} or newer (found ${version}): ${hint}`;
}

/** For an action entry: on an older Node, an error annotation, exit code 1 and false. */
export function actionCanRun(name) {
  const message = nodeTooOld(name, process.version, ACTION_HINT);
  if (message === undefined) return true;
  process.stdout.write(`::error::${message}\n`);
  process.exitCode = 1;
  return false;
}

/** For the `runbook` command: on an older Node, one line on stderr, exit code 1 and false. */
export function cliCanRun() {
  const message = nodeTooOld('runbook', process.version, CLI_HINT);
  if (message === undefined) return true;
  process.stderr.write(`${message}\n`);
  process.exitCode = 1;
  return false;
}
