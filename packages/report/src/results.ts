import { globSync, readFileSync, statSync } from 'node:fs';
import { CheckResults } from '@runbook/core/schemas';
import type { CheckResult } from '@runbook/core';

/** One result file the report read; a file it could not use keeps its place, with the reason. */
export interface ResultFile {
  path: string;
  results: CheckResult[];
  /** Why the file's results are missing from the report (not JSON, not results, too large). */
  problem?: string;
}

/** A results file of 10,000 results is ~5 MB; anything much larger is not one. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** Bounds the glob: a pattern that matches a whole disk is a mistake. */
export const MAX_FILES = 1_000;

/** The files the patterns match, sorted and each once; throws when there are more than MAX_FILES. */
export function matchResultFiles(patterns: readonly string[], cwd: string): string[] {
  const paths = new Set<string>();
  for (const pattern of patterns) {
    for (const path of globSync(pattern, { cwd })) {
      paths.add(path);
      if (paths.size > MAX_FILES) throw new RangeError(`more than ${MAX_FILES} files match`);
    }
  }
  return [...paths].sort();
}

/** The zod issue as one line: `[3].status: Invalid option: expected one of "pass"|"warn"|"fail"`. */
function firstIssue(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string {
  const issue = error.issues[0];
  if (!issue) return 'not a list of results';
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  return `${path || 'the file'}: ${issue.message}`;
}

/** Reads and validates one file against the result schema (what every check action's `results-file` holds). */
export function readResultFile(path: string, cwd: string): ResultFile {
  const full = path.startsWith('/') ? path : `${cwd}/${path}`;
  let text: string;
  try {
    const size = statSync(full).size;
    if (size > MAX_FILE_BYTES) return { path, results: [], problem: `${size} bytes, over the ${MAX_FILE_BYTES}-byte limit` };
    text = readFileSync(full, 'utf8');
  } catch (error) {
    return { path, results: [], problem: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { path, results: [], problem: text.trim() === '' ? 'empty' : 'not JSON (cut short, or not a results file)' };
  }
  const parsed = CheckResults.safeParse(json);
  if (!parsed.success) return { path, results: [], problem: `not a results file: ${firstIssue(parsed.error)}` };
  return { path, results: parsed.data };
}
