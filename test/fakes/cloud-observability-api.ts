import http from 'node:http';
import type { AddressInfo } from 'node:net';

// Cloud Logging v2 and Cloud Monitoring v3 as their REST transport (google-gax's fallback, used by
// @google-cloud/logging-api and @google-cloud/monitoring) speaks to them, as observed on the wire:
//  - POST /v2/entries:list?$alt=json;enum-encoding=int, a JSON body {resourceNames, filter,
//    orderBy, pageSize, pageToken} → {entries[], nextPageToken}; jsonPayload as plain JSON.
//  - GET /v3/projects/{p}/timeSeries?filter=…&interval.startTime=RFC3339&interval.endTime=…
//    &aggregation.alignmentPeriod=300s&aggregation.perSeriesAligner=20&aggregation.crossSeriesReducer=4
//    &aggregation.groupByFields=…&view=0&pageToken=… (enums as numbers or names) → {timeSeries[], nextPageToken}.
// Errors are Google's JSON {error: {code, message, status}} with the HTTP status.

type Json = Record<string, unknown>;

export interface GoogleFaults {
  /** Every request refused with 403 PERMISSION_DENIED, as IAM refuses a service account without the permission. */
  denied?: string;
  /** The first this many requests get 429 RESOURCE_EXHAUSTED. */
  throttleFirst?: number;
  /** The first this many requests are never answered. */
  hangFirst?: number;
}

export interface GoogleRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: Json;
  headers: http.IncomingHttpHeaders;
}

const STATUS: Record<number, string> = { 400: 'INVALID_ARGUMENT', 403: 'PERMISSION_DENIED', 404: 'NOT_FOUND', 429: 'RESOURCE_EXHAUSTED' };

abstract class GoogleDouble {
  readonly requests: GoogleRequest[] = [];
  url = '';
  private readonly server: http.Server;
  private readonly hung: http.ServerResponse[] = [];
  private seen = 0;
  private readonly faults: GoogleFaults;

  protected constructor(faults: GoogleFaults) {
    this.faults = faults;
    this.server = http.createServer((req, res) => void this.receive(req, res));
  }

  protected async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    for (const res of this.hung) res.destroy();
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  protected error(res: http.ServerResponse, status: number, message: string): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' }).end(JSON.stringify({ error: { code: status, message, status: STATUS[status] ?? 'UNKNOWN' } }));
  }

  protected abstract handle(req: GoogleRequest, res: http.ServerResponse): void;

  private async receive(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://double');
    let body: Json;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Json;
    } catch {
      return this.error(res, 400, 'Invalid JSON payload received.');
    }
    this.requests.push({ method: req.method ?? '', path: url.pathname, query: url.searchParams, body, headers: req.headers });
    const n = this.seen++;
    if (n < (this.faults.hangFirst ?? 0)) return void this.hung.push(res);
    if (this.faults.denied) return this.error(res, 403, `Permission '${this.faults.denied}' denied on resource (or it may not exist).`);
    if (n < (this.faults.hangFirst ?? 0) + (this.faults.throttleFirst ?? 0)) return this.error(res, 429, 'Quota exceeded for quota metric \'Read requests\' and limit \'Read requests per minute\'.');
    this.handle(this.requests[this.requests.length - 1] as GoogleRequest, res);
  }
}

/** `a="b" AND c>=D AND …` → its terms. The doubles read only conjunctions, as status-check writes them. */
function terms(filter: string): { field: string; op: string; value: string }[] {
  return filter.split(/\s+AND\s+/).map((t) => {
    const m = /^\s*([\w.]+)\s*(>=|<=|=|>|<)\s*(?:"((?:[^"\\]|\\.)*)"|([\w-]+))\s*$/.exec(t);
    if (!m) throw new Error(`the double does not read the filter term ${JSON.stringify(t)}`);
    return { field: m[1] as string, op: m[2] as string, value: (m[3] ?? m[4] ?? '').replace(/\\(.)/g, '$1') };
  });
}

const SEVERITIES = ['DEFAULT', 'DEBUG', 'INFO', 'NOTICE', 'WARNING', 'ERROR', 'CRITICAL', 'ALERT', 'EMERGENCY'];

/** One log entry of a Cloud Run revision, written this many seconds ago. */
export interface LogEntrySeed {
  service: string;
  severity: string;
  agoSeconds: number;
  text?: string;
  json?: Json;
}

export class FakeCloudLogging extends GoogleDouble {
  private readonly entries: LogEntrySeed[];
  private readonly maxPageSize: number;

  private constructor(entries: LogEntrySeed[], faults: GoogleFaults, maxPageSize: number) {
    super(faults);
    this.entries = entries;
    this.maxPageSize = maxPageSize;
  }

  /** `maxPageSize`: the most entries a page holds, whatever the client asks (the API may return fewer than pageSize). */
  static async start(entries: LogEntrySeed[], faults: GoogleFaults = {}, maxPageSize = 1000): Promise<FakeCloudLogging> {
    const fake = new FakeCloudLogging(entries, faults, maxPageSize);
    await fake.listen();
    return fake;
  }

  protected handle(req: GoogleRequest, res: http.ServerResponse): void {
    if (req.method !== 'POST' || req.path !== '/v2/entries:list') return this.error(res, 404, `The requested URL ${req.path} was not found on this server.`);
    const names = (req.body.resourceNames ?? []) as string[];
    if (names.length === 0 || !names.every((n) => /^projects\/[a-z][a-z0-9-]+$/.test(n))) return this.error(res, 400, 'resourceNames: expected projects/PROJECT_ID');
    let matches: (e: LogEntrySeed) => boolean;
    try {
      const clauses = terms(String(req.body.filter ?? ''));
      const now = Date.now();
      matches = (e) =>
        clauses.every(({ field, op, value }) => {
          if (field === 'resource.type') return op === '=' && value === 'cloud_run_revision';
          if (field === 'resource.labels.service_name') return op === '=' && value === e.service;
          if (field === 'severity') {
            const [have, want] = [SEVERITIES.indexOf(e.severity), SEVERITIES.indexOf(value)];
            return op === '>=' ? have >= want : op === '=' ? have === want : false;
          }
          if (field === 'timestamp') return op === '>=' && now - e.agoSeconds * 1000 >= Date.parse(value);
          throw new Error(`the double does not read the field ${field}`);
        });
    } catch (error) {
      return this.error(res, 400, `Unparseable filter: ${(error as Error).message}`);
    }
    const found = this.entries.filter(matches).sort((a, b) => a.agoSeconds - b.agoSeconds);
    const size = Math.min(Number(req.body.pageSize ?? 50), this.maxPageSize);
    const from = Number(req.body.pageToken ?? 0);
    const page = found.slice(from, from + size).map((e) => ({
      logName: `${names[0]}/logs/run.googleapis.com%2Fstdout`,
      resource: { type: 'cloud_run_revision', labels: { service_name: e.service, revision_name: `${e.service}-00001-abc`, location: 'asia-northeast1' } },
      timestamp: new Date(Date.now() - e.agoSeconds * 1000).toISOString(),
      severity: e.severity,
      insertId: `${from}-${e.agoSeconds}`,
      ...(e.text !== undefined ? { textPayload: e.text } : { jsonPayload: e.json ?? {} }),
    }));
    const next = from + size < found.length ? String(from + size) : '';
    res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' }).end(JSON.stringify({ entries: page, ...(next ? { nextPageToken: next } : {}) }));
  }
}

/** A Cloud Run metric's points: INT64 counts (request_count, with its response_code_class) or distribution p95s, each this many seconds ago. */
export interface TimeSeriesSeed {
  type: string;
  service: string;
  labels?: Record<string, string>;
  points: { agoSeconds: number; value: number }[];
}

const ALIGNERS = ['ALIGN_NONE', 'ALIGN_DELTA', 'ALIGN_RATE', 'ALIGN_INTERPOLATE', 'ALIGN_NEXT_OLDER'];
const aligner = (v: string | null): string => (v && /^\d+$/.test(v) ? ({ 20: 'ALIGN_PERCENTILE_95', 19: 'ALIGN_PERCENTILE_99', 12: 'ALIGN_MEAN', 14: 'ALIGN_SUM' } as Record<string, string>)[v] ?? ALIGNERS[Number(v)] ?? v : (v ?? 'ALIGN_NONE'));
const reducer = (v: string | null): string => (v && /^\d+$/.test(v) ? (['REDUCE_NONE', 'REDUCE_MEAN', 'REDUCE_MIN', 'REDUCE_MAX', 'REDUCE_SUM'][Number(v)] ?? v) : (v ?? 'REDUCE_NONE'));
const COUNTS = new Set(['run.googleapis.com/request_count']);

export class FakeCloudMonitoring extends GoogleDouble {
  private readonly series: TimeSeriesSeed[];
  private readonly pageSize: number;

  private constructor(series: TimeSeriesSeed[], faults: GoogleFaults, pageSize: number) {
    super(faults);
    this.series = series;
    this.pageSize = pageSize;
  }

  /** `pageSize`: series per page, so that pagination shows. */
  static async start(series: TimeSeriesSeed[], faults: GoogleFaults = {}, pageSize = 100): Promise<FakeCloudMonitoring> {
    const fake = new FakeCloudMonitoring(series, faults, pageSize);
    await fake.listen();
    return fake;
  }

  /** The metric types asked for, one per timeSeries.list call. */
  types(): string[] {
    return this.requests.map((r) => /metric\.type="([^"]+)"/.exec(r.query.get('filter') ?? '')?.[1] ?? '?');
  }

  protected handle(req: GoogleRequest, res: http.ServerResponse): void {
    const m = /^\/v3\/projects\/([a-z][a-z0-9-]+)\/timeSeries$/.exec(req.path);
    if (req.method !== 'GET' || !m) return this.error(res, 404, `The requested URL ${req.path} was not found on this server.`);
    const q = req.query;
    let clauses;
    try {
      clauses = terms(q.get('filter') ?? '');
    } catch (error) {
      return this.error(res, 400, `Field filter had an invalid value: ${(error as Error).message}`);
    }
    const types = clauses.filter((c) => c.field === 'metric.type');
    if (types.length !== 1) return this.error(res, 400, 'Field filter had an invalid value: A single metric type must be specified.');
    const type = types[0]?.value ?? '';
    const service = clauses.find((c) => c.field === 'resource.labels.service_name')?.value;
    const [start, end] = [Date.parse(q.get('interval.startTime') ?? ''), Date.parse(q.get('interval.endTime') ?? '')];
    if (!Number.isFinite(end)) return this.error(res, 400, 'Field interval.endTime had an invalid value.');
    const period = Number((q.get('aggregation.alignmentPeriod') ?? '60s').replace(/s$/, ''));
    const align = aligner(q.get('aggregation.perSeriesAligner'));
    const reduce = reducer(q.get('aggregation.crossSeriesReducer'));
    const counting = COUNTS.has(type);
    if (counting ? !['ALIGN_DELTA', 'ALIGN_SUM', 'ALIGN_RATE'].includes(align) : !/^ALIGN_(PERCENTILE_\d+|DELTA)$/.test(align)) {
      return this.error(res, 400, `Field aggregation.perSeriesAligner had an invalid value of "${align}": The aligner cannot be applied to metrics with kind DELTA and value type ${counting ? 'INT64' : 'DISTRIBUTION'}.`);
    }
    const now = Date.now();
    const inWindow = (p: { agoSeconds: number }) => {
      const t = now - p.agoSeconds * 1000;
      return t >= start && t <= end;
    };
    const seeds = this.series.filter((s) => s.type === type && (service === undefined || s.service === service));
    let out: Json[];
    if (counting && reduce === 'REDUCE_SUM') {
      const group = (q.getAll('aggregation.groupByFields')[0] ?? '').replace(/^metric\.labels\./, '');
      const sums = new Map<string, number>();
      for (const s of seeds) {
        const k = s.labels?.[group] ?? '';
        sums.set(k, (sums.get(k) ?? 0) + s.points.filter(inWindow).reduce((a, p) => a + p.value, 0));
      }
      out = [...sums].map(([k, v]) => ({
        metric: { type, labels: group ? { [group]: k } : {} },
        resource: { type: 'cloud_run_revision', labels: { project_id: m[1] } },
        metricKind: 'DELTA',
        valueType: 'INT64',
        points: [{ interval: { startTime: new Date(end - period * 1000).toISOString(), endTime: new Date(end).toISOString() }, value: { int64Value: String(v) } }],
      }));
    } else {
      out = seeds.map((s) => ({
        metric: { type, labels: s.labels ?? {} },
        resource: { type: 'cloud_run_revision', labels: { project_id: m[1], service_name: s.service } },
        metricKind: 'DELTA',
        valueType: 'DOUBLE',
        points: s.points.filter(inWindow).map((p) => {
          const t = Math.ceil((now - p.agoSeconds * 1000) / (period * 1000)) * period * 1000;
          return { interval: { startTime: new Date(t - period * 1000).toISOString(), endTime: new Date(t).toISOString() }, value: { doubleValue: p.value } };
        }),
      }));
    }
    out = out.filter((s) => (s.points as unknown[]).length > 0);
    const from = Number(q.get('pageToken') || 0);
    const next = from + this.pageSize < out.length ? String(from + this.pageSize) : '';
    res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' }).end(JSON.stringify({ timeSeries: out.slice(from, from + this.pageSize), ...(next ? { nextPageToken: next } : {}), unit: '' }));
  }
}
