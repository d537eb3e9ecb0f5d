// Shared helpers for the benchmarks: run a bundled action the way the runner does, time commands.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');

export function runCommand(command, args, { env = {}, input, cwd } = {}) {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, args, { env: { ...process.env, ...env }, ...(cwd ? { cwd } : {}), stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    if (input !== undefined) child.stdin.end(input);
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr, seconds: (performance.now() - started) / 1000 }));
  });
}

/** Spawns dist/<action>/index.js with INPUT_* variables and the runner's files. */
export function runAction(action, inputs, env = {}, cwd = undefined) {
  const dir = mkdtempSync(join(tmpdir(), `bench-${action}-`));
  writeFileSync(join(dir, 'output'), '');
  writeFileSync(join(dir, 'summary'), '');
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  return runCommand(process.execPath, [join(ROOT, 'dist', action, 'index.js')], {
    env: { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary'), 'INPUT_OPEN-ISSUES': 'false', ...inputEnv, ...env },
    cwd,
  });
}

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
export const fmt = (seconds) => `${seconds.toFixed(seconds < 10 ? 2 : 1)} s`;

/** Median wall time of bare `node -e 0`: the floor every action start is compared with. */
export async function bareNodeSeconds(runs = 5) {
  const times = [];
  for (let i = 0; i < runs; i++) times.push((await runCommand(process.execPath, ['-e', '0'])).seconds);
  return median(times);
}
