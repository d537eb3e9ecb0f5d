// Writes each action's action.yml and README tables from its input definition
// (packages/action-inputs). `--check` writes nothing and exits 1 when a file differs.
import { readFileSync, writeFileSync } from 'node:fs';
import { ACTIONS } from '../packages/action-inputs/src/actions.ts';
import { renderActionYml, renderReadme } from '../packages/action-inputs/src/files.ts';

const check = process.argv.includes('--check');
const stale: string[] = [];
for (const action of ACTIONS) {
  const dir = `actions/${action.name}`;
  const files: Record<string, string> = {
    [`${dir}/action.yml`]: renderActionYml(action),
    [`${dir}/README.md`]: renderReadme(readFileSync(`${dir}/README.md`, 'utf8'), action),
  };
  for (const [path, text] of Object.entries(files)) {
    if (readFileSync(path, 'utf8') === text) continue;
    stale.push(path);
    if (!check) writeFileSync(path, text);
  }
}
if (check && stale.length) {
  console.error(`out of date with packages/action-inputs (run node scripts/action-files.ts): ${stale.join(', ')}`);
  process.exit(1);
}
console.log(check ? 'action files: up to date' : `action files: ${stale.length ? `wrote ${stale.join(', ')}` : 'up to date'}`);
