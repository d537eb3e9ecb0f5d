import { describe, expect, it } from 'vitest';
import { previousRevision, revisionsToDeregister, rollbackTargetProblem } from './revisions.ts';

const td = (family: string, n: number): string => `arn:aws:ecs:ap-northeast-1:123456789012:task-definition/${family}:${n}`;
const api = (n: number): string => td('api', n);

describe('revisions', () => {
  it('keep-revisions: keeps the newest N and every protected one', () => {
    const active = [8, 7, 6, 5, 4, 3].map(api);
    expect(revisionsToDeregister(active, 2, new Set([api(8), api(5), api(3)]))).toEqual([api(6), api(4)]);
    expect(revisionsToDeregister(active, 10, new Set())).toEqual([]);
  });

  it('previous: the older deployment while one is on the service, else the ACTIVE revision below the current', () => {
    expect(previousRevision({ taskDefinition: api(9), deployments: [{ status: 'PRIMARY', taskDefinition: api(9) }, { status: 'ACTIVE', taskDefinition: api(4) }] }, [])).toBe(api(4));
    // :8 was deregistered, so it is not in the ACTIVE list; :10 is newer than what runs.
    expect(previousRevision({ taskDefinition: api(9), deployments: [{ status: 'PRIMARY', taskDefinition: api(9) }] }, [api(10), api(9), api(7), api(6)])).toBe(api(7));
    expect(previousRevision({ taskDefinition: api(1), deployments: [] }, [api(1)])).toBeUndefined();
  });

  it('refuses another family or an INACTIVE revision', () => {
    expect(rollbackTargetProblem(api(9), { taskDefinitionArn: api(7), family: 'api', status: 'ACTIVE' })).toBeUndefined();
    expect(rollbackTargetProblem(api(9), { taskDefinitionArn: td('web', 2), family: 'web', status: 'ACTIVE' })).toBe('web:2 is of family web, but the service runs family api; roll back within the family');
    expect(rollbackTargetProblem(api(9), { taskDefinitionArn: api(3), family: 'api', status: 'INACTIVE' })).toBe('api:3 is INACTIVE (deregistered): ECS cannot start it; choose an ACTIVE revision');
  });
});
