import { describe, expect, it } from 'vitest';
import { cloudRunVerdict, type RunService } from './service-status.ts';

const NAME = 'projects/p/locations/asia-northeast1/services/svc';
const ready: RunService = {
  name: NAME,
  terminalCondition: { type: 'Ready', state: 'CONDITION_SUCCEEDED' },
  latestReadyRevision: `${NAME}/revisions/svc-00002-b`,
  latestCreatedRevision: `${NAME}/revisions/svc-00002-b`,
  trafficStatuses: [{ type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST', percent: 100 }],
};

describe('Cloud Run service verdicts', () => {
  it('reads enums as numbers as well as names (enum-encoding=int)', () => {
    const numeric = { ...ready, terminalCondition: { type: 'Ready', state: 4 }, trafficStatuses: [{ type: 1, percent: 100 }] };
    expect(cloudRunVerdict(numeric, new Map())).toMatchObject({ outcome: 'pass', evidence: { ready: 'CONDITION_SUCCEEDED', traffic: 'svc-00002-b 100%' } });
  });

  it('a rollout under way is a P4 warning, not a failure, even with the newest revision not ready yet', () => {
    const rolling = { ...ready, reconciling: true, terminalCondition: { type: 'Ready', state: 'CONDITION_RECONCILING' }, latestCreatedRevision: `${NAME}/revisions/svc-00003-c` };
    expect(cloudRunVerdict(rolling, new Map())).toMatchObject({ outcome: 'warn', severity: 'P4', summary: 'a rollout is under way (CONDITION_RECONCILING)' });
  });

  it('all traffic on a revision that is not Ready is P1; a revision asked about and found Ready passes', () => {
    const pinned = { ...ready, trafficStatuses: [{ type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION', revision: 'svc-00001-a', percent: 100 }] };
    expect(cloudRunVerdict(pinned, new Map([['svc-00001-a', { type: 'Ready', state: 'CONDITION_FAILED' }]]))).toMatchObject({ outcome: 'fail', severity: 'P1' });
    expect(cloudRunVerdict(pinned, new Map([['svc-00001-a', { type: 'Ready', state: 'CONDITION_SUCCEEDED' }]])).outcome).toBe('pass');
  });
});
