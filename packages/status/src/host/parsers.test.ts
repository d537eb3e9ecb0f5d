import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeFailure, containerVerdict, parseComposePs } from './compose.ts';
import { diskUsage } from './disk.ts';
import { journalArgs, parseJournalJson } from './journal.ts';
import { parseMeminfo } from './memory.ts';
import { parseSystemctlShow, unitName, unitVerdict } from './systemd.ts';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');

describe('systemctl show', () => {
  const units = parseSystemctlShow(fixture('systemctl-show.txt'));

  it('reads one block per unit, whatever the order of its properties', () => {
    expect(units.map((u) => [u.Id, u.ActiveState, u.SubState, u.Result])).toEqual([
      ['httpd.service', 'active', 'running', 'success'],
      ['estimator.service', 'failed', 'failed', 'exit-code'],
      ['worker.service', 'activating', 'auto-restart', 'exit-code'],
      ['nosuch.service', 'inactive', 'dead', 'success'],
    ]);
  });

  it('passes active, fails failed, crash-looping and missing units as P1', () => {
    expect(units.map((u) => unitVerdict(u.Id ?? '', u)).map((v) => [v.outcome, v.severity ?? null, v.summary])).toEqual([
      ['pass', null, 'httpd.service is active (running)'],
      ['fail', 'P1', 'estimator.service is failed (failed), result exit-code'],
      ['fail', 'P1', 'worker.service is activating (auto-restart), result exit-code'],
      ['fail', 'P1', 'nosuch.service is not installed (LoadState not-found)'],
    ]);
  });

  it('is still starting: a warning, not a failure', () => {
    expect(unitVerdict('api', { Id: 'api.service', LoadState: 'loaded', ActiveState: 'activating', SubState: 'start' })).toMatchObject({ outcome: 'warn', severity: 'P4' });
  });

  it('names a unit as systemctl does', () => {
    expect([unitName('estimator'), unitName('httpd.service'), unitName('backup.timer')]).toEqual(['estimator.service', 'httpd.service', 'backup.timer']);
  });
});

describe('docker compose ps --format json', () => {
  it('reads the one-object-per-line format of Compose 2.21 and newer', () => {
    const containers = parseComposePs(fixture('compose-ps.ndjson')) ?? [];
    expect(containers.map((c) => [c.Service, containerVerdict(c).outcome, containerVerdict(c).severity ?? null])).toEqual([
      ['caddy', 'pass', null],
      ['backend', 'fail', 'P2'],
      ['postgres', 'pass', null],
      ['ollama', 'fail', 'P1'],
    ]);
    expect(containerVerdict(containers[3] ?? {}).summary).toBe('ollama is exited (Exited (137) 3 hours ago)');
  });

  it('reads the JSON array of older Compose v2 releases', () => {
    const containers = parseComposePs(fixture('compose-ps-array.json')) ?? [];
    expect(containers.map((c) => [c.Service, containerVerdict(c).outcome])).toEqual([
      ['backend', 'warn'],
      ['redis', 'fail'],
    ]);
  });

  it('says when the output is not its JSON, and when docker has no compose plugin', () => {
    expect(parseComposePs('NAME   IMAGE   STATUS\n')).toBeUndefined();
    expect(parseComposePs('')).toEqual([]);
    expect(composeFailure('unknown flag: --file')).toMatch(/^docker compose is not installed/);
    expect(composeFailure('Cannot connect to the Docker daemon at unix:///var/run/docker.sock.')).toBe('docker compose ps failed: Cannot connect to the Docker daemon at unix:///var/run/docker.sock.');
  });
});

describe('disk and memory', () => {
  it('computes usage as df does: reserved blocks count as neither used nor available, rounded up', () => {
    // 1000 blocks, 200 free of which 150 available to users: 800 / (800 + 150) = 84.21… → 84.3
    expect(diskUsage({ bsize: 4096, blocks: 1000, bfree: 200, bavail: 150 })).toEqual({ usedPercent: 84.3, sizeBytes: 4_096_000, availableBytes: 614_400 });
  });

  it('reads /proc/meminfo in KiB', () => {
    expect(parseMeminfo('MemTotal:       24683584 kB\nMemFree:        19561220 kB\nMemAvailable:   23471128 kB\nHugePages_Total:       0\n')).toEqual({
      MemTotal: 24_683_584,
      MemFree: 19_561_220,
      MemAvailable: 23_471_128,
      HugePages_Total: 0,
    });
  });
});

describe('journalctl -o json', () => {
  it('reads MESSAGE as text or as bytes, PRIORITY and the realtime timestamp; a cut-off last line is skipped', () => {
    const text = fixture('journalctl-err.json');
    const entries = parseJournalJson(`${text}{"MESSAGE":"cut of`);
    expect(entries.map((e) => [e.message, e.priority, new Date(e.time).toISOString()])).toEqual([
      ['Error: OpenAI API timeout after 30s (request 4f2a)', 3, '2026-12-02T00:00:00.123Z'],
      ['Error: OpenAI API timeout after 31s (request 7f3a)', 3, '2026-12-02T00:01:00.123Z'],
      ['database is locked\ufffd', 2, '2026-12-02T00:02:00.123Z'],
    ]);
  });

  it('asks for the unit by its systemd name, the window as an epoch, priority err and worse', () => {
    expect(journalArgs('estimator', Date.UTC(2026, 11, 1))).toEqual(['-u', 'estimator.service', '--since', `@${Date.UTC(2026, 11, 1) / 1000}`, '-p', 'err', '-o', 'json', '--no-pager', '-q']);
  });
});
