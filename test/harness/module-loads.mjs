// Preloaded into an action's process (NODE_OPTIONS=--import) to record which modules it loads:
// every file: URL loaded through the ESM loader is written, one per line, to RUNBOOK_MODULE_LOADS on exit.
import { registerHooks } from 'node:module';
import { writeFileSync } from 'node:fs';

const file = process.env.RUNBOOK_MODULE_LOADS;
const loaded = new Set();
registerHooks({
  load(url, context, nextLoad) {
    if (url.startsWith('file:')) loaded.add(url);
    return nextLoad(url, context);
  },
});
process.on('exit', () => writeFileSync(file, [...loaded].join('\n')));
