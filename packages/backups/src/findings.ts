/**
 * Every verdict backup-verify gives, by its stable code: the code is in the result's evidence and
 * in its annotation, so that alerts and reports can key on it.
 * `undecided`: the verifier could not tell (a missing tool or permission, a timeout); never a pass.
 */
export const FINDINGS = {
  NO_BACKUPS: 'fail',
  TOO_FEW_BACKUPS: 'fail',
  EMPTY_FILE: 'fail',
  STALE: 'fail',
  WINDOW_GAP: 'fail',
  SIZE_DROP: 'fail',
  SIZE_SPIKE: 'warn',
  IDENTICAL_TO_PREVIOUS: 'warn',
  MISSING_COMPANION: 'fail',
  ENV_KEY_MISSING: 'fail',
  SQLITE_BAD_MAGIC: 'fail',
  SQLITE_TRUNCATED: 'fail',
  SQLITE_CORRUPT: 'fail',
  SQLITE_FOREIGN_KEY: 'fail',
  SQLITE_WAL_SIDECAR: 'warn',
  GZIP_BAD_MAGIC: 'fail',
  GZIP_TRUNCATED: 'fail',
  GZIP_CRC: 'fail',
  PGDUMP_BAD_HEADER: 'fail',
  PGDUMP_INCOMPLETE: 'fail',
  PGDMP_BAD_MAGIC: 'fail',
  RESTORE_SQL_ERROR: 'fail',
  ROWCOUNT_MISMATCH: 'fail',
  SCRATCH_NOT_DROPPED: 'warn',
  RUN_FAILED: 'fail',
  RUN_OVERDUE: 'fail',
  PITR_DISABLED: 'fail',
  AUTOMATED_BACKUPS_OFF: 'fail',
  RESTORE_LAG: 'fail',
  PG_RESTORE_TOO_OLD: 'undecided',
  TOOL_MISSING: 'undecided',
  NO_PERMISSION: 'undecided',
  TIMED_OUT: 'undecided',
  CHECK_ERROR: 'undecided',
} as const;

export type FindingCode = keyof typeof FINDINGS;
export type Verdict = (typeof FINDINGS)[FindingCode];

export interface Finding {
  code: FindingCode;
  /** A plain sentence: what is wrong, with the numbers. */
  message: string;
}

export const finding = (code: FindingCode, message: string): Finding => ({ code, message });

const rank: Record<Verdict, number> = { warn: 1, undecided: 2, fail: 3 };

/** Findings worst first: a bad backup, then an undecided check, then warnings. */
export const worstFirst = (findings: readonly Finding[]): Finding[] => [...findings].sort((a, b) => rank[FINDINGS[b.code]] - rank[FINDINGS[a.code]]);

/** A finding that stops the costlier checks of that backup. */
export const stops = (f: Finding): boolean => FINDINGS[f.code] !== 'warn';
