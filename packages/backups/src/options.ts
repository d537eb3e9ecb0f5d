import {
  backupSourceValue,
  byteSizeValue,
  DURATION_MAX,
  durationValue,
  expectTableValue,
  innerPathValue,
  integerValue,
  percentValue,
  postgresUrlValue,
  isManaged,
  SEVERITIES,
  sourceLabel,
  sourceName,
  UsageError,
  verifyLineValue,
  type BackupConfig,
  type InputReader,
  type Parsed,
} from '@runbook/core';
import { backupId, type BackupSet } from './backup-set.ts';
import { ANY_ENTRY, entryPatternValue } from './pattern.ts';

export interface BackupVerifyPlan {
  sets: BackupSet[];
  dryRun: boolean;
}

export const DEFAULTS = { history: 7, maxShrink: 0.3, maxGrowth: 3, minDeltaBytes: 1024 * 1024, timeoutMs: 30 * 60_000, maxRestoreLagMs: 15 * 60_000 } as const;

const httpUrlValue = (text: string): Parsed<string> => {
  const url = URL.canParse(text.trim()) ? new URL(text.trim()) : undefined;
  return url && (url.protocol === 'https:' || url.protocol === 'http:') ? { ok: true, value: url.href } : { ok: false, expected: `expected an http(s) URL like https://sqladmin.googleapis.com/, got ${JSON.stringify(text)}` };
};

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const envKeyValue = (text: string): Parsed<string> => (ENV_NAME.test(text) ? { ok: true, value: text } : { ok: false, expected: `expected a variable name like DATABASE_URL, got ${JSON.stringify(text)}` });

/**
 * What a source kind cannot do, as the key that asks for it: companions and `.env` keys need
 * backup directories (local only); file checks, a restore and a pattern need files (not Cloud SQL or RDS).
 */
export function misfit(set: Pick<BackupSet, 'source' | 'require' | 'envKeys' | 'verify' | 'restore' | 'pattern'>): { key: string; expected: string } | undefined {
  const kind = set.source.kind;
  if (kind !== 'local') {
    if (set.require.length) return { key: 'require', expected: `expected no require for a ${kind} source: companions are checked in local backup directories only` };
    if (set.envKeys.length) return { key: 'env-keys', expected: `expected no env-keys for a ${kind} source: .env files are read in local backup directories only` };
  }
  if (isManaged(set.source)) {
    const what = `a ${kind} source's backups are the provider's snapshots, with no file to read`;
    if (set.verify.length) return { key: 'verify', expected: `expected no verify: ${what}` };
    if (set.restore) return { key: 'restore', expected: `expected no restore: ${what}` };
    if (set.pattern !== ANY_ENTRY) return { key: 'pattern', expected: `expected no pattern: ${what}` };
  }
  return undefined;
}

/** Every line of a list input through `parse`; a bad line names the input and its number. */
function lines<T>(reader: InputReader, name: string, parse: (text: string) => Parsed<T>): T[] {
  return reader.list(name).map((line, i) => {
    const parsed = parse(line);
    return parsed.ok ? parsed.value : reader.fail(name, `line ${i + 1}: ${parsed.expected}`);
  });
}

type Shared = Pick<BackupSet, 'timeoutMs' | 'cloud'> & {
  databaseUrl?: URL;
  maxRestoreLagMs: number;
  /** Every check but the restores: the sets that restore need no scratch server this run. */
  skipRestores?: boolean;
};

function inlineSet(reader: InputReader, environment: string, shared: Shared): BackupSet {
  const source = reader.parse('source', backupSourceValue);
  if (!source) return reader.fail('source', 'expected a local directory like /backups/estimator, or config and environment to take the backups from');
  const name = reader.text('name') || sourceName(source);
  const expectTables = lines(reader, 'expect-tables', expectTableValue);
  if (expectTables.length > 0 && !shared.databaseUrl && !shared.skipRestores) reader.fail('expect-tables', 'expected restore-database-url too: the row counts are checked after a restore');
  const verify = lines(reader, 'verify', verifyLineValue);
  const maxAgeMs = reader.parse('max-age', (t) => durationValue(t));
  const windowMs = reader.parse('window', (t) => durationValue(t));
  const runbook = reader.text('runbook');
  const set: BackupSet = {
    id: backupId(environment, name),
    environment,
    name,
    source,
    where: sourceLabel(source),
    pattern: reader.parse('pattern', entryPatternValue, ANY_ENTRY),
    ...(maxAgeMs === undefined ? {} : { maxAgeMs }),
    ...(windowMs === undefined ? {} : { windowMs }),
    minCount: reader.parse('min-count', (t) => integerValue(t, 0, 100_000), 1),
    history: reader.parse('history', (t) => integerValue(t, 1, 1000), DEFAULTS.history),
    maxShrink: reader.parse('max-shrink', (t) => percentValue(t, 100), DEFAULTS.maxShrink),
    maxGrowth: reader.parse('max-growth', (t) => percentValue(t, 100_000), DEFAULTS.maxGrowth),
    minDeltaBytes: reader.parse('min-delta', byteSizeValue, DEFAULTS.minDeltaBytes),
    require: lines(reader, 'require', innerPathValue),
    envKeys: lines(reader, 'env-keys', envKeyValue),
    envFile: '.env',
    verify,
    sqliteCheck: reader.choice('sqlite-check', ['quick', 'integrity'] as const, 'integrity'),
    timeoutMs: shared.timeoutMs,
    maxRestoreLagMs: shared.maxRestoreLagMs,
    cloud: shared.cloud,
    ...(shared.databaseUrl ? { restore: { databaseUrl: shared.databaseUrl, expectTables } } : {}),
    severity: reader.choice('severity', SEVERITIES, 'P2'),
    ...(runbook ? { runbook } : {}),
  };
  const bad = misfit(set);
  if (bad) reader.fail(bad.key === 'restore' ? 'restore-database-url' : bad.key, bad.expected);
  return set;
}

/** The `backups:` of one environment; each entry's own settings win over the defaults. */
export function setsFromConfig(entries: readonly BackupConfig[], environment: string, shared: Shared): BackupSet[] {
  return entries.map((entry, i) => {
    const at = `environments.${environment}.backups[${i}]`;
    const pattern = entry.pattern === undefined ? { ok: true as const, value: ANY_ENTRY } : entryPatternValue(entry.pattern);
    if (!pattern.ok) throw new UsageError(`${at}.pattern`, pattern.expected);
    const name = entry.name ?? sourceName(entry.source);
    const restore = !shared.skipRestores && (entry.restore ?? (entry['expect-tables'] ?? []).length > 0);
    if (restore && !shared.databaseUrl) throw new UsageError(`${at}.restore`, 'expected the restore-database-url input too: the scratch server to restore into');
    const set: BackupSet = {
      id: backupId(environment, name),
      environment,
      name,
      source: entry.source,
      where: sourceLabel(entry.source),
      pattern: pattern.value,
      ...(entry['max-age'] === undefined ? {} : { maxAgeMs: entry['max-age'] }),
      ...(entry.window === undefined ? {} : { windowMs: entry.window }),
      minCount: entry['min-count'] ?? 1,
      history: entry.history ?? DEFAULTS.history,
      maxShrink: entry['max-shrink'] ?? DEFAULTS.maxShrink,
      maxGrowth: entry['max-growth'] ?? DEFAULTS.maxGrowth,
      minDeltaBytes: entry['min-delta'] ?? DEFAULTS.minDeltaBytes,
      require: entry.require ?? [],
      envKeys: entry['env-keys'] ?? [],
      envFile: '.env',
      verify: entry.verify ?? [],
      sqliteCheck: entry['sqlite-check'] ?? 'integrity',
      timeoutMs: shared.timeoutMs,
      maxRestoreLagMs: entry['max-restore-lag'] ?? shared.maxRestoreLagMs,
      cloud: shared.cloud,
      ...(restore && shared.databaseUrl ? { restore: { databaseUrl: shared.databaseUrl, expectTables: entry['expect-tables'] ?? [] } } : {}),
      severity: entry.severity ?? 'P2',
      ...(entry.runbook ? { runbook: entry.runbook } : {}),
    };
    const bad = misfit(set);
    if (bad) throw new UsageError(`${at}.${bad.key}`, bad.expected);
    return set;
  });
}

/**
 * Turns the inputs into backup sets, validating everything before any file is read. The
 * scratch server's URL is a secret: `secret` registers it (and its password) before anything is printed.
 */
export async function planBackupVerify(reader: InputReader, secret: (value: string) => void): Promise<BackupVerifyPlan> {
  const skipRestores = reader.boolean('skip-restores', false);
  const urlText = skipRestores ? '' : reader.text('restore-database-url');
  secret(urlText);
  const databaseUrl = urlText ? reader.parse('restore-database-url', postgresUrlValue) : undefined;
  if (databaseUrl?.password) secret(decodeURIComponent(databaseUrl.password));
  const sqladminRootUrl = reader.parse('sqladmin-root-url', httpUrlValue);
  const shared: Shared = {
    timeoutMs: reader.parse('timeout', (t) => durationValue(t, { max: DURATION_MAX.waitTimeout }), DEFAULTS.timeoutMs),
    maxRestoreLagMs: reader.parse('max-restore-lag', (t) => durationValue(t), DEFAULTS.maxRestoreLagMs),
    cloud: { forcePathStyle: reader.boolean('force-path-style', false), ...(sqladminRootUrl ? { sqladminRootUrl } : {}) },
    ...(databaseUrl ? { databaseUrl } : {}),
    ...(skipRestores ? { skipRestores } : {}),
  };
  const dryRun = reader.boolean('dry-run', false);
  const configPath = reader.text('config');
  const environment = reader.text('environment');
  const inline = reader.text('source') ? [inlineSet(reader, environment || 'default', shared)] : [];
  if (!configPath && inline.length > 0) return { sets: regionChecked(inline), dryRun };
  if (environment === '') {
    if (inline.length > 0) reader.fail('environment', 'expected the environment to read from the config');
    reader.fail('source', 'expected a local directory like /backups/estimator, or config and environment to take the backups from');
  }
  const { DEFAULT_CONFIG_PATH, loadEnvironment } = await import('@runbook/core/config');
  const path = configPath || DEFAULT_CONFIG_PATH;
  const fromConfig = setsFromConfig(loadEnvironment(path, environment).backups, environment, shared);
  if (fromConfig.length === 0 && inline.length === 0) reader.fail('environment', `no backups are configured for "${environment}" in ${path}`);
  const byId = new Map([...inline, ...fromConfig].map((s) => [s.id, s]));
  if (byId.size < inline.length + fromConfig.length) {
    const seen = new Set<string>();
    const dup = [...inline, ...fromConfig].find((s) => (seen.has(s.id) ? true : (seen.add(s.id), false)));
    throw new UsageError(`environments.${environment}.backups`, `two backup sets are named ${JSON.stringify(dup?.name)}: give each a distinct name`);
  }
  return { sets: regionChecked([...byId.values()]), dryRun };
}

/** RDS has no global endpoint: its region must be known before any call. */
function regionChecked(sets: BackupSet[]): BackupSet[] {
  const rds = sets.find((s) => s.source.kind === 'rds' || s.source.kind === 'rds-cluster');
  if (rds && !(process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION)) throw new UsageError('AWS_REGION', `expected the region of ${rds.where} in AWS_REGION (aws-actions/configure-aws-credentials sets it)`);
  return sets;
}
