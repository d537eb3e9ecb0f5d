import http from 'node:http';
import type { AddressInfo } from 'node:net';

// CloudWatch (monitoring) as @aws-sdk/client-cloudwatch 3.11xx speaks to it: AWS JSON 1.0 in its
// query-compatible form: POST / with `Content-Type: application/x-amz-json-1.0`, `X-Amz-Target:
// GraniteServiceVersion20100801.<Operation>` and `x-amzn-query-mode: true`; members in PascalCase,
// timestamps as epoch seconds; errors with `__type` and an `x-amzn-query-error: <Code>;<Sender|Receiver>` header.

type Json = Record<string, unknown>;
const TARGET = 'GraniteServiceVersion20100801.';

interface Query {
  Id: string;
  Expression?: string;
  MetricStat?: { Metric: { Namespace: string; MetricName: string; Dimensions?: { Name: string; Value: string }[] }; Period: number; Stat: string };
}

/** Data points of one metric, each this many seconds ago. */
export interface MetricSeed {
  namespace: string;
  name: string;
  dimensions: Record<string, string>;
  points: { agoSeconds: number; value: number }[];
}

export interface FakeCloudWatchOptions {
  metrics: MetricSeed[];
  /** The first this many requests are throttled (400 Throttling). */
  throttleFirst?: number;
  /** Every request is refused as IAM refuses a role without cloudwatch:GetMetricData. */
  accessDenied?: boolean;
}

export interface CloudWatchRequest {
  op: string;
  body: Json;
  headers: http.IncomingHttpHeaders;
}

const key = (namespace: string, name: string, dims: Record<string, string>): string =>
  `${namespace}|${name}|${Object.entries(dims).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${v}`).join(',')}`;

export class FakeCloudWatch {
  readonly requests: CloudWatchRequest[] = [];
  url = '';
  private readonly server: http.Server;
  private throttled = 0;
  private readonly options: FakeCloudWatchOptions;

  // No parameter property: the benchmarks load this file with node's type stripping.
  private constructor(options: FakeCloudWatchOptions) {
    this.options = options;
    this.server = http.createServer((req, res) => void this.handle(req, res));
  }

  static async start(options: FakeCloudWatchOptions): Promise<FakeCloudWatch> {
    const fake = new FakeCloudWatch(options);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.url = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
    return fake;
  }

  env(): Record<string, string> {
    return { AWS_ENDPOINT_URL_CLOUDWATCH: this.url };
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private error(res: http.ServerResponse, status: number, code: string, type: string, message: string): void {
    res.writeHead(status, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-query-error': `${code};Sender` }).end(JSON.stringify({ __type: `com.amazonaws.cloudwatch#${type}`, message }));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const target = String(req.headers['x-amz-target'] ?? '');
    const op = target.startsWith(TARGET) ? target.slice(TARGET.length) : '';
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Json;
    this.requests.push({ op, body, headers: req.headers });
    if (req.method !== 'POST' || op !== 'GetMetricData') return this.error(res, 400, 'InvalidAction', 'InvalidAction', `expected POST / with X-Amz-Target ${TARGET}GetMetricData`);
    if (!String(req.headers['content-type'] ?? '').startsWith('application/x-amz-json-1.0')) return this.error(res, 400, 'SerializationException', 'SerializationException', 'expected Content-Type application/x-amz-json-1.0');
    if (req.headers['x-amzn-query-mode'] !== 'true') return this.error(res, 400, 'InvalidAction', 'InvalidAction', 'expected x-amzn-query-mode: true');
    if (!String(req.headers.authorization ?? '').startsWith('AWS4-HMAC-SHA256 ')) return this.error(res, 403, 'MissingAuthenticationToken', 'MissingAuthenticationToken', 'Missing Authentication Token');
    if (this.options.accessDenied) {
      return this.error(res, 400, 'AccessDenied', 'AccessDeniedException', 'User: arn:aws:sts::123456789012:assumed-role/runbook-ci/GitHubActions is not authorized to perform: cloudwatch:GetMetricData because no identity-based policy allows the cloudwatch:GetMetricData action');
    }
    if (this.throttled < (this.options.throttleFirst ?? 0)) {
      this.throttled++;
      return this.error(res, 400, 'Throttling', 'ThrottlingException', 'Rate exceeded');
    }
    res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' }).end(JSON.stringify(this.getMetricData(body)));
  }

  private getMetricData(body: Json): Json {
    const start = Number(body.StartTime);
    const end = Number(body.EndTime);
    const now = Date.now() / 1000;
    const queries = (body.MetricDataQueries ?? []) as Query[];
    return {
      MetricDataResults: queries.flatMap((q) => (q.Expression ? this.search(q.Id, q.Expression, start, end, now) : [])).concat(
        queries.filter((q) => q.MetricStat).map((q) => this.stat(q as Required<Pick<Query, 'Id' | 'MetricStat'>>, start, end, now)),
      ),
      Messages: [],
    };
  }

  /**
   * `SEARCH('{Namespace,Dim1,Dim2} Dim="value" MetricName="name"', 'Sum' | 'pNN', period)`: one result
   * per seeded metric that matches, each period's points aggregated by the statistic.
   */
  private search(id: string, expression: string, start: number, end: number, now: number): Json[] {
    const m = /^SEARCH\('\{([^}]*)\}((?: \w+="[^"]*")*)', '(Sum|p\d+)', (\d+)\)$/.exec(expression);
    if (!m) throw new Error(`the CloudWatch double does not read the expression ${expression}`);
    const [namespace, ...schema] = (m[1] as string).split(',');
    const terms = Object.fromEntries([...(m[2] as string).matchAll(/(\w+)="([^"]*)"/g)].map((t) => [t[1], t[2]]));
    const stat = m[3] as string;
    const period = Number(m[4]);
    return this.options.metrics
      .filter((s) => s.namespace === namespace && s.name === terms.MetricName && Object.keys(s.dimensions).sort().join() === [...schema].sort().join())
      .filter((s) => Object.entries(terms).every(([k, v]) => k === 'MetricName' || s.dimensions[k] === v))
      .map((s) => {
        const buckets = new Map<number, number[]>();
        for (const p of s.points) {
          const t = now - p.agoSeconds;
          if (t < start || t > end) continue;
          const b = start + Math.floor((t - start) / period) * period;
          buckets.set(b, [...(buckets.get(b) ?? []), p.value]);
        }
        const times = [...buckets.keys()].sort((a, b) => b - a);
        const aggregate = (values: number[]): number => {
          if (stat === 'Sum') return values.reduce((a, b) => a + b, 0);
          const sorted = [...values].sort((a, b) => a - b);
          return sorted[Math.max(0, Math.ceil((Number(stat.slice(1)) / 100) * sorted.length) - 1)] ?? 0;
        };
        return { Id: id, Label: `${Object.values(s.dimensions).join(' ')} ${s.name}`, Timestamps: times, Values: times.map((t) => aggregate(buckets.get(t) ?? [])), StatusCode: 'Complete' };
      });
  }

  private stat(q: Required<Pick<Query, 'Id' | 'MetricStat'>>, start: number, end: number, now: number): Json {
    const m = q.MetricStat.Metric;
    const dims = Object.fromEntries((m.Dimensions ?? []).map((d) => [d.Name, d.Value]));
    const seed = this.options.metrics.find((s) => key(s.namespace, s.name, s.dimensions) === key(m.Namespace, m.MetricName, dims));
    const points = (seed?.points ?? []).map((p) => ({ t: Math.floor((now - p.agoSeconds) / q.MetricStat.Period) * q.MetricStat.Period, v: p.value })).filter((p) => p.t >= start && p.t <= end);
    // Newest first, as ScanBy TimestampDescending (the default) returns them.
    points.sort((a, b) => b.t - a.t);
    return { Id: q.Id, Label: m.MetricName, Timestamps: points.map((p) => p.t), Values: points.map((p) => p.v), StatusCode: 'Complete' };
  }
}
