// `npm run bench`: runs every bench/*.bench.mjs in turn and prints their side-by-side figures.
import { readdirSync } from 'node:fs';

const only = process.argv[2];
const files = readdirSync(new URL('.', import.meta.url)).filter((f) => f.endsWith('.bench.mjs') && (!only || f.startsWith(only))).sort();
for (const file of files) {
  const { run } = await import(new URL(file, import.meta.url));
  console.log(`\n== ${file.replace('.bench.mjs', '')}`);
  await run();
}
