// Cold start: `node dist/<action>/index.js` with no inputs (it stops at the first missing input)
// against bare `node -e 0`, median of 7 runs each, and the size of what each action loads at start.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bareNodeSeconds, median, ROOT, runAction } from './lib.mjs';

/** The entry file plus the chunks it imports statically (what loads before the first line runs). */
function startupBytes(file, seen = new Set()) {
  if (seen.has(file)) return 0;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  let bytes = statSync(file).size;
  for (const [, spec] of text.matchAll(/^import\s*(?:[^'"]*from\s*)?["'](\.[^"']+)["']/gm)) bytes += startupBytes(join(dirname(file), spec), seen);
  return bytes;
}

export async function run() {
  const node = await bareNodeSeconds(7);
  console.log(`bare node: ${(node * 1000).toFixed(0)} ms`);
  for (const action of readdirSync(join(ROOT, 'dist')).filter((d) => d !== 'chunks' && d !== 'cli').sort()) {
    const times = [];
    for (let i = 0; i < 7; i++) times.push((await runAction(action, {}, { GITHUB_OUTPUT: '' })).seconds);
    const ms = median(times) * 1000;
    const kb = startupBytes(join(ROOT, 'dist', action, 'index.js')) / 1024;
    console.log(`  ${action.padEnd(14)} ${ms.toFixed(0).padStart(4)} ms cold start (${(ms / (node * 1000)).toFixed(1)}x bare node), ${kb.toFixed(0)} KB loaded at start`);
  }
}
