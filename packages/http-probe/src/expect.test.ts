import { describe, expect, it } from 'vitest';
import { isSubset, mismatch, project } from './expect.ts';
import type { HttpResponse } from './request.ts';

const response = (status: number, body: string): HttpResponse => ({ status, body, headers: {}, url: 'http://x/', redirects: 0, latencyMs: 1 });

describe('isSubset', () => {
  it('matches nested objects by the expected keys only', () => {
    expect(isSubset({ status: 'healthy' }, { status: 'healthy', version: '1' })).toBe(true);
    expect(isSubset({ db: { ok: true } }, { db: { ok: true, ms: 3 } })).toBe(true);
    expect(isSubset({ db: { ok: true } }, { db: { ok: 'true' } })).toBe(false);
    expect(isSubset({ ollama_reachable: true }, {})).toBe(false);
    expect(isSubset({ list: [1, 2] }, { list: [1, 2] })).toBe(true);
    expect(isSubset({ list: [1] }, { list: [1, 2] })).toBe(false);
  });

  it('projects the actual body onto the expected keys', () => {
    expect(project({ status: 'healthy', ollama_reachable: true }, { status: 'healthy', ollama_reachable: false, uptime: 9 })).toEqual({ status: 'healthy', ollama_reachable: false });
  });
});

describe('mismatch', () => {
  const healthy = { status: [{ min: 200, max: 200 }], json: { status: 'healthy' } };
  it('says nothing when the response meets the expectation', () => expect(mismatch(healthy, response(200, '{"status":"healthy"}'))).toBeUndefined());
  it('names the status first', () => expect(mismatch(healthy, response(503, '{"status":"healthy"}'))).toBe('expected status 200, got 503'));
  it('hints at credentials on 401', () => expect(mismatch(healthy, response(401, ''))).toContain('check basic-auth'));
  it('shows like for like', () => expect(mismatch(healthy, response(200, '{"status":"degraded","x":1}'))).toBe('expected {"status":"healthy"}, got {"status":"degraded"}'));
  it('says when the body is not JSON', () => expect(mismatch(healthy, response(200, '<html>'))).toBe('expected JSON {"status":"healthy"}, got a body that is not JSON: "<html>"'));
  it('checks the body regex', () => expect(mismatch({ status: [{ min: 200, max: 299 }], body: /ready/ }, response(204, 'starting'))).toBe('expected the body to match /ready/, got "starting"'));
});
