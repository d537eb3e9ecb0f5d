// A Cloud SQL Admin API v1 double on 127.0.0.1 (REST/JSON), reached by the real
// @googleapis/sqladmin client through its root URL, with real Google credentials: the job's
// workload identity federation file (`external_account`, as google-github-actions/auth writes it)
// whose token_url is this double's STS endpoint. It exchanges the OIDC token for an access token
// and refuses API calls without that bearer token. It serves instances.get and backupRuns.list
// (newest first, maxResults and pageToken); faults give 403s as the API words them and hangs.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLoopback, type Loopback } from '../harness/http-server.ts';
import { FaultScript } from './fault-script.ts';

export interface BackupRunSeed {
  status: 'SUCCESSFUL' | 'FAILED' | 'OVERDUE' | 'RUNNING' | 'SKIPPED' | 'ENQUEUED';
  /** Hours before now its window started. */
  hoursAgo: number;
  type?: 'AUTOMATED' | 'ON_DEMAND';
  error?: string;
}

export interface InstanceSeed {
  project: string;
  name: string;
  databaseVersion?: string;
  backupsEnabled?: boolean;
  pitr?: boolean;
  runs: BackupRunSeed[];
}

export type CloudSqlOp = 'token' | 'instances.get' | 'backupRuns.list';

export interface CloudSqlFault {
  kind: 'forbidden' | 'hang';
  op: CloudSqlOp;
}

export class FakeCloudSql {
  readonly requests: { op: CloudSqlOp | 'unknown'; query: Record<string, string>; authorized: boolean }[] = [];
  url = '';
  private server!: Loopback;
  private readonly faults: FaultScript<CloudSqlFault>;
  private readonly accessToken = `ya29.${randomBytes(12).toString('hex')}`;
  private readonly dir = mkdtempSync(join(tmpdir(), 'fake-cloudsql-'));
  readonly subjectToken = `eyJhbGciOiJSUzI1NiJ9.${randomBytes(16).toString('base64url')}.sig`;
  exchanged = 0;

  private constructor(
    private readonly instances: InstanceSeed[],
    private readonly options: { pageSize?: number; faults?: CloudSqlFault[] },
  ) {
    this.faults = new FaultScript(options.faults);
  }

  static async start(instances: InstanceSeed[], options: { pageSize?: number; faults?: CloudSqlFault[] } = {}): Promise<FakeCloudSql> {
    const fake = new FakeCloudSql(instances, options);
    fake.server = await startLoopback((req, res) => fake.handle(req, res));
    fake.url = fake.server.url;
    return fake;
  }

  /** GOOGLE_APPLICATION_CREDENTIALS: a workload identity federation file whose STS endpoint is this double. */
  env(): Record<string, string> {
    const tokenFile = join(this.dir, 'oidc-token');
    writeFileSync(tokenFile, this.subjectToken);
    const credentials = join(this.dir, 'credentials.json');
    writeFileSync(
      credentials,
      JSON.stringify({
        type: 'external_account',
        audience: '//iam.googleapis.com/projects/123456/locations/global/workloadIdentityPools/github/providers/github',
        subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
        token_url: `${this.url}/v1/token`,
        credential_source: { file: tokenFile },
      }),
    );
    return { GOOGLE_APPLICATION_CREDENTIALS: credentials };
  }

  ops(): string[] {
    return this.requests.map((r) => r.op);
  }

  close(): Promise<void> {
    return this.server.close();
  }

  private json(res: http.ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' });
    res.end(JSON.stringify(body));
  }

  private error(res: http.ServerResponse, code: number, status: string, reason: string, message: string): void {
    this.json(res, code, { error: { code, message, status, errors: [{ message, domain: 'global', reason }] } });
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const query = Object.fromEntries(url.searchParams);
    let body = '';
    for await (const chunk of req) body += String(chunk);
    const m = /^\/v1\/projects\/([^/]+)\/instances\/([^/]+)(\/backupRuns)?$/.exec(url.pathname);
    const op: CloudSqlOp | 'unknown' = req.method === 'POST' && url.pathname === '/v1/token' ? 'token' : req.method === 'GET' && m ? (m[3] ? 'backupRuns.list' : 'instances.get') : 'unknown';
    const authorized = req.headers.authorization === `Bearer ${this.accessToken}`;
    this.requests.push({ op, query, authorized });
    const fault = this.faults.next(op);
    if (fault?.kind === 'hang') return this.server.track(res);
    if (op === 'token') {
      const form = new URLSearchParams(body);
      if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:token-exchange' || form.get('subject_token') !== this.subjectToken) {
        return this.json(res, 400, { error: 'invalid_grant', error_description: 'The subject token is invalid.' });
      }
      this.exchanged++;
      return this.json(res, 200, { access_token: this.accessToken, issued_token_type: 'urn:ietf:params:oauth:token-type:access_token', token_type: 'Bearer', expires_in: 3600 });
    }
    if (op === 'unknown' || !m) return this.error(res, 404, 'NOT_FOUND', 'notFound', `The requested URL ${url.pathname} was not found.`);
    if (!authorized) return this.error(res, 401, 'UNAUTHENTICATED', 'authError', 'Request had invalid authentication credentials.');
    if (fault?.kind === 'forbidden') {
      const permission = op === 'instances.get' ? 'cloudsql.instances.get' : 'cloudsql.backupRuns.list';
      return this.error(res, 403, 'PERMISSION_DENIED', 'notAuthorized', `The client is not authorized to make this request. (${permission})`);
    }
    const [, project, name] = m;
    const instance = this.instances.find((i) => i.project === project && i.name === name);
    if (!instance) return this.error(res, 404, 'NOT_FOUND', 'instanceDoesNotExist', 'The Cloud SQL instance does not exist.');
    if (op === 'instances.get') return this.json(res, 200, this.instanceResource(instance));
    const runs = [...instance.runs].sort((a, b) => a.hoursAgo - b.hoursAgo);
    const offset = query.pageToken ? Number(Buffer.from(query.pageToken, 'base64url').toString()) : 0;
    const size = Math.min(Number(query.maxResults ?? 100), this.options.pageSize ?? 100);
    const page = runs.slice(offset, offset + size);
    const next = offset + size < runs.length ? Buffer.from(String(offset + size)).toString('base64url') : undefined;
    return this.json(res, 200, { kind: 'sql#backupRunsList', items: page.map((r, i) => this.runResource(instance, r, offset + i)), ...(next ? { nextPageToken: next } : {}) });
  }

  private instanceResource(i: InstanceSeed): Record<string, unknown> {
    const mysql = (i.databaseVersion ?? 'POSTGRES_16').startsWith('MYSQL');
    return {
      kind: 'sql#instance',
      name: i.name,
      project: i.project,
      databaseVersion: i.databaseVersion ?? 'POSTGRES_16',
      state: 'RUNNABLE',
      region: 'asia-northeast1',
      settings: {
        kind: 'sql#settings',
        tier: 'db-custom-2-7680',
        backupConfiguration: {
          kind: 'sql#backupConfiguration',
          enabled: i.backupsEnabled ?? true,
          startTime: '18:00',
          location: 'asia',
          ...(mysql ? { binaryLogEnabled: i.pitr ?? true } : { pointInTimeRecoveryEnabled: i.pitr ?? true }),
          transactionLogRetentionDays: 7,
          backupRetentionSettings: { retentionUnit: 'COUNT', retainedBackups: 7 },
        },
      },
    };
  }

  private runResource(i: InstanceSeed, r: BackupRunSeed, n: number): Record<string, unknown> {
    const at = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
    const started = r.status !== 'OVERDUE' && r.status !== 'ENQUEUED' && r.status !== 'SKIPPED';
    return {
      kind: 'sql#backupRun',
      id: String(1_700_000_000_000 + n),
      instance: i.name,
      status: r.status,
      type: r.type ?? 'AUTOMATED',
      enqueuedTime: at(r.hoursAgo),
      windowStartTime: at(r.hoursAgo),
      ...(started ? { startTime: at(r.hoursAgo - 0.05) } : {}),
      ...(r.status === 'SUCCESSFUL' || r.status === 'FAILED' ? { endTime: at(r.hoursAgo - 0.2) } : {}),
      ...(r.error ? { error: { kind: 'sql#operationError', code: 'BACKUP_FAILED', message: r.error } } : {}),
      location: 'asia',
      backupKind: 'SNAPSHOT',
    };
  }
}
