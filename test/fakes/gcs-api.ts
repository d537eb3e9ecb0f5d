// A Cloud Storage JSON API double on 127.0.0.1 that @google-cloud/storage reaches unchanged through
// STORAGE_EMULATOR_HOST: objects.list (`GET /b/BUCKET/o` with prefix, delimiter, maxResults and
// pageToken, answering items, prefixes and nextPageToken) and the media download
// (`GET /b/BUCKET/o/NAME?alt=media`, a streamed body). Paths are served with or without the
// `/storage/v1` root. Errors have the API's JSON shape; scripted faults give 403s naming the
// missing permission, 503s and requests that are never answered.
import { createHash, randomBytes } from 'node:crypto';
import type http from 'node:http';
import { startLoopback, type Loopback } from '../harness/http-server.ts';
import { FaultScript } from './fault-script.ts';

export interface GcsObject {
  bucket: string;
  name: string;
  body: Buffer;
  updated: Date;
}

export type GcsOp = 'objects.list' | 'objects.get';

export interface GcsFault {
  kind: 'forbidden' | 'unavailable' | 'hang';
  op: GcsOp;
  calls?: number;
}

export interface GcsRequest {
  op: GcsOp | 'unknown';
  bucket: string;
  query: Record<string, string>;
  fault?: GcsFault['kind'];
}

export class FakeGcs {
  readonly requests: GcsRequest[] = [];
  url = '';
  private server!: Loopback;
  private readonly faults: FaultScript<GcsFault>;
  private readonly tokens = new Map<string, string>();

  private constructor(
    private readonly objects: GcsObject[],
    private readonly options: { buckets: string[]; pageSize?: number; faults?: GcsFault[] },
  ) {
    this.faults = new FaultScript(options.faults);
  }

  static async start(objects: GcsObject[], options: { buckets: string[]; pageSize?: number; faults?: GcsFault[] }): Promise<FakeGcs> {
    const fake = new FakeGcs(objects, options);
    fake.server = await startLoopback((req, res) => fake.handle(req, res));
    fake.url = fake.server.url;
    return fake;
  }

  env(): Record<string, string> {
    return { STORAGE_EMULATOR_HOST: this.url, GOOGLE_CLOUD_PROJECT: 'test-project' };
  }

  ops(): string[] {
    return this.requests.map((r) => r.op);
  }

  close(): Promise<void> {
    return this.server.close();
  }

  private error(res: http.ServerResponse, code: number, reason: string, message: string): void {
    res.writeHead(code, { 'content-type': 'application/json; charset=UTF-8' });
    res.end(JSON.stringify({ error: { code, message, errors: [{ domain: 'global', reason, message }] } }));
  }

  private resource(o: GcsObject): Record<string, unknown> {
    return {
      kind: 'storage#object',
      id: `${o.bucket}/${o.name}/1`,
      name: o.name,
      bucket: o.bucket,
      generation: '1',
      metageneration: '1',
      contentType: 'application/octet-stream',
      storageClass: 'STANDARD',
      size: String(o.body.length),
      md5Hash: createHash('md5').update(o.body).digest('base64'),
      timeCreated: o.updated.toISOString(),
      updated: o.updated.toISOString(),
    };
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', this.url);
    const path = url.pathname.replace(/^\/(download\/)?storage\/v1/, '');
    const query = Object.fromEntries(url.searchParams);
    const m = /^\/b\/([^/]+)\/o(?:\/(.+))?$/.exec(path);
    const bucket = decodeURIComponent(m?.[1] ?? '');
    const name = m?.[2] === undefined ? undefined : decodeURIComponent(m[2]);
    const op: GcsOp | 'unknown' = req.method !== 'GET' || !m ? 'unknown' : name === undefined ? 'objects.list' : 'objects.get';
    const logged: GcsRequest = { op, bucket, query };
    this.requests.push(logged);
    req.resume();
    if (op === 'unknown') return this.error(res, 404, 'notFound', `Not Found: ${req.method} ${url.pathname}`);
    const fault = this.faults.next(op);
    if (fault) {
      logged.fault = fault.kind;
      if (fault.kind === 'hang') return this.server.track(res);
      if (fault.kind === 'unavailable') return this.error(res, 503, 'backendError', 'We encountered an internal error. Please try again.');
      const permission = op === 'objects.list' ? 'storage.objects.list' : 'storage.objects.get';
      return this.error(res, 403, 'forbidden', `ci@test-project.iam.gserviceaccount.com does not have ${permission} access to the Google Cloud Storage ${op === 'objects.list' ? 'bucket' : 'object'}. Permission '${permission}' denied on resource (or it may not exist).`);
    }
    if (!this.options.buckets.includes(bucket)) return this.error(res, 404, 'notFound', 'The specified bucket does not exist.');
    if (op === 'objects.list') return this.list(res, bucket, query);
    const object = this.objects.find((o) => o.bucket === bucket && o.name === name);
    if (!object) return this.error(res, 404, 'notFound', `No such object: ${bucket}/${name}`);
    if (query.alt !== 'media') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(this.resource(object)));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(object.body.length), 'x-goog-generation': '1', 'x-goog-stored-content-length': String(object.body.length) });
    for (let i = 0; i < object.body.length; i += 64 * 1024) res.write(object.body.subarray(i, i + 64 * 1024));
    res.end();
  }

  private list(res: http.ServerResponse, bucket: string, query: Record<string, string>): void {
    const prefix = query.prefix ?? '';
    const delimiter = query.delimiter ?? '';
    const max = Math.min(Number(query.maxResults ?? 1000), this.options.pageSize ?? 1000);
    const after = query.pageToken ? this.tokens.get(query.pageToken) : undefined;
    if (query.pageToken && after === undefined) return this.error(res, 400, 'invalid', 'Invalid page token');
    const items: GcsObject[] = [];
    const prefixes = new Set<string>();
    let last = '';
    let more = false;
    for (const o of this.objects.filter((x) => x.bucket === bucket && x.name.startsWith(prefix)).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (after !== undefined && o.name <= after) continue;
      const cut = delimiter ? o.name.indexOf(delimiter, prefix.length) : -1;
      const common = cut >= 0 ? o.name.slice(0, cut + delimiter.length) : undefined;
      if (common && prefixes.has(common)) continue;
      if (items.length + prefixes.size >= max) {
        more = true;
        break;
      }
      if (common) prefixes.add(common);
      else items.push(o);
      last = o.name;
    }
    const body: Record<string, unknown> = { kind: 'storage#objects' };
    if (items.length) body.items = items.map((o) => this.resource(o));
    if (prefixes.size) body.prefixes = [...prefixes];
    if (more) {
      const token = randomBytes(9).toString('base64url');
      this.tokens.set(token, last);
      body.nextPageToken = token;
    }
    res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' });
    res.end(JSON.stringify(body));
  }
}
