// Preloaded into an action's process (NODE_OPTIONS=--import) to record which inputs it reads:
// every INPUT_<NAME> variable looked up is written, as an input name, to RUNBOOK_INPUT_READS on exit.
import { writeFileSync } from 'node:fs';

const file = process.env.RUNBOOK_INPUT_READS;
const reads = new Set();
process.env = new Proxy(process.env, {
  get(target, key) {
    if (typeof key === 'string' && key.startsWith('INPUT_')) reads.add(key.slice('INPUT_'.length).toLowerCase());
    return Reflect.get(target, key);
  },
});
process.on('exit', () => writeFileSync(file, JSON.stringify([...reads].sort())));
