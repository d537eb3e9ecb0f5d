import type { protos } from '@google-cloud/run';
import { describe, expect, it } from 'vitest';
import { canarySplit, describeTraffic, pinned, restoreTraffic, routeTraffic, servingSnapshot, taggedAtZero, toTargets, trafficJson } from './traffic.ts';

const P = 'projects/p/locations/asia-northeast1/services/svc/revisions/';
// As the REST client's unary results give it: enum names, full names for latestReadyRevision.
type Status = protos.google.cloud.run.v2.ITrafficTargetStatus;
const service = (statuses: Status[], traffic: Status[] = statuses): protos.google.cloud.run.v2.IService => ({
  latestReadyRevision: `${P}svc-00003-ccc`,
  trafficStatuses: statuses,
  traffic,
});
const LATEST = 'TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST' as const;
const REVISION = 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION' as const;

describe('the serving snapshot', () => {
  it('maps LATEST to the latest ready revision, drops 0 %, keeps tags', () => {
    const svc = service([
      { type: LATEST, percent: 70 },
      { type: REVISION, revision: 'svc-00001-aaa', percent: 30, tag: 'stable' },
      { type: REVISION, revision: 'svc-00002-bbb', percent: 0, tag: 'preview' },
    ]);
    expect(servingSnapshot(svc)).toEqual([
      { revision: 'svc-00003-ccc', percent: 70 },
      { revision: 'svc-00001-aaa', percent: 30, tag: 'stable' },
    ]);
    expect(taggedAtZero(svc)).toEqual([{ revision: 'svc-00002-bbb', percent: 0, tag: 'preview' }]);
  });

  it('reads enums sent as numbers (LRO results) and revisions as full names', () => {
    const svc = service([{ type: 1, percent: 50 }, { type: 2, revision: `${P}svc-00001-aaa`, percent: 50 }]);
    expect(servingSnapshot(svc)).toEqual([
      { revision: 'svc-00003-ccc', percent: 50 },
      { revision: 'svc-00001-aaa', percent: 50 },
    ]);
  });

  it('is written back as explicit REVISION targets, never LATEST, with every tag', () => {
    const svc = service([{ type: LATEST, percent: 100 }, { type: REVISION, revision: 'svc-00002-bbb', percent: 0, tag: 'preview' }]);
    expect(toTargets(restoreTraffic(servingSnapshot(svc), taggedAtZero(svc)))).toEqual([
      { type: REVISION, revision: 'svc-00003-ccc', percent: 100 },
      { type: REVISION, revision: 'svc-00002-bbb', percent: 0, tag: 'preview' },
    ]);
  });
});

describe('a canary split', () => {
  it('gives the new revision N % and the rest in the old proportions, summing to 100', () => {
    const split = canarySplit([{ revision: 'a', percent: 50 }, { revision: 'b', percent: 30 }, { revision: 'c', percent: 20 }], 'new', 10);
    expect(split).toEqual([
      { revision: 'new', percent: 10 },
      { revision: 'a', percent: 45 },
      { revision: 'b', percent: 27 },
      { revision: 'c', percent: 18 },
    ]);
  });

  it('rounds to integers by the largest remainder, summing to 100 for any N', () => {
    for (let n = 1; n < 100; n++) {
      const split = canarySplit([{ revision: 'a', percent: 33 }, { revision: 'b', percent: 33 }, { revision: 'c', percent: 34 }], 'new', n);
      expect(split.reduce((sum, s) => sum + s.percent, 0), `N=${n}`).toBe(100);
      expect(split.every((s) => Number.isInteger(s.percent))).toBe(true);
    }
    expect(canarySplit([{ revision: 'a', percent: 50 }, { revision: 'b', percent: 50 }], 'new', 11)).toEqual([
      { revision: 'new', percent: 11 },
      { revision: 'a', percent: 45 },
      { revision: 'b', percent: 44 },
    ]);
  });

  it('keeps a serving tag that rounds to 0 % at 0 %', () => {
    expect(canarySplit([{ revision: 'a', percent: 99 }, { revision: 'b', percent: 1, tag: 'old' }], 'new', 90)).toEqual([
      { revision: 'new', percent: 90 },
      { revision: 'a', percent: 10 },
      { revision: 'b', percent: 0, tag: 'old' },
    ]);
  });
});

describe('the traffic of a deploy', () => {
  const svc = service([
    { type: REVISION, revision: 'svc-00001-aaa', percent: 100, tag: 'stable' },
    { type: REVISION, revision: 'svc-00002-bbb', percent: 0, tag: 'candidate' },
  ]);

  it('routes LATEST 100 % by default, tags left on their revisions', () => {
    expect(routeTraffic(svc, { revision: 'svc-00004-new' })).toEqual([
      { percent: 100 },
      { revision: 'svc-00001-aaa', percent: 0, tag: 'stable' },
      { revision: 'svc-00002-bbb', percent: 0, tag: 'candidate' },
    ]);
  });

  it('with no traffic keeps the split and adds the new revision at 0 % with its tag', () => {
    expect(routeTraffic(svc, { revision: 'svc-00004-new', percent: 0, tag: 'next' })).toEqual([
      { revision: 'svc-00001-aaa', percent: 100, tag: 'stable' },
      { revision: 'svc-00002-bbb', percent: 0, tag: 'candidate' },
      { revision: 'svc-00004-new', percent: 0, tag: 'next' },
    ]);
  });

  it('moves only the tag it is given (an old revision loses it, others keep theirs)', () => {
    expect(routeTraffic(svc, { revision: 'svc-00004-new', percent: 10, tag: 'candidate' })).toEqual([
      { revision: 'svc-00004-new', percent: 10, tag: 'candidate' },
      { revision: 'svc-00001-aaa', percent: 90, tag: 'stable' },
    ]);
  });
});

describe('reading traffic', () => {
  it('says when traffic is pinned to revisions', () => {
    expect(pinned(service([{ type: REVISION, revision: 'a', percent: 100 }]))).toBe(true);
    expect(pinned(service([{ type: 1, percent: 100 }]))).toBe(false);
  });

  it('describes and outputs the split', () => {
    const svc = service([{ type: LATEST, percent: 90 }, { type: REVISION, revision: 'svc-00001-aaa', percent: 10, tag: 'old' }]);
    expect(describeTraffic(servingSnapshot(svc))).toBe('svc-00003-ccc 90 %, svc-00001-aaa 10 % (tag old)');
    expect(JSON.parse(trafficJson(svc))).toEqual([
      { revision: 'svc-00003-ccc', percent: 90 },
      { revision: 'svc-00001-aaa', percent: 10, tag: 'old' },
    ]);
  });
});
