import { describe, expect, it } from 'vitest';
import type { ServiceDeploy } from './deploy.ts';
import { describeChange, deployVerdict, stageTimes } from './report.ts';

const td = (n: number): string => `arn:aws:ecs:ap-northeast-1:123456789012:task-definition/api:${n}`;
/** Only the fields deployVerdict reads. */
const deployOf = (extra: Partial<ServiceDeploy>, updated = true): ServiceDeploy =>
  ({ previous: td(1), newArn: td(2), changes: [], ...(updated ? { deploymentId: 'ecs-svc/1' } : {}), ...extra }) as ServiceDeploy;
const restored = (ok: boolean) => ({ by: 'us' as const, back: ok, ok, summary: ok ? 'rolled back to api:1' : 'rollback to api:1 failed: timed out' });

describe('how a service deploy is rated', () => {
  it('passes when nothing failed', () => {
    expect(deployVerdict(deployOf({ rollout: { state: 'completed', service: {}, durationMs: 65_000 } }), [], false)).toEqual({ status: 'pass', summary: 'deployed api:2 in 1m 5s' });
  });

  it('is P2 when it failed and is back on the previous revision, P1 when the way back failed too', () => {
    const failure = { stage: 'rollout' as const, reason: 'ECS deployment circuit breaker: tasks failed to start' };
    expect(deployVerdict(deployOf({ failure, restore: restored(true) }), ['api'], false)).toMatchObject({ status: 'fail', severity: 'P2' });
    expect(deployVerdict(deployOf({ failure, restore: restored(false) }), ['api'], false)).toMatchObject({ status: 'fail', severity: 'P1' });
    expect(deployVerdict(deployOf({ failure }), ['api'], false)).toEqual({ status: 'fail', severity: 'P1', summary: `${failure.reason}; not rolled back (rollback-on-failure is false)` });
    expect(deployVerdict(deployOf({ failure, rollout: { state: 'failed', reason: failure.reason, ecsRollback: { deploymentId: 'ecs-svc/2' }, durationMs: 1 } }), ['api'], false)).toMatchObject({ severity: 'P2' });
  });

  it('rates a failed migration P2 and a deploy that could not start P3', () => {
    expect(deployVerdict(deployOf({ failure: { stage: 'migrate', reason: 'migration failed' } }, false), ['api'], false)).toMatchObject({ status: 'fail', severity: 'P2' });
    expect(deployVerdict(deployOf({ failure: { stage: 'register', reason: 'could not register' } }), ['api'], false)).toEqual({ status: 'fail', severity: 'P3', summary: 'could not register; the service still runs api:1' });
  });

  it('only warns for a service rolled back because another one failed', () => {
    expect(deployVerdict(deployOf({ restore: restored(true) }), ['web'], false)).toEqual({ status: 'warn', severity: 'P4', summary: 'web failed: rolled back to api:1' });
    expect(deployVerdict(deployOf({}, false), ['web'], false)).toEqual({ status: 'warn', severity: 'P4', summary: 'not deployed: web failed' });
    expect(deployVerdict(deployOf({ restore: restored(false) }), ['web'], false)).toMatchObject({ status: 'fail', severity: 'P1' });
  });

  it('shows an image change once per repository', () => {
    expect(describeChange({ container: 'app', from: 'r.example/api:main-a', to: 'r.example/api:main-b' })).toBe('app: api:main-a → main-b');
    expect(describeChange({ container: 'app', from: 'r.example/api:1', to: 'other.example/api:1' })).toBe('app: r.example/api:1 → other.example/api:1');
  });
});

describe('where a service deploy\'s time went', () => {
  it('names each stage that ran with its own duration', () => {
    const smoke = { ok: true, summary: 'smoke checks: 2 of 2 passed', results: [{ durationMs: 120 }, { durationMs: 340 }] } as NonNullable<ServiceDeploy['smoke']>;
    const migration = { ok: true, summary: 'migration exited 0', durationMs: 42_000 };
    expect(stageTimes(deployOf({ migration, rollout: { state: 'completed', service: {}, durationMs: 70_000 }, smoke }))).toBe('migrate 42s, rollout 1m 10s, smoke 340ms');
    expect(stageTimes(deployOf({ migration: { ...migration, ok: false } }))).toBe('migrate 42s');
    expect(stageTimes(deployOf({}))).toBe('–');
  });
});
