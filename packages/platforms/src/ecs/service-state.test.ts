import type { Deployment, Service } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import { assessDeployment, capturedRevision, ecsRollbackExpected, newEvents } from './service-state.ts';

const td = (n: number): string => `arn:aws:ecs:ap-northeast-1:123456789012:task-definition/api:${n}`;
const dep = (id: string, n: number, extra: Partial<Deployment> = {}): Deployment => ({ id, taskDefinition: td(n), status: 'PRIMARY', desiredCount: 2, runningCount: 0, pendingCount: 0, ...extra });
const svc = (deployments: Deployment[], extra: Partial<Service> = {}): Service => ({ taskDefinition: deployments.find((d) => d.status === 'PRIMARY')?.taskDefinition, deployments, ...extra });

describe('the revision a failed deploy goes back to', () => {
  it('is the one whose rollout last completed, not the PRIMARY in progress or failed', () => {
    expect(capturedRevision(svc([dep('new', 5, { rolloutState: 'COMPLETED', runningCount: 2 })]))).toBe(td(5));
    expect(capturedRevision(svc([dep('new', 6, { rolloutState: 'IN_PROGRESS' }), dep('old', 5, { status: 'ACTIVE', rolloutState: 'COMPLETED' })]))).toBe(td(5));
    expect(capturedRevision(svc([dep('new', 6, { rolloutState: 'FAILED' }), dep('old', 5, { status: 'ACTIVE', rolloutState: 'COMPLETED' })]))).toBe(td(5));
  });

  it('without rolloutState, is the older deployment that still serves', () => {
    expect(capturedRevision(svc([dep('new', 6), dep('old', 5, { status: 'ACTIVE', runningCount: 2 })]))).toBe(td(5));
    expect(capturedRevision(svc([dep('only', 5, { runningCount: 2 })]))).toBe(td(5));
  });
});

describe('following one deployment id', () => {
  it('is in progress, then completed on PRIMARY + COMPLETED', () => {
    expect(assessDeployment(svc([dep('d1', 6, { rolloutState: 'IN_PROGRESS', runningCount: 1, pendingCount: 1 }), dep('d0', 5, { status: 'ACTIVE' })]), 'd1', td(6), td(5))).toEqual({
      state: 'in-progress',
      progress: 'IN_PROGRESS: 1/2 running, 1 pending',
    });
    expect(assessDeployment(svc([dep('d1', 6, { rolloutState: 'COMPLETED', runningCount: 2 })]), 'd1', td(6), td(5)).state).toBe('completed');
  });

  it('fails at once on FAILED, and recognises the rollback ECS started', () => {
    const rollback = dep('d2', 5, { rolloutState: 'IN_PROGRESS' });
    const failed = assessDeployment(svc([rollback, dep('d1', 6, { status: 'INACTIVE', rolloutState: 'FAILED', rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.' })]), 'd1', td(6), td(5));
    expect(failed).toEqual({ state: 'failed', reason: 'ECS deployment circuit breaker: tasks failed to start', ecsRollback: rollback });
    expect(assessDeployment(svc([dep('d1', 6, { rolloutState: 'FAILED' }), dep('d0', 5, { status: 'ACTIVE' })]), 'd1', td(6), td(5))).toEqual({ state: 'failed', reason: 'the rollout failed' });
  });

  it('fails when the id is gone, with the reason from its last event', () => {
    const service = svc([dep('d2', 5, { rolloutState: 'IN_PROGRESS' })], { events: [{ id: 'e1', message: '(service api) (deployment d1) deployment failed: tasks failed to start.' }] });
    expect(assessDeployment(service, 'd1', td(6), td(5))).toMatchObject({ state: 'failed', reason: 'deployment d1 is gone: it failed (tasks failed to start)', ecsRollback: { id: 'd2' } });
  });

  it('fails when another deployment replaced it', () => {
    const service = svc([dep('d9', 7, { rolloutState: 'IN_PROGRESS' }), dep('d1', 6, { status: 'ACTIVE', rolloutState: 'IN_PROGRESS' })]);
    expect(assessDeployment(service, 'd1', td(6), td(5))).toEqual({ state: 'failed', reason: 'deployment d1 was replaced by d9 on api:7' });
  });

  it('follows a PRIMARY that replaced a rollback on the same revision (ECS rolling back after we did) to its end', () => {
    const ours = dep('d3', 5, { status: 'ACTIVE', rolloutState: 'IN_PROGRESS' });
    expect(assessDeployment(svc([dep('d4', 5, { rolloutState: 'IN_PROGRESS', runningCount: 1 }), ours]), 'd3', td(5))).toEqual({ state: 'in-progress', progress: 'via d4: IN_PROGRESS: 1/2 running, 0 pending' });
    expect(assessDeployment(svc([dep('d4', 5, { rolloutState: 'COMPLETED', runningCount: 2 })]), 'd3', td(5)).state).toBe('completed');
    expect(assessDeployment(svc([dep('d4', 5, { rolloutState: 'FAILED' })]), 'd3', td(5))).toEqual({ state: 'failed', reason: 'the rollout failed' });
  });

  it('expects a rollback by ECS only when its circuit breaker rolls back and failed our deployment', () => {
    const breaker = (rollback: boolean): Partial<Service> => ({ deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback } } });
    const failed = [dep('d1', 6, { rolloutState: 'FAILED' }), dep('d0', 5, { status: 'ACTIVE' })];
    expect(ecsRollbackExpected(svc(failed, breaker(true)), 'd1')).toBe(true);
    expect(ecsRollbackExpected(svc([dep('d0', 5)], breaker(true)), 'd1')).toBe(true);
    expect(ecsRollbackExpected(svc(failed, breaker(false)), 'd1')).toBe(false);
    expect(ecsRollbackExpected(svc([dep('d1', 6, { rolloutState: 'COMPLETED' })], breaker(true)), 'd1')).toBe(false);
  });

  it('without rolloutState, completes on one deployment with every task running the new revision', () => {
    expect(assessDeployment(svc([dep('d1', 6, { runningCount: 2 }), dep('d0', 5, { status: 'ACTIVE', runningCount: 2 })]), 'd1', td(6)).state).toBe('in-progress');
    expect(assessDeployment(svc([dep('d1', 6, { runningCount: 1 })]), 'd1', td(6)).state).toBe('in-progress');
    expect(assessDeployment(svc([dep('d1', 6, { runningCount: 2 })]), 'd1', td(6)).state).toBe('completed');
  });

  it('streams events once each, oldest first', () => {
    const seen = new Set(['e1']);
    const service = svc([], { events: [{ id: 'e3', message: 'third' }, { id: 'e2', message: 'second' }, { id: 'e1', message: 'first' }] });
    expect(newEvents(service, seen).map((e) => e.message)).toEqual(['second', 'third']);
    expect(newEvents(service, seen)).toEqual([]);
  });
});
