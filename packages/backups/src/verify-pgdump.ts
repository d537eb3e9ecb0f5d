import { formatDuration, UNDECIDED_PREFIX } from '@runbook/core';
import type { Readable } from 'node:stream';
import { CUSTOM_NAME, dumpFormat, plainDumpStream, type DumpFormat } from './dump-format.ts';
import { finding, type Finding } from './findings.ts';
import { LineScanner, text } from './line-scanner.ts';
import { runTool, type ToolRun } from '@runbook/core/tool';
import { gzipFinding } from './verify-gzip.ts';

export interface PlainDumpFacts {
  header: boolean;
  complete: boolean;
  /** The `\restrict` key (pg_dump since the August 2025 minor releases), and the `\unrestrict` one. */
  restrictKey?: string;
  unrestrictKey?: string;
  serverVersion?: string;
  dumpVersion?: string;
  /** Data rows per table, counted from the COPY blocks. */
  rows: Record<string, number>;
}

const COPY = /^COPY ([^ ]+) .*FROM stdin;$/;

/** Reads a plain dump line by line: header, versions, restrict keys, the completion trailer and COPY rows. */
export async function scanPlainDump(stream: Readable): Promise<PlainDumpFacts> {
  const facts: PlainDumpFacts = { header: false, complete: false, rows: {} };
  let lineNo = 0;
  let copying: string | undefined;
  const scanner = new LineScanner((bytes) => {
    lineNo++;
    if (copying !== undefined) {
      // Data rows are counted, never decoded: `\.` ends the block.
      if (bytes.length === 2 && bytes[0] === 0x5c && bytes[1] === 0x2e) copying = undefined;
      else facts.rows[copying] = (facts.rows[copying] ?? 0) + 1;
      return;
    }
    const line = text(bytes);
    if (lineNo <= 10 && line === '-- PostgreSQL database dump') facts.header = true;
    else if (line === '-- PostgreSQL database dump complete') facts.complete = true;
    else if (line.startsWith('\\restrict ') && facts.restrictKey === undefined) facts.restrictKey = line.slice(10).trim();
    else if (line.startsWith('\\unrestrict ')) facts.unrestrictKey = line.slice(12).trim();
    else if (line.startsWith('-- Dumped from database version ')) facts.serverVersion = line.slice(32).trim();
    else if (line.startsWith('-- Dumped by pg_dump version ')) facts.dumpVersion = line.slice(29).trim();
    else {
      const copy = COPY.exec(line);
      if (copy?.[1]) {
        copying = copy[1];
        facts.rows[copying] ??= 0;
      }
    }
  });
  for await (const chunk of stream) scanner.push(chunk as Buffer);
  scanner.end();
  return facts;
}

export function plainDumpFindings(name: string, facts: PlainDumpFacts): Finding[] {
  if (!facts.header) return [finding('PGDUMP_BAD_HEADER', `${name} does not begin like a pg_dump plain dump ("-- PostgreSQL database dump")`)];
  if (!facts.complete) return [finding('PGDUMP_INCOMPLETE', `${name} has no "-- PostgreSQL database dump complete" trailer: the dump stopped before it finished`)];
  if (facts.restrictKey !== facts.unrestrictKey) {
    const what = facts.unrestrictKey === undefined ? 'no \\unrestrict line' : facts.restrictKey === undefined ? 'an \\unrestrict line without \\restrict' : 'an \\unrestrict key that differs from its \\restrict key';
    return [finding('PGDUMP_INCOMPLETE', `${name} has ${what}: the dump is cut or was pieced together`)];
  }
  return [];
}

export interface DumpCheck {
  format: DumpFormat;
  findings: Finding[];
  facts?: PlainDumpFacts;
}

/** Why a tool run decides nothing, if it does not: not installed, or out of time. */
export function undecided(tool: string, run: ToolRun, timeoutMs: number): Finding | undefined {
  if (!run.ran) return finding('TOOL_MISSING', `${UNDECIDED_PREFIX}${run.reason}`);
  if (run.timedOut) return finding('TIMED_OUT', `${UNDECIDED_PREFIX}${tool} did not finish within ${formatDuration(timeoutMs)}`);
  return undefined;
}

const firstLine = (text: string): string => text.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';

/**
 * A custom-format dump: the `PGDMP` magic, then `pg_restore --list` (the table of contents) and
 * a full read of every data block into /dev/null. The verdict is read from the output.
 */
async function verifyCustom(path: string, name: string, timeoutMs: number): Promise<Finding[]> {
  const list = await runTool('pg_restore', ['--list', path], { timeoutMs });
  const notRun = undecided('pg_restore --list', list, timeoutMs);
  if (notRun || !list.ran) return notRun ? [notRun] : [];
  const message = firstLine(list.stderr.replace(/^pg_restore: (error: )?/gm, ''));
  if (/unsupported version/.test(list.stderr)) return [finding('PG_RESTORE_TOO_OLD', `${UNDECIDED_PREFIX}${name} was written by a newer pg_dump than this pg_restore reads (${message})`)];
  if (/did not find magic string/.test(list.stderr)) return [finding('PGDMP_BAD_MAGIC', `${name} is not a pg_dump custom archive (${message})`)];
  if (list.code !== 0) return [finding('PGDUMP_INCOMPLETE', `pg_restore cannot read the table of contents of ${name}: ${message || `exit code ${list.code}`}`)];
  // An exit code of 0 alone proves nothing: the table of contents must be there.
  if (!/^; Archive created at /m.test(list.stdout)) return [finding('CHECK_ERROR', `${UNDECIDED_PREFIX}pg_restore --list printed no table of contents for ${name}${message ? ` (${message})` : ''}`)];
  const read = await runTool('pg_restore', ['--file', '/dev/null', path], { timeoutMs });
  const notRead = undecided('pg_restore', read, timeoutMs);
  if (notRead || !read.ran) return notRead ? [notRead] : [];
  if (read.code !== 0 || /error:/.test(read.stderr)) {
    return [finding('PGDUMP_INCOMPLETE', `pg_restore cannot read every data block of ${name}: ${firstLine(read.stderr.replace(/^pg_restore: (error: )?/gm, '')) || `exit code ${read.code}`}`)];
  }
  return [];
}

/** A pg_dump file in any format: plain, gzipped plain, or custom. */
export async function verifyPgDump(path: string, name: string, timeoutMs: number): Promise<DumpCheck> {
  const format = await dumpFormat(path);
  if (format === 'custom') return { format, findings: await verifyCustom(path, name, timeoutMs) };
  if (format === 'plain' && CUSTOM_NAME.test(path)) return { format, findings: [finding('PGDMP_BAD_MAGIC', `${name} is named like a pg_dump custom archive but does not begin with PGDMP`)] };
  try {
    const facts = await scanPlainDump(plainDumpStream(path, format));
    return { format, findings: plainDumpFindings(name, facts), facts };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).syscall) throw error;
    return { format, findings: [gzipFinding(name, error as NodeJS.ErrnoException)] };
  }
}
