// An RDS double on 127.0.0.1 speaking the AWS query protocol as @aws-sdk/client-rds sends it
// (a SigV4-signed form POST with Action and Version=2014-10-31; XML answers in the 2014-10-31
// namespace, errors as <ErrorResponse>), reached unchanged through AWS_ENDPOINT_URL_RDS. It serves
// DescribeDBInstances, DescribeDBSnapshots, DescribeDBClusters and DescribeDBClusterSnapshots
// with Marker pagination; faults give AccessDenied (403, worded as IAM does), Throttling and hangs.
import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import { startLoopback, type Loopback } from '../harness/http-server.ts';
import { FaultScript } from './fault-script.ts';

export interface SnapshotSeed {
  id: string;
  hoursAgo: number;
  status?: 'available' | 'creating' | 'failed';
  type?: 'automated' | 'manual';
  /** A copy: made now, of a snapshot this many hours old. */
  copiedFromHoursAgo?: number;
}

export interface DbSeed {
  /** `instance` for rds:, `cluster` for rds-cluster:. */
  kind: 'instance' | 'cluster';
  id: string;
  retentionDays: number;
  /** Minutes before now; absent: no LatestRestorableTime in the answer. */
  restorableMinutesAgo?: number | undefined;
  snapshots: SnapshotSeed[];
}

export type RdsOp = 'DescribeDBInstances' | 'DescribeDBSnapshots' | 'DescribeDBClusters' | 'DescribeDBClusterSnapshots';

export interface RdsFault {
  kind: 'access-denied' | 'throttle' | 'hang';
  op: RdsOp;
  calls?: number;
}

const NS = 'http://rds.amazonaws.com/doc/2014-10-31/';
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const iso = (hoursAgo: number): string => new Date(Date.now() - hoursAgo * 3_600_000).toISOString();

export class FakeRds {
  readonly requests: { op: string; params: Record<string, string>; version?: string; signed: boolean; fault?: RdsFault['kind'] }[] = [];
  url = '';
  private server!: Loopback;
  private readonly faults: FaultScript<RdsFault>;

  private constructor(
    private readonly dbs: DbSeed[],
    private readonly options: { pageSize?: number; faults?: RdsFault[] },
  ) {
    this.faults = new FaultScript(options.faults);
  }

  static async start(dbs: DbSeed[], options: { pageSize?: number; faults?: RdsFault[] } = {}): Promise<FakeRds> {
    const fake = new FakeRds(dbs, options);
    fake.server = await startLoopback((req, res) => fake.handle(req, res));
    fake.url = fake.server.url;
    return fake;
  }

  env(): Record<string, string> {
    return { AWS_ENDPOINT_URL_RDS: this.url, AWS_REGION: 'ap-northeast-1', AWS_ACCESS_KEY_ID: 'AKIDTEST', AWS_SECRET_ACCESS_KEY: 'test-secret', AWS_EC2_METADATA_DISABLED: 'true' };
  }

  ops(): string[] {
    return this.requests.map((r) => r.op);
  }

  close(): Promise<void> {
    return this.server.close();
  }

  private xml(res: http.ServerResponse, status: number, body: string): void {
    res.writeHead(status, { 'content-type': 'text/xml', 'x-amzn-requestid': randomUUID() });
    res.end(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`);
  }

  private error(res: http.ServerResponse, status: number, code: string, message: string): void {
    this.xml(res, status, `<ErrorResponse xmlns="${NS}"><Error><Type>Sender</Type><Code>${code}</Code><Message>${esc(message)}</Message></Error><RequestId>${randomUUID()}</RequestId></ErrorResponse>`);
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    let body = '';
    for await (const chunk of req) body += String(chunk);
    const params = Object.fromEntries(new URLSearchParams(body));
    const op = params.Action ?? '';
    const logged: (typeof this.requests)[number] = { op, params, ...(params.Version ? { version: params.Version } : {}), signed: /^AWS4-HMAC-SHA256 Credential=AKIDTEST\/\d{8}\/ap-northeast-1\/rds\/aws4_request/.test(req.headers.authorization ?? '') };
    this.requests.push(logged);
    if (req.method !== 'POST' || !String(req.headers['content-type']).startsWith('application/x-www-form-urlencoded') || params.Version !== '2014-10-31') {
      return this.error(res, 400, 'InvalidAction', `not a query-protocol request for RDS 2014-10-31`);
    }
    if (!logged.signed) return this.error(res, 403, 'IncompleteSignature', 'Request is not signed with SigV4 for rds in ap-northeast-1');
    const fault = this.faults.next(op);
    if (fault) {
      logged.fault = fault.kind;
      if (fault.kind === 'hang') return this.server.track(res);
      if (fault.kind === 'throttle') return this.error(res, 400, 'Throttling', 'Rate exceeded');
      return this.error(res, 403, 'AccessDenied', `User: arn:aws:sts::123456789012:assumed-role/ci/gh is not authorized to perform: rds:${op} on resource: arn:aws:rds:ap-northeast-1:123456789012:db:x because no identity-based policy allows the rds:${op} action`);
    }
    switch (op) {
      case 'DescribeDBInstances':
      case 'DescribeDBClusters': {
        const cluster = op === 'DescribeDBClusters';
        const id = params[cluster ? 'DBClusterIdentifier' : 'DBInstanceIdentifier'];
        const db = this.dbs.find((d) => d.id === id && d.kind === (cluster ? 'cluster' : 'instance'));
        if (!db) return cluster ? this.error(res, 404, 'DBClusterNotFoundFault', `DBCluster ${id} not found.`) : this.error(res, 404, 'DBInstanceNotFound', `DBInstance ${id} not found.`);
        const tag = cluster ? 'DBCluster' : 'DBInstance';
        const fields = [
          `<${tag}Identifier>${esc(db.id)}</${tag}Identifier>`,
          `<BackupRetentionPeriod>${db.retentionDays}</BackupRetentionPeriod>`,
          db.restorableMinutesAgo === undefined ? '' : `<LatestRestorableTime>${iso(db.restorableMinutesAgo / 60)}</LatestRestorableTime>`,
          cluster ? '<Status>available</Status><Engine>aurora-postgresql</Engine>' : '<DBInstanceStatus>available</DBInstanceStatus><Engine>postgres</Engine>',
        ].join('');
        return this.xml(res, 200, `<${op}Response xmlns="${NS}"><${op}Result><${tag}s><${tag}>${fields}</${tag}></${tag}s></${op}Result><ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></${op}Response>`);
      }
      case 'DescribeDBSnapshots':
      case 'DescribeDBClusterSnapshots': {
        const cluster = op === 'DescribeDBClusterSnapshots';
        const id = params[cluster ? 'DBClusterIdentifier' : 'DBInstanceIdentifier'];
        const db = this.dbs.find((d) => d.id === id && d.kind === (cluster ? 'cluster' : 'instance'));
        const all = [...(db?.snapshots ?? [])].sort((a, b) => a.hoursAgo - b.hoursAgo);
        const size = Math.min(Number(params.MaxRecords ?? 100), this.options.pageSize ?? 100);
        const offset = params.Marker ? Number(Buffer.from(params.Marker, 'base64').toString()) : 0;
        const page = all.slice(offset, offset + size);
        const marker = offset + size < all.length ? Buffer.from(String(offset + size)).toString('base64') : '';
        const tag = cluster ? 'DBClusterSnapshot' : 'DBSnapshot';
        const items = page.map((s) => {
          const copied = s.copiedFromHoursAgo !== undefined;
          return [
            `<${tag}>`,
            `<${tag}Identifier>${esc(s.id)}</${tag}Identifier>`,
            `<${cluster ? 'DBClusterIdentifier' : 'DBInstanceIdentifier'}>${esc(id ?? '')}</${cluster ? 'DBClusterIdentifier' : 'DBInstanceIdentifier'}>`,
            `<SnapshotCreateTime>${iso(s.hoursAgo)}</SnapshotCreateTime>`,
            copied ? `<OriginalSnapshotCreateTime>${iso(s.copiedFromHoursAgo ?? 0)}</OriginalSnapshotCreateTime>` : '',
            `<Status>${s.status ?? 'available'}</Status>`,
            `<SnapshotType>${s.type ?? 'automated'}</SnapshotType>`,
            `<PercentProgress>${(s.status ?? 'available') === 'available' ? 100 : 40}</PercentProgress>`,
            '<AllocatedStorage>20</AllocatedStorage>',
            `</${tag}>`,
          ].join('');
        });
        return this.xml(
          res,
          200,
          `<${op}Response xmlns="${NS}"><${op}Result>${marker ? `<Marker>${marker}</Marker>` : ''}<${tag}s>${items.join('')}</${tag}s></${op}Result><ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></${op}Response>`,
        );
      }
      default:
        return this.error(res, 400, 'InvalidAction', `The action ${op} is not valid for this web service.`);
    }
  }
}
