import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ROOT } from '../harness/run-action.ts';

// The schema that action.yml files must meet. SchemaStore's (used by action-validator) predates
// node24, so we check our own metadata here.
const ActionYml = z.strictObject({
  name: z.string().min(1),
  description: z.string().min(1),
  author: z.string().optional(),
  branding: z.strictObject({ icon: z.string(), color: z.string() }).optional(),
  inputs: z.record(
    z.string().regex(/^[a-z][a-z0-9-]*$/),
    z.strictObject({ description: z.string().min(10), required: z.boolean().optional(), default: z.string().optional() }),
  ),
  outputs: z.record(z.string(), z.strictObject({ description: z.string().min(5) })),
  runs: z.strictObject({ using: z.literal('node24'), main: z.string() }),
});

const actions = readdirSync(join(ROOT, 'actions')).filter((name) => existsSync(join(ROOT, 'actions', name, 'action.yml')));

describe.each(actions)('actions/%s', (name) => {
  const dir = join(ROOT, 'actions', name);
  const meta = ActionYml.parse(parse(readFileSync(join(dir, 'action.yml'), 'utf8')));

  it('runs the committed bundle on node24', () => {
    expect(meta.runs.main).toBe(`../../dist/${name}/index.js`);
    expect(existsSync(join(dir, meta.runs.main))).toBe(true);
  });

  it('documents every input and output in its README', () => {
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    for (const key of [...Object.keys(meta.inputs), ...Object.keys(meta.outputs)]) expect(readme, key).toContain(`\`${key}\``);
  });

  it('reads every input it declares', () => {
    const source = readdirSync(join(ROOT, 'packages'), { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile() && f.name.endsWith('.ts') && !f.name.endsWith('.test.ts'))
      .map((f) => readFileSync(join(f.parentPath, f.name), 'utf8'))
      .concat(readFileSync(join(dir, 'src', 'main.ts'), 'utf8'))
      .join('\n');
    for (const input of Object.keys(meta.inputs)) expect(source, input).toContain(`'${input}'`);
  });
});
