import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchResultFiles, readResultFile } from './results.ts';

const result = { id: 'http:production/api/x', kind: 'smoke-test', subject: 'api', target: 'x', status: 'pass', summary: 'ok', evidence: {}, startedAt: '2025-10-21T00:00:00Z', durationMs: 3 };

describe('result files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'results-'));
  mkdirSync(join(dir, 'shard-1'));
  writeFileSync(join(dir, 'shard-1/results.json'), JSON.stringify([result]));
  writeFileSync(join(dir, 'cut.json'), JSON.stringify([result]).slice(0, 40));
  writeFileSync(join(dir, 'wrong.json'), JSON.stringify([{ ...result, status: 'ok' }]));
  writeFileSync(join(dir, 'empty.json'), '');

  it('matches each file once, sorted', () => {
    expect(matchResultFiles(['**/*.json', 'shard-1/*.json'], dir)).toEqual(['cut.json', 'empty.json', 'shard-1/results.json', 'wrong.json']);
  });

  it('validates against the result schema and says why a file is unusable', () => {
    expect(readResultFile('shard-1/results.json', dir)).toEqual({ path: 'shard-1/results.json', results: [result] });
    expect(readResultFile('cut.json', dir).problem).toBe('not JSON (cut short, or not a results file)');
    expect(readResultFile('wrong.json', dir).problem).toMatch(/^not a results file: \[0\]\.status: /);
    expect(readResultFile('empty.json', dir).problem).toBe('empty');
    expect(readResultFile('gone.json', dir).problem).toBe('cannot be read (ENOENT)');
  });
});
