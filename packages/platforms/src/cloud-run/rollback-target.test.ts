import type { protos } from '@google-cloud/run';
import { describe, expect, it } from 'vitest';
import { PREVIOUS_TRAFFIC_ANNOTATION } from './deploy.ts';
import { currentTags, newestReadyBefore, recordedTraffic, unusableRevision, withTags } from './rollback-target.ts';
import { servesSplit, splitName } from './traffic.ts';

type Revision = protos.google.cloud.run.v2.IRevision;
type Service = protos.google.cloud.run.v2.IService;

const PATH = 'projects/p/locations/asia-northeast1/services/web';
const rev = (name: string, minute: number, ready: 'CONDITION_SUCCEEDED' | 'CONDITION_FAILED' | 'CONDITION_PENDING' | number = 'CONDITION_SUCCEEDED', extra: Partial<Revision> = {}): Revision => ({
  name: `${PATH}/revisions/${name}`,
  service: PATH,
  createTime: { seconds: String(1_700_000_000 + minute * 60) },
  conditions: [{ type: 'Ready', state: ready as never, ...(ready === 'CONDITION_FAILED' ? { reason: 'CONTAINER_MISSING' as const, message: 'Image not found' } : {}) }],
  ...extra,
});
const withAnnotation = (value: string): Service => ({ annotations: { [PREVIOUS_TRAFFIC_ANNOTATION]: value } });

describe('recordedTraffic', () => {
  it('reads the split a deploy recorded, one share per revision, biggest first', () => {
    expect(recordedTraffic(withAnnotation('[{"revision":"web-00001-aaa","percent":10},{"revision":"web-00002-bbb","percent":90,"tag":"stable"}]'))).toEqual({
      ok: true,
      shares: [
        { revision: 'web-00002-bbb', percent: 90 },
        { revision: 'web-00001-aaa', percent: 10 },
      ],
    });
  });

  it('is undefined without the annotation, and says why it cannot use a broken one', () => {
    expect(recordedTraffic({})).toBeUndefined();
    expect(recordedTraffic({ annotations: {} })).toBeUndefined();
    expect(recordedTraffic(withAnnotation('{oops'))).toEqual({ ok: false, reason: `${PREVIOUS_TRAFFIC_ANNOTATION} is not JSON` });
    expect(recordedTraffic(withAnnotation('[{"revision":"web-1","percent":50}]'))).toEqual({ ok: false, reason: expect.stringContaining('percents must sum to 100') });
    expect(recordedTraffic(withAnnotation('[{"revision":"Web/../x","percent":100}]'))).toMatchObject({ ok: false });
  });
});

describe('splitName', () => {
  it('is the revision alone at 100 %, else gcloud --to-revisions pairs, biggest share first', () => {
    expect(splitName([{ revision: 'web-00002-bbb', percent: 100 }])).toBe('web-00002-bbb');
    expect(splitName([{ revision: 'web-00001-aaa', percent: 10 }, { revision: 'web-00002-bbb', percent: 90 }, { revision: 'web-00003-ccc', percent: 0, tag: 'x' }])).toBe('web-00002-bbb=90,web-00001-aaa=10');
  });
});

describe('unusableRevision', () => {
  it('accepts a Ready revision of the service; refuses another service\'s, a failed one and one still pending', () => {
    expect(unusableRevision(rev('web-00001-aaa', 1), 'web')).toBeUndefined();
    expect(unusableRevision(rev('api-00001-aaa', 1, 'CONDITION_SUCCEEDED', { service: 'projects/p/locations/asia-northeast1/services/api' }), 'web')).toBe('api-00001-aaa is a revision of service api, not of web');
    expect(unusableRevision(rev('web-00002-bbb', 2, 'CONDITION_FAILED'), 'web')).toBe('web-00002-bbb is not Ready (CONTAINER_MISSING: Image not found): it cannot serve');
    expect(unusableRevision(rev('web-00003-ccc', 3, 'CONDITION_PENDING', { reconciling: true }), 'web')).toMatch(/^web-00003-ccc is not Ready yet/);
    // Enums as numbers, as an LRO result gives them.
    expect(unusableRevision(rev('web-00004-ddd', 4, 4), 'web')).toBeUndefined();
  });
});

describe('newestReadyBefore', () => {
  const revisions = [rev('web-00001-aaa', 1), rev('web-00002-bbb', 2), rev('web-00003-ccc', 3, 'CONDITION_FAILED'), rev('web-00004-ddd', 4), rev('web-00005-eee', 5)];

  it('takes the newest Ready revision created before the serving one, skipping failed ones, whatever the list order', () => {
    expect(newestReadyBefore([...revisions].reverse(), ['web-00004-ddd'], 'web')?.name).toBe(`${PATH}/revisions/web-00002-bbb`);
    expect(newestReadyBefore(revisions, ['web-00002-bbb'], 'web')?.name).toBe(`${PATH}/revisions/web-00001-aaa`);
  });

  it('never takes a newer preview revision (no traffic) over the release before the serving one', () => {
    expect(newestReadyBefore(revisions, ['web-00004-ddd'], 'web')?.name).not.toBe(`${PATH}/revisions/web-00005-eee`);
  });

  it('with a split, goes before the newest serving revision; none left is undefined', () => {
    expect(newestReadyBefore(revisions, ['web-00002-bbb', 'web-00004-ddd'], 'web')?.name).toBe(`${PATH}/revisions/web-00001-aaa`);
    expect(newestReadyBefore(revisions, ['web-00001-aaa'], 'web')).toBeUndefined();
  });
});

describe('the traffic written', () => {
  const svc: Service = {
    latestReadyRevision: `${PATH}/revisions/web-00003-ccc`,
    trafficStatuses: [
      { type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST', percent: 100, tag: 'current' },
      { type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION', revision: 'web-00001-aaa', percent: 0, tag: 'old' },
      { type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION', revision: 'web-00002-bbb', percent: 0, tag: 'stable' },
    ],
  };

  it('keeps every tag on the revision it is on now, LATEST\'s on the latest ready revision', () => {
    expect(currentTags(svc)).toEqual([
      { revision: 'web-00003-ccc', tag: 'current' },
      { revision: 'web-00001-aaa', tag: 'old' },
      { revision: 'web-00002-bbb', tag: 'stable' },
    ]);
    expect(withTags([{ revision: 'web-00002-bbb', percent: 100 }], currentTags(svc))).toEqual([
      { revision: 'web-00002-bbb', percent: 100, tag: 'stable' },
      { revision: 'web-00003-ccc', percent: 0, tag: 'current' },
      { revision: 'web-00001-aaa', percent: 0, tag: 'old' },
    ]);
  });

  it('knows when the service serves the split, LATEST mapped to its revision', () => {
    expect(servesSplit(svc, [{ revision: 'web-00003-ccc', percent: 100 }])).toBe(true);
    expect(servesSplit(svc, [{ revision: 'web-00002-bbb', percent: 100 }])).toBe(false);
    expect(servesSplit({ trafficStatuses: [{ type: 2, revision: 'web-00002-bbb', percent: 90 }, { type: 2, revision: 'web-00001-aaa', percent: 10 }] } as Service, [{ revision: 'web-00001-aaa', percent: 10 }, { revision: 'web-00002-bbb', percent: 90 }])).toBe(true);
  });
});
