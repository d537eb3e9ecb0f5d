import { describe, expect, it } from 'vitest';
import type { protos } from '@google-cloud/run';
import { conditionState, failingCondition, revisionReadiness, serviceReadiness, shortName, timestampMs } from './service-state.ts';

type Condition = protos.google.cloud.run.v2.ICondition;
const P = 'projects/p/locations/l/services/svc/revisions/';
const done = { reconciling: false, generation: '3', observedGeneration: '3', latestCreatedRevision: `${P}svc-3`, latestReadyRevision: `${P}svc-3` };

describe('a service after a change', () => {
  it('is ready when reconciled, its generation observed, its terminal condition succeeded and the latest revision ready', () => {
    expect(serviceReadiness({ ...done, terminalCondition: { type: 'Ready', state: 'CONDITION_SUCCEEDED' } })).toEqual({ state: 'ready' });
    expect(serviceReadiness({ ...done, terminalCondition: { type: 'Ready', state: 4 } })).toEqual({ state: 'ready' });
  });

  it('is pending while reconciling or before its generation is observed', () => {
    expect(serviceReadiness({ ...done, reconciling: true, terminalCondition: { state: 'CONDITION_SUCCEEDED' } }).state).toBe('pending');
    expect(serviceReadiness({ ...done, observedGeneration: '2', terminalCondition: { state: 'CONDITION_SUCCEEDED' } }).state).toBe('pending');
  });

  it('has failed with the terminal condition reason, or when the newest revision is not the ready one', () => {
    expect(serviceReadiness({ ...done, terminalCondition: { type: 'Ready', state: 'CONDITION_FAILED', reason: 'REVISION_FAILED', message: 'Revision svc-3 is not ready' } })).toEqual({
      state: 'failed',
      reason: 'REVISION_FAILED: Revision svc-3 is not ready',
    });
    expect(serviceReadiness({ ...done, latestReadyRevision: `${P}svc-2`, terminalCondition: { state: 'CONDITION_SUCCEEDED' } })).toEqual({
      state: 'failed',
      reason: 'svc-3 did not become ready (svc-2 is the latest ready one)',
    });
  });
});

describe('a revision', () => {
  it('is read from its own Ready condition', () => {
    expect(revisionReadiness({ conditions: [{ type: 'Ready', state: 'CONDITION_SUCCEEDED' }] })).toEqual({ state: 'ready' });
    expect(revisionReadiness({ reconciling: true, conditions: [{ type: 'Ready', state: 'CONDITION_RECONCILING' }] }).state).toBe('pending');
  });

  it('shows the specific failed condition before Ready', () => {
    const conditions: Condition[] = [
      { type: 'Ready', state: 3, reason: 'CONTAINER_MISSING', message: 'not ready' },
      { type: 'ContainerHealthy', state: 'CONDITION_FAILED', revisionReason: 'HEALTH_CHECK_CONTAINER_ERROR', message: 'The user-provided container failed to start and listen on the port PORT=8080' },
    ];
    expect(revisionReadiness({ conditions })).toEqual({ state: 'failed', reason: 'HEALTH_CHECK_CONTAINER_ERROR: The user-provided container failed to start and listen on the port PORT=8080' });
    expect(failingCondition([{ type: 'Ready', state: 'CONDITION_FAILED' }])).toBe('Ready failed');
    expect(failingCondition([{ type: 'Ready', state: 'CONDITION_SUCCEEDED' }])).toBeUndefined();
  });
});

describe('names and values', () => {
  it('short names are the last path segment', () => {
    expect(shortName(`${P}svc-00042-abc`)).toBe('svc-00042-abc');
    expect(shortName('svc-00042-abc')).toBe('svc-00042-abc');
    expect(shortName(undefined)).toBe('');
  });

  it('condition states and timestamps come as names or numbers, strings or seconds', () => {
    expect(conditionState(3)).toBe('CONDITION_FAILED');
    expect(conditionState('CONDITION_PENDING')).toBe('CONDITION_PENDING');
    expect(conditionState('nonsense')).toBe('STATE_UNSPECIFIED');
    expect(timestampMs('2026-01-02T03:04:05.500Z')).toBe(Date.parse('2026-01-02T03:04:05.500Z'));
    expect(timestampMs({ seconds: '10', nanos: 5e8 })).toBe(10_500);
  });
});
