// An S3 REST double on 127.0.0.1 that speaks what @aws-sdk/client-s3 sends and reads (path-style
// URLs, SigV4-signed requests, XML answers), so the real client reaches it unchanged through
// AWS_ENDPOINT_URL_S3. It serves ListObjectsV2 (prefix, delimiter, max-keys, continuation tokens)
// and GetObject (a streamed body with Content-Length, ETag, Last-Modified); objects carry the
// LastModified a test gives them, which real S3 servers set to the upload time. Scripted faults
// answer as S3 does: AccessDenied 403, SlowDown 503 (with Retry-After when given), a request never
// answered, or a body that stops half-way.
import { createHash, randomBytes } from 'node:crypto';
import type http from 'node:http';
import { startLoopback, type Loopback } from '../harness/http-server.ts';
import { FaultScript } from './fault-script.ts';

export interface S3Object {
  bucket: string;
  key: string;
  body: Buffer;
  lastModified: Date;
  /** A multipart upload's ETag (`…-N`) instead of the body's MD5. */
  multipartParts?: number;
}

export type S3Op = 'ListObjectsV2' | 'GetObject';

export interface S3Fault {
  kind: 'access-denied' | 'slow-down' | 'hang' | 'stall-body';
  op: S3Op;
  /** How many requests it hits (all when absent). */
  calls?: number;
  retryAfterSeconds?: number;
}

export interface S3Request {
  op: S3Op | 'unknown';
  bucket: string;
  query: Record<string, string>;
  /** The SigV4 credential scope's region and service. */
  region?: string;
  service?: string;
  fault?: S3Fault['kind'];
}

const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const etagOf = (o: S3Object): string => `"${createHash('md5').update(o.body).digest('hex')}${o.multipartParts ? `-${o.multipartParts}` : ''}"`;

export class FakeS3 {
  readonly requests: S3Request[] = [];
  url = '';
  private server!: Loopback;
  private readonly faults: FaultScript<S3Fault>;
  /** Continuation tokens handed out, opaque as S3's: token → the key after which the next page starts. */
  private readonly tokens = new Map<string, string>();

  constructor(
    private readonly objects: S3Object[],
    private readonly options: { buckets: string[]; pageSize?: number; faults?: S3Fault[] },
  ) {
    this.faults = new FaultScript(options.faults);
  }

  static async start(objects: S3Object[], options: { buckets: string[]; pageSize?: number; faults?: S3Fault[] }): Promise<FakeS3> {
    const fake = new FakeS3(objects, options);
    fake.server = await startLoopback((req, res) => fake.handle(req, res));
    fake.url = fake.server.url;
    return fake;
  }

  /** What the SDK needs to reach this double unchanged. */
  env(): Record<string, string> {
    return { AWS_ENDPOINT_URL_S3: this.url, AWS_REGION: 'ap-northeast-1', AWS_ACCESS_KEY_ID: 'AKIDTEST', AWS_SECRET_ACCESS_KEY: 'test-secret', AWS_EC2_METADATA_DISABLED: 'true' };
  }

  ops(): string[] {
    return this.requests.map((r) => r.op);
  }

  close(): Promise<void> {
    return this.server.close();
  }

  private error(res: http.ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
    const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${xmlEscape(message)}</Message><RequestId>${randomBytes(8).toString('hex').toUpperCase()}</RequestId></Error>`;
    res.writeHead(status, { 'content-type': 'application/xml', 'x-amz-request-id': randomBytes(8).toString('hex'), ...headers });
    res.end(body);
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', this.url);
    const [, bucket = '', ...rest] = url.pathname.split('/');
    const key = decodeURIComponent(rest.join('/'));
    const query = Object.fromEntries(url.searchParams);
    const scope = /Credential=[^/]+\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(req.headers.authorization ?? '');
    const op: S3Op | 'unknown' = req.method === 'GET' && !key && query['list-type'] === '2' ? 'ListObjectsV2' : req.method === 'GET' && key ? 'GetObject' : 'unknown';
    const logged: S3Request = { op, bucket, query, ...(scope ? { region: scope[1], service: scope[2] } : {}) };
    this.requests.push(logged);
    req.resume();
    if (!scope || !(req.headers['x-amz-date'] ?? '')) return this.error(res, 403, 'AccessDenied', 'Request is not signed');
    if (op === 'unknown') return this.error(res, 405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.');
    if (!this.options.buckets.includes(bucket)) return this.error(res, 404, 'NoSuchBucket', 'The specified bucket does not exist');
    const fault = this.faults.next(op);
    if (fault) logged.fault = fault.kind;
    if (fault?.kind === 'access-denied') return this.error(res, 403, 'AccessDenied', 'Access Denied');
    if (fault?.kind === 'slow-down') return this.error(res, 503, 'SlowDown', 'Please reduce your request rate.', fault.retryAfterSeconds === undefined ? {} : { 'retry-after': String(fault.retryAfterSeconds) });
    if (fault?.kind === 'hang') return this.server.track(res);
    if (op === 'ListObjectsV2') return this.list(res, bucket, query);
    const object = this.objects.find((o) => o.bucket === bucket && o.key === key);
    if (!object) return this.error(res, 404, 'NoSuchKey', 'The specified key does not exist.');
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': String(object.body.length),
      etag: etagOf(object),
      'last-modified': object.lastModified.toUTCString(),
      'accept-ranges': 'bytes',
    });
    if (fault?.kind === 'stall-body') {
      // Half the body, then nothing: the connection stays open until the client gives up.
      res.write(object.body.subarray(0, Math.floor(object.body.length / 2)));
      this.server.track(res);
      return;
    }
    // In chunks, as a socket delivers a large object.
    for (let i = 0; i < object.body.length; i += 64 * 1024) res.write(object.body.subarray(i, i + 64 * 1024));
    res.end();
  }

  private list(res: http.ServerResponse, bucket: string, query: Record<string, string>): void {
    const prefix = query.prefix ?? '';
    const delimiter = query.delimiter ?? '';
    const maxKeys = Math.min(Number(query['max-keys'] ?? 1000), this.options.pageSize ?? 1000);
    const after = query['continuation-token'] ? this.tokens.get(query['continuation-token']) : query['start-after'];
    if (query['continuation-token'] && after === undefined) return this.error(res, 400, 'InvalidArgument', 'The continuation token provided is incorrect');
    const contents: S3Object[] = [];
    const prefixes = new Set<string>();
    const keys = this.objects.filter((o) => o.bucket === bucket && o.key.startsWith(prefix)).sort((a, b) => (a.key < b.key ? -1 : 1));
    let truncated = false;
    let last = '';
    for (const object of keys) {
      if (after !== undefined && object.key <= after) continue;
      const cut = delimiter ? object.key.indexOf(delimiter, prefix.length) : -1;
      const common = cut >= 0 ? object.key.slice(0, cut + delimiter.length) : undefined;
      if (common && prefixes.has(common)) continue;
      if (contents.length + prefixes.size >= maxKeys) {
        truncated = true;
        break;
      }
      if (common) prefixes.add(common);
      else contents.push(object);
      last = object.key;
    }
    let next = '';
    if (truncated) {
      next = randomBytes(12).toString('base64');
      this.tokens.set(next, last);
    }
    const body = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">',
      `<Name>${xmlEscape(bucket)}</Name><Prefix>${xmlEscape(prefix)}</Prefix>`,
      delimiter ? `<Delimiter>${xmlEscape(delimiter)}</Delimiter>` : '',
      `<MaxKeys>${maxKeys}</MaxKeys><KeyCount>${contents.length + prefixes.size}</KeyCount><IsTruncated>${truncated}</IsTruncated>`,
      query['continuation-token'] ? `<ContinuationToken>${xmlEscape(query['continuation-token'])}</ContinuationToken>` : '',
      truncated ? `<NextContinuationToken>${xmlEscape(next)}</NextContinuationToken>` : '',
      ...contents.map(
        (o) =>
          `<Contents><Key>${xmlEscape(o.key)}</Key><LastModified>${o.lastModified.toISOString()}</LastModified><ETag>${xmlEscape(etagOf(o))}</ETag><Size>${o.body.length}</Size><StorageClass>STANDARD</StorageClass></Contents>`,
      ),
      ...[...prefixes].map((p) => `<CommonPrefixes><Prefix>${xmlEscape(p)}</Prefix></CommonPrefixes>`),
      '</ListBucketResult>',
    ].join('');
    res.writeHead(200, { 'content-type': 'application/xml', 'x-amz-request-id': randomBytes(8).toString('hex') });
    res.end(body);
  }
}
