// Preloaded with `node --import` (or NODE_OPTIONS=--import=…): counts the files a process actually loads (ES modules and
// require()), bundled chunks and anything read from node_modules alike, and writes
// {files, bytes} to $BENCH_LOADED_FILE when the process exits.
import { statSync, writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

const files = new Map();
registerHooks({
  load(url, context, nextLoad) {
    if (url.startsWith('file:') && !files.has(url)) files.set(url, statSync(fileURLToPath(url)).size);
    return nextLoad(url, context);
  },
});
process.on('exit', () => {
  const bytes = [...files.values()].reduce((a, b) => a + b, 0);
  if (process.env.BENCH_LOADED_FILE) writeFileSync(process.env.BENCH_LOADED_FILE, JSON.stringify({ files: [...files.keys()], bytes }));
});
