import { UNDECIDED_PREFIX, withoutUndecidedPrefix } from '@runbook/core';
import { randomBytes } from 'node:crypto';
import type { ExpectTable } from '@runbook/core';
import { plainDumpStream, type DumpFormat } from './dump-format.ts';
import { finding, type Finding } from './findings.ts';
import { runTool, type ToolRun } from '@runbook/core/tool';
import { undecided } from './verify-pgdump.ts';

export interface RestoreRequest {
  /** The scratch server; its own database is only used to create and drop the scratch one. */
  databaseUrl: URL;
  expectTables: readonly ExpectTable[];
  timeoutMs: number;
}

export interface RestoreOutcome {
  findings: Finding[];
  database?: string;
  /** `users=3, races=1200` */
  counts: Record<string, number>;
  restored: boolean;
}

/** libpq's variables for the server: the password goes in the environment, never on a command line. */
export function libpqEnv(url: URL, database: string): Record<string, string> {
  const env: Record<string, string> = {
    PGHOST: url.hostname.replace(/^\[|\]$/g, ''),
    PGPORT: url.port || '5432',
    PGDATABASE: database,
    PGCONNECT_TIMEOUT: '10',
    PGAPPNAME: 'runbook-backup-verify',
  };
  if (url.username) env.PGUSER = decodeURIComponent(url.username);
  if (url.password) env.PGPASSWORD = decodeURIComponent(url.password);
  const sslmode = url.searchParams.get('sslmode');
  if (sslmode) env.PGSSLMODE = sslmode;
  return env;
}

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;
const qualified = (table: string): string => table.split('.').map(quoteIdent).join('.');

/** A name no database has: `runbook_restore_<set>_<random>`, lower case, within PostgreSQL's 63 bytes. */
export function scratchName(set: string): string {
  const safe = set.toLowerCase().replace(/[^a-z0-9_]/g, '_').slice(0, 30);
  return `runbook_restore_${safe}_${randomBytes(6).toString('hex')}`;
}

/** The first `ERROR:` line psql or pg_restore printed, with the line of the dump it names. */
export function firstError(stderr: string): string | undefined {
  return stderr.split('\n').find((l) => /\bERROR:|error:/.test(l))?.trim();
}

/** Loads the dump into a database created for it, checks the row counts, and drops it again. */
export async function restoreDump(path: string, format: DumpFormat, set: string, request: RestoreRequest): Promise<RestoreOutcome> {
  const { databaseUrl, timeoutMs } = request;
  const admin = decodeURIComponent(databaseUrl.pathname.slice(1)) || 'postgres';
  const psql = (database: string, args: string[], stdin?: NodeJS.ReadableStream): Promise<ToolRun> =>
    runTool('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', ...args], { timeoutMs, env: libpqEnv(databaseUrl, database), ...(stdin ? { stdin: stdin as never } : {}) });
  const database = scratchName(set);
  const outcome: RestoreOutcome = { findings: [], counts: {}, restored: false };
  const failed = (run: ToolRun, what: string): Finding | undefined => {
    const notRun = undecided(what, run, timeoutMs);
    if (notRun) return notRun;
    return run.ran && run.code !== 0 ? finding('CHECK_ERROR', `${UNDECIDED_PREFIX}${what} failed: ${firstError(run.stderr) ?? run.stderr.trim().split('\n')[0] ?? `exit code ${run.code}`}`) : undefined;
  };
  // CREATE DATABASE fails on a name that exists: an existing database is never restored into.
  const created = await psql(admin, ['-c', `CREATE DATABASE ${quoteIdent(database)}`]);
  const notCreated = failed(created, `creating the scratch database ${database}`);
  if (notCreated) return { ...outcome, findings: [notCreated] };
  outcome.database = database;
  let restored: RestoreOutcome | undefined;
  try {
    restored = await load(path, format, database, request, psql, outcome);
  } finally {
    const dropped = await psql(admin, ['-c', `DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`]);
    const notDropped = failed(dropped, `dropping ${database}`);
    // Said, never hidden: a scratch database left behind takes space on the server until someone drops it.
    if (notDropped && restored) restored.findings.push(finding('SCRATCH_NOT_DROPPED', `the scratch database ${database} could not be dropped (${withoutUndecidedPrefix(notDropped.message)}): drop it by hand`));
  }
  return restored;
}

type Psql = (database: string, args: string[], stdin?: NodeJS.ReadableStream) => Promise<ToolRun>;

/** The restore into the scratch database, then the row counts. */
async function load(path: string, format: DumpFormat, database: string, request: RestoreRequest, psql: Psql, outcome: RestoreOutcome): Promise<RestoreOutcome> {
  const { databaseUrl, timeoutMs } = request;
  const run =
    format === 'custom'
      ? await runTool('pg_restore', ['--exit-on-error', '--single-transaction', '--no-owner', '--no-acl', '--dbname', database, path], { timeoutMs, env: libpqEnv(databaseUrl, database) })
      : format === 'plain'
        ? await psql(database, ['--single-transaction', '-f', path])
        : await psql(database, ['--single-transaction', '-f', '-'], plainDumpStream(path, format));
  const notRun = undecided('the restore', run, timeoutMs);
  if (notRun) return { ...outcome, findings: [notRun] };
  const error = run.ran ? firstError(run.stderr) : undefined;
  if (run.ran && (run.code !== 0 || error)) {
    return { ...outcome, findings: [finding('RESTORE_SQL_ERROR', `the restore of the dump stopped: ${error ?? `exit code ${run.code}`}`)] };
  }
  outcome.restored = true;
  const short: string[] = [];
  for (const { table, min } of request.expectTables) {
    const count = await psql(database, ['-A', '-t', '-c', `SELECT count(*) FROM ${qualified(table)}`]);
    const notCounted = undecided(`counting ${table}`, count, timeoutMs);
    if (notCounted) return { ...outcome, findings: [notCounted] };
    const rows = count.ran && count.code === 0 ? Number(count.stdout.trim()) : Number.NaN;
    if (Number.isInteger(rows)) outcome.counts[table] = rows;
    if (!Number.isInteger(rows)) short.push(`${table} cannot be counted (${count.ran ? (firstError(count.stderr) ?? 'no count') : ''})`);
    else if (rows < min) short.push(`${table} has ${rows} row(s), at least ${min} expected`);
  }
  if (short.length) outcome.findings.push(finding('ROWCOUNT_MISMATCH', `after the restore, ${short.join('; ')}`));
  return outcome;
}

