import http from 'node:http';
import type { AddressInfo } from 'node:net';

// Cloud Logging v2 and Cloud Monitoring v3 as their REST transport (google-gax's fallback, used by
// @google-cloud/logging-api and @google-cloud/monitoring) speaks to them, as observed on the wire:
//  - POST /v2/entries:list?$alt=json;enum-encoding=int, a JSON body {resourceNames, filter,
//    orderBy, pageSize, pageToken} → {entries[], nextPageToken}; jsonPayload as plain JSON.
//  - GET /v3/projects/{p}/timeSeries?filter=…&interval.startTime=RFC3339&interval.endTime=…
//    &aggregation.alignmentPeriod=86400s&aggregation.perSeriesAligner=1&aggregation.crossSeriesReducer=4
//    &aggregation.groupByFields=…&view=0&pageToken=… (enums as numbers or names) → {timeSeries[], nextPageToken};
//    one metric type per request; INT64 points as {int64Value: "n"}, distributions as
//    {distributionValue: {count: "n", mean, bucketOptions, bucketCounts: ["n", …]}}.
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

/**
 * A Cloud Run metric's points, each this many seconds ago: INT64 counts (`value`; request_count, with
 * its response_code_class) or, for the distribution metrics, the values measured then (`values`),
 * which the double buckets as the API would. `bucketOptions` overrides the metric's layout.
 */
export interface TimeSeriesSeed {
  type: string;
  service: string;
  revision?: string;
  labels?: Record<string, string>;
  bucketOptions?: Json;
  points: { agoSeconds: number; value?: number; values?: number[] }[];
}

// Illustrative layouts (the API sends each distribution's own; status-check reads any of the three kinds).
const LAYOUTS: Record<string, Json> = {
  'run.googleapis.com/request_latencies': { exponentialBuckets: { numFiniteBuckets: 66, growthFactor: 1.25, scale: 1 } },
  'run.googleapis.com/container/cpu/utilizations': { linearBuckets: { numFiniteBuckets: 100, width: 0.01, offset: 0 } },
  'run.googleapis.com/container/memory/utilizations': { linearBuckets: { numFiniteBuckets: 100, width: 0.01, offset: 0 } },
};

/** The upper bounds of buckets 0 … N of a layout, as the BucketOptions reference defines them. */
function bounds(o: Json): number[] {
  const lin = o.linearBuckets as { numFiniteBuckets: number; width: number; offset: number } | undefined;
  const exp = o.exponentialBuckets as { numFiniteBuckets: number; growthFactor: number; scale: number } | undefined;
  if (lin) return Array.from({ length: lin.numFiniteBuckets + 1 }, (_, i) => lin.offset + lin.width * i);
  if (exp) return Array.from({ length: exp.numFiniteBuckets + 1 }, (_, i) => exp.scale * exp.growthFactor ** i);
  return (o.explicitBuckets as { bounds: number[] }).bounds;
}

/** A Distribution as the REST API writes it: int64 count and bucketCounts as strings, trailing empty buckets left off. */
function distribution(values: number[], options: Json): Json {
  const b = bounds(options);
  const counts = new Array<number>(b.length + 1).fill(0);
  for (const v of values) {
    const i = b.findIndex((bound) => v < bound);
    counts[i === -1 ? b.length : i] = (counts[i === -1 ? b.length : i] ?? 0) + 1;
  }
  while (counts.length > 0 && counts[counts.length - 1] === 0) counts.pop();
  const mean = values.length ? values.reduce((x, y) => x + y, 0) / values.length : 0;
  return {
    count: String(values.length),
    mean,
    sumOfSquaredDeviation: values.reduce((x, v) => x + (v - mean) ** 2, 0),
    bucketOptions: options,
    bucketCounts: counts.map(String),
  };
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

  /** The metric types asked for, one per timeSeries.list request (pages included). */
  types(): string[] {
    return this.requests.map((r) => /metric\.type="([^"]+)"/.exec(r.query.get('filter') ?? '')?.[1] ?? '?');
  }

  protected handle(req: GoogleRequest, res: http.ServerResponse): void {
    const m = /^\/v3\/projects\/([a-z][a-z0-9-]+)\/timeSeries$/.exec(req.path);
    if (req.method !== 'GET' || !m) return this.error(res, 404, `The requested URL ${req.path} was not found on this server.`);
    const q = req.query;
    // timeSeries.list takes exactly one metric type (the filters guide): one_of, starts_with … on metric.type are refused.
    if (/metric\.type\s*=\s*[\w.]+\(/.test(q.get('filter') ?? '')) return this.error(res, 400, 'Field filter had an invalid value: A single metric type must be specified.');
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
    if (!Number.isFinite(end) || !Number.isFinite(start)) return this.error(res, 400, 'Field interval had an invalid value.');
    const period = Number((q.get('aggregation.alignmentPeriod') ?? '').replace(/s$/, ''));
    const align = aligner(q.get('aggregation.perSeriesAligner'));
    const reduce = reducer(q.get('aggregation.crossSeriesReducer'));
    const counting = COUNTS.has(type);
    if (align !== 'ALIGN_DELTA' && !(counting && align === 'ALIGN_SUM')) {
      return this.error(res, 400, `Field aggregation.perSeriesAligner had an invalid value of "${align}": the double computes ALIGN_DELTA (and ALIGN_SUM of counts) only.`);
    }
    if (!(period >= 60)) return this.error(res, 400, 'Field aggregation.alignmentPeriod had an invalid value: must be at least 60s.');
    if (reduce !== 'REDUCE_NONE' && !(counting && reduce === 'REDUCE_SUM')) return this.error(res, 400, `Field aggregation.crossSeriesReducer had an invalid value of "${reduce}": the double reduces counts by REDUCE_SUM only.`);
    const now = Date.now();
    // Alignment periods end at interval.endTime, one every alignmentPeriod back to startTime; a
    // point belongs to the period (end - (k+1)·P, end - k·P].
    const periodOf = (agoSeconds: number): number | undefined => {
      const t = now - agoSeconds * 1000;
      if (t <= start || t > end) return undefined;
      return Math.floor((end - t) / (period * 1000));
    };
    const intervalOf = (k: number) => ({ startTime: new Date(end - (k + 1) * period * 1000).toISOString(), endTime: new Date(end - k * period * 1000).toISOString() });
    const seeds = this.series.filter((s) => s.type === type && (service === undefined || s.service === service));
    const aligned = (s: TimeSeriesSeed): Map<number, TimeSeriesSeed['points']> => {
      const byPeriod = new Map<number, TimeSeriesSeed['points']>();
      for (const p of s.points) {
        const k = periodOf(p.agoSeconds);
        if (k !== undefined) byPeriod.set(k, [...(byPeriod.get(k) ?? []), p]);
      }
      return byPeriod;
    };
    const resource = (s: TimeSeriesSeed) => ({ type: 'cloud_run_revision', labels: { project_id: m[1], service_name: s.service, revision_name: s.revision ?? `${s.service}-00001-abc`, location: 'asia-northeast1' } });
    let out: Json[];
    if (counting) {
      const sum = (ps: TimeSeriesSeed['points']) => ps.reduce((a, p) => a + (p.value ?? 0), 0);
      const group = (q.getAll('aggregation.groupByFields')[0] ?? '').replace(/^metric\.labels\./, '');
      const rows = seeds.map((s) => ({ key: reduce === 'REDUCE_SUM' ? (s.labels?.[group] ?? '') : JSON.stringify([s.labels, s.revision]), seed: s, periods: aligned(s) }));
      const merged = new Map<string, { seed: TimeSeriesSeed; periods: Map<number, number> }>();
      for (const r of rows) {
        const into = merged.get(r.key) ?? { seed: r.seed, periods: new Map<number, number>() };
        for (const [k, ps] of r.periods) into.periods.set(k, (into.periods.get(k) ?? 0) + sum(ps));
        merged.set(r.key, into);
      }
      out = [...merged.values()].map(({ seed, periods }) => ({
        metric: { type, labels: reduce === 'REDUCE_SUM' ? (group ? { [group]: seed.labels?.[group] ?? '' } : {}) : (seed.labels ?? {}) },
        resource: reduce === 'REDUCE_SUM' ? { type: 'cloud_run_revision', labels: { project_id: m[1] } } : resource(seed),
        metricKind: 'DELTA',
        valueType: 'INT64',
        points: [...periods].sort(([a], [b]) => a - b).map(([k, v]) => ({ interval: intervalOf(k), value: { int64Value: String(v) } })),
      }));
    } else {
      out = seeds.map((s) => ({
        metric: { type, labels: s.labels ?? {} },
        resource: resource(s),
        metricKind: 'DELTA',
        valueType: 'DISTRIBUTION',
        points: [...aligned(s)].sort(([a], [b]) => a - b).map(([k, ps]) => ({ interval: intervalOf(k), value: { distributionValue: distribution(ps.flatMap((p) => p.values ?? []), s.bucketOptions ?? (LAYOUTS[type] as Json)) } })),
      }));
    }
    out = out.filter((s) => (s.points as unknown[]).length > 0);
    const from = Number(q.get('pageToken') || 0);
    const next = from + this.pageSize < out.length ? String(from + this.pageSize) : '';
    res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' }).end(JSON.stringify({ timeSeries: out.slice(from, from + this.pageSize), ...(next ? { nextPageToken: next } : {}), unit: '' }));
  }
}
