import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** `.github/runbook.yml` in a new temporary folder: a production environment with these services (YAML at six spaces). */
export function writeProductionConfig(services: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'runbook-config-')), 'runbook.yml');
  writeFileSync(path, `version: 1\nenvironments:\n  production:\n    services:\n${services}`);
  return path;
}
