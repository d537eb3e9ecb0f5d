import { checkActionInputs, SHARD_INPUT } from './common.ts';
import type { ActionDefinition } from './definition.ts';

export const BACKUP_VERIFY: ActionDefinition = {
  name: 'backup-verify',
  title: 'runbook backup-verify',
  description:
    'Check that backups exist, are fresh, plausible in size against their history, not corrupt (gzip, SQLite, pg_dump), and actually restore into a scratch PostgreSQL database.',
  branding: { icon: 'database', color: 'green' },
  inputs: {
    source: {
      description:
        'Where the backup set lives: a directory (`/backups/estimator` or `local:/backups/estimator`; each entry in it, a file or a directory, is one backup), `s3://bucket/prefix/` or `gs://bucket/prefix/` (each object directly under the prefix is one backup), `cloudsql:PROJECT/INSTANCE` (its backup runs and point-in-time recovery), `rds:INSTANCE` or `rds-cluster:CLUSTER` (retention, snapshots, latest restorable time). Leave empty to take the `backups:` of `environment` from `config`.',
      type: 'text',
    },
    name: {
      description: "The backup set's name, the last part of its result id (`backup:<environment>/<name>`) and its incident. Defaults to the source directory's last part.",
      shownDefault: "the source directory's last part",
      type: 'text',
    },
    pattern: {
      description:
        "A glob for the entries that are backups (`*`, `?`), with an optional `{date}` token (`db_{date}.sql.gz`; 2026-12-01, 20261201, 20261201_0300 or 2026-12-01T03-00-00, UTC) that gives each backup's time; without it the modification time is used. Hidden entries and SQLite's `-wal`, `-shm` and `-journal` files are never backups.",
      default: '*',
      type: 'text',
    },
    'max-age': { description: 'The newest good backup may be at most this old (e.g. `26h`), else `STALE`.', type: 'duration' },
    'min-count': { description: 'At least this many backups must be there, else `TOO_FEW_BACKUPS`.', default: '1', type: 'integer' },
    window: { description: 'A non-empty backup on each UTC day of this window before today (e.g. `7d`), else `WINDOW_GAP` naming the days.', type: 'duration' },
    history: { description: 'How many backups before the newest give the median size it is compared with.', default: '7', type: 'integer' },
    'max-shrink': { description: 'The newest backup may be at most this much smaller than the median (e.g. `30%`), else `SIZE_DROP`.', default: '30%', type: 'text' },
    'max-growth': { description: 'The newest backup may be at most this much larger than the median (e.g. `300%`), else `SIZE_SPIKE` (a warning).', default: '300%', type: 'text' },
    'min-delta': { description: 'Size changes smaller than this never count (e.g. `1MiB`), so tiny backups do not flap.', default: '1MiB', type: 'text' },
    require: {
      description: 'Entries each backup directory must hold, one per line (`app.db`, `.env`, `uploads/` for a directory), else `MISSING_COMPANION`.',
      type: 'lines',
    },
    'env-keys': {
      description: "Key names the backup's `.env` must set, one per line, else `ENV_KEY_MISSING`. Only the names are read; values never reach any output.",
      type: 'lines',
      cli: { alias: 'env-key' },
    },
    verify: {
      description: 'Checks of the newest backup, one per line, run in this order: `gzip`, `sqlite` and `pgdump`, each optionally with a file inside the backup (`sqlite: app.db`).',
      type: 'lines',
    },
    'sqlite-check': {
      description: '`integrity` (PRAGMA integrity_check) or `quick` (PRAGMA quick_check: faster, skips the index checks).',
      default: 'integrity',
      type: 'choice',
      values: ['integrity', 'quick'],
    },
    'restore-database-url': {
      description:
        'A scratch PostgreSQL server, `postgres://…@host:5432/postgres`: the newest dump is restored into a new database that is created and dropped (never the one named here, never one that exists); masked.',
      type: 'text',
      secret: true,
    },
    'skip-restores': {
      description:
        'Every check but the restores: the sets that restore (`restore: true` or `expect-tables` in the config) are checked without one and need no `restore-database-url`. For a nightly run whose restore drill is weekly.',
      default: 'false',
      type: 'boolean',
    },
    'expect-tables': {
      description: 'Row counts the restored database must have, one per line, like `users>=1` (needs `restore-database-url`), else `ROWCOUNT_MISMATCH`.',
      type: 'lines',
      cli: { alias: 'expect-table' },
    },
    timeout: {
      description: 'Time limit of each tool run (pg_restore, psql) and of each cloud call with its retries, e.g. `30m` (a cloud call gets at most 5m); past it the check is undecided (`TIMED_OUT`).',
      default: '30m',
      type: 'duration',
    },
    'max-restore-lag': {
      description: "RDS: the instance's or cluster's latest restorable time may be at most this old, else `RESTORE_LAG`.",
      default: '15m',
      type: 'duration',
    },
    'force-path-style': {
      description: 'S3: path-style URLs (`https://host/bucket/key`), which S3-compatible stores reached by host name need; the endpoint itself comes from `AWS_ENDPOINT_URL_S3` or `AWS_ENDPOINT_URL`.',
      default: 'false',
      type: 'boolean',
    },
    'sqladmin-root-url': {
      description: 'Cloud SQL: the Admin API root URL, for a private endpoint (default `https://sqladmin.googleapis.com/`).',
      type: 'text',
    },
    severity: {
      description: 'The severity of a bad backup; a check that could not decide is P3, a warning P4.',
      default: 'P2',
      type: 'choice',
      values: ['P1', 'P2', 'P3', 'P4'],
    },
    runbook: {
      description: "What the on-call engineer should do when the check fails (text or a link), shown in its incident issue. Defaults to runbook 001's backup steps.",
      type: 'text',
    },
    config: { description: 'Path to the runbook config file. With `environment`, its `backups:` entries are checked too.', type: 'path' },
    environment: {
      description: 'Environment in the config file whose `backups:` to check (e.g. `production`); also the middle part of result ids.',
      type: 'text',
    },
    'dry-run': { description: 'List what would be checked and restored, and check and restore nothing.', default: 'false', type: 'boolean' },
    ...SHARD_INPUT,
    ...checkActionInputs('When the step fails, `fail` (a backup is bad or could not be decided), `warn` (also on warnings) or `never`.'),
  },
  outputs: {
    status: { description: '`pass`, `warn`, `fail`, or `undecided` when no backup set is known bad but a check could not decide (a missing tool or permission, a timeout).' },
    results: {
      description:
        'JSON array of results, one per backup set; the evidence holds the finding codes (`code` the worst), the newest backup, its age and size, the median size, the checks that ran, the newest good backup, the RPO and the restored row counts.',
    },
    'newest-backup': { description: 'The path of the newest backup (of the set most at risk, whose newest good backup is oldest or missing, when there are several).' },
    'newest-age-seconds': { description: 'How old that newest backup is, in seconds.' },
    'rpo-seconds': { description: 'Now minus that set\'s newest backup that passed every check (with `restore-database-url`, that also restored); empty when none did.' },
  },
};
