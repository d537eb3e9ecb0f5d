// Cold start: `node dist/<action>/index.js` with no inputs (it stops at the first missing input)
// and with a trivially bad input, against bare `node -e 0`: medians, as a ratio to bare node, and
// the size of what each action loads at start. The budget is 0.25 s per action.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { median, ROOT, runAction, runCommand } from './lib.mjs';

const BUDGET_MS = 250;

/**
 * What loads before the action's first line of work: the entry file, the main chunk it imports
 * once the Node version is checked, and the chunks those import statically.
 */
function startupBytes(file, seen = new Set()) {
  if (seen.has(file)) return 0;
  const entry = seen.size === 0;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  let bytes = statSync(file).size;
  const main = entry ? [...text.matchAll(/await import\("(\.[^"]+\/main-[^"]+)"\)/g)] : [];
  for (const [, spec] of [...text.matchAll(/^import\s*(?:[^'"]*from\s*)?["'](\.[^"']+)["']/gm), ...main]) bytes += startupBytes(join(dirname(file), spec), seen);
  return bytes;
}

const ROUNDS = 9;
const CASES = { none: {}, bad: { 'fail-on': 'sometimes' } };

export async function run() {
  const actions = readdirSync(join(ROOT, 'dist')).filter((d) => statSync(join(ROOT, 'dist', d)).isDirectory() && d !== 'chunks' && d !== 'cli').sort();
  // Rounds interleave bare node with every action, so a machine busy with other work slows both alike.
  const times = { node: [] };
  for (let round = 0; round < ROUNDS; round++) {
    times.node.push((await runCommand(process.execPath, ['-e', '0'])).seconds * 1000);
    for (const action of actions) {
      for (const [name, inputs] of Object.entries(CASES)) (times[`${action} ${name}`] ??= []).push((await runAction(action, inputs, { GITHUB_OUTPUT: '' })).seconds * 1000);
    }
  }
  const node = median(times.node);
  console.log(`bare node: ${node.toFixed(0)} ms (median of ${ROUNDS}); budget ${BUDGET_MS} ms per action`);
  const over = [];
  for (const action of actions) {
    const none = median(times[`${action} none`]);
    const bad = median(times[`${action} bad`]);
    const kb = startupBytes(join(ROOT, 'dist', action, 'index.js')) / 1024;
    const ratio = (ms) => `${(ms / node).toFixed(1)}x`;
    console.log(`  ${action.padEnd(14)} ${none.toFixed(0).padStart(4)} ms cold start (${ratio(none)} bare node), ${bad.toFixed(0).padStart(4)} ms with a bad input (${ratio(bad)}), ${kb.toFixed(0)} KB loaded at start`);
    if (Math.max(none, bad) > BUDGET_MS) over.push(action);
  }
  if (over.length) console.log(`  over the ${BUDGET_MS} ms budget: ${over.join(', ')}`);
}
