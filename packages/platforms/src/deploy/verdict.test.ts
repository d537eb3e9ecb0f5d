import { describe, expect, it } from 'vitest';
import type { ServiceDeploy as AnyDeploy } from '../driver.ts';
import type { EcsServiceTarget } from '../ecs/plan.ts';
import { ecsWords } from '../ecs/report.ts';
import { deployVerdict, stageTimes, type Verdict } from './verdict.ts';

type ServiceDeploy = AnyDeploy<unknown, EcsServiceTarget>;
const td = (n: number): string => `arn:aws:ecs:ap-northeast-1:123456789012:task-definition/api:${n}`;
/** Only the fields deployVerdict reads. */
const deployOf = (extra: Partial<ServiceDeploy>, updated = true): ServiceDeploy =>
  ({ previous: td(1), revision: td(2), ...(updated ? { update: 'done' } : {}), ...extra }) as ServiceDeploy;
const words = { ...ecsWords, defaultRunbook: '' };
const rate = (d: ServiceDeploy, failed: string[]): Verdict => deployVerdict(d, failed, words, { dryRun: false, finished: true });
const restored = (ok: boolean) => ({ by: 'us' as const, back: ok, ok, summary: ok ? 'rolled back to api:1' : 'rollback to api:1 failed: timed out' });

describe('how a service deploy is rated', () => {
  it('passes when nothing failed', () => {
    expect(rate(deployOf({ rollout: { state: 'completed', durationMs: 65_000 } }), [])).toEqual({ status: 'pass', summary: 'deployed api:2 in 1m 5s' });
  });

  it('is P2 when it failed and is back on the previous revision, P1 when the way back failed too', () => {
    const failure = { stage: 'rollout' as const, reason: 'ECS deployment circuit breaker: tasks failed to start' };
    expect(rate(deployOf({ failure, restore: restored(true) }), ['api'])).toMatchObject({ status: 'fail', severity: 'P2' });
    expect(rate(deployOf({ failure, restore: restored(false) }), ['api'])).toMatchObject({ status: 'fail', severity: 'P1' });
    expect(rate(deployOf({ failure }), ['api'])).toEqual({ status: 'fail', severity: 'P1', summary: `${failure.reason}; not rolled back (rollback-on-failure is false)` });
    expect(rate(deployOf({ failure, rollout: { state: 'failed', reason: failure.reason, rolledBackByPlatform: true, durationMs: 1 } }), ['api'])).toMatchObject({ severity: 'P2' });
  });

  it('rates a failed migration P2 and a deploy that could not start P3', () => {
    expect(rate(deployOf({ failure: { stage: 'migrate', reason: 'migration failed' } }, false), ['api'])).toMatchObject({ status: 'fail', severity: 'P2' });
    expect(rate(deployOf({ failure: { stage: 'register', reason: 'could not register' } }), ['api'])).toEqual({ status: 'fail', severity: 'P3', summary: 'could not register; the service still runs api:1' });
  });

  it('only warns for a service rolled back because another one failed', () => {
    expect(rate(deployOf({ restore: restored(true) }), ['web'])).toEqual({ status: 'warn', severity: 'P4', summary: 'web failed: rolled back to api:1' });
    expect(rate(deployOf({}, false), ['web'])).toEqual({ status: 'warn', severity: 'P4', summary: 'not deployed: web failed' });
    expect(rate(deployOf({ restore: restored(false) }), ['web'])).toMatchObject({ status: 'fail', severity: 'P1' });
  });
});

describe('where a service deploy\'s time went', () => {
  it('names each stage that ran with its own duration', () => {
    const smoke = { ok: true, summary: 'smoke checks: 2 of 2 passed', results: [{ durationMs: 120 }, { durationMs: 340 }] } as NonNullable<ServiceDeploy['smoke']>;
    const migration = { ok: true, summary: 'migration exited 0', durationMs: 42_000 };
    expect(stageTimes(deployOf({ migration, rollout: { state: 'completed', durationMs: 70_000 }, smoke }))).toBe('migrate 42s, rollout 1m 10s, smoke 340ms');
    expect(stageTimes(deployOf({ migration: { ...migration, ok: false } }))).toBe('migrate 42s');
    expect(stageTimes(deployOf({}))).toBe('–');
  });
});
