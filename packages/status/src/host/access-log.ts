import { formatDuration } from '@runbook/core';
import { undecided, type Verdict } from '../verdict.ts';
import { LatencyHistogram } from './histogram.ts';
import { eachLine, fileError } from './lines.ts';
import { clfTime } from './log-time.ts';

/** One access log line of the common/combined formats that matters here. */
export interface AccessLine {
  time: number;
  status: number;
  /** From a last field of `%D` (whole microseconds, Apache) or `$request_time` (seconds with a dot, nginx). */
  micros?: number;
}

// `… [02/Dec/2026:06:00:00 +0900] "GET / HTTP/1.1" 200 512 … 1234`: the status and the bytes.
// A `\"` inside the request is Apache's escape, not its end.
const REQUEST_END = /(?<!\\)" (\d{3}) \S+/g;

export function parseAccessLine(line: string): AccessLine | undefined {
  const open = line.indexOf('[');
  const close = open < 0 ? -1 : line.indexOf(']', open);
  if (close < 0) return undefined;
  const time = clfTime(line.slice(open + 1, close));
  if (time === undefined) return undefined;
  REQUEST_END.lastIndex = close;
  const status = REQUEST_END.exec(line);
  if (!status) return undefined;
  // The common format ends with the bytes: a time field is only one that comes after them.
  const lastSpace = line.lastIndexOf(' ');
  const last = lastSpace >= REQUEST_END.lastIndex ? line.slice(lastSpace + 1) : '';
  const micros = /^\d+$/.test(last) ? Number(last) : /^\d+\.\d+$/.test(last) ? Number(last) * 1e6 : undefined;
  return { time, status: Number(status[1]), ...(micros === undefined ? {} : { micros }) };
}

export interface AccessSummary {
  requests: number;
  errors: number;
  /** Lines of the file that are not in the common/combined format. */
  unparsed: number;
  p95Micros?: number;
}

/** The window's requests, 5xx responses and p95, from one streaming pass over the log. */
export async function summarizeAccessLog(file: string, since: number): Promise<AccessSummary> {
  const latency = new LatencyHistogram();
  const sum = { requests: 0, errors: 0, unparsed: 0 };
  await eachLine(file, (text) => {
    const line = parseAccessLine(text);
    if (!line) return void (text.trim() === '' || sum.unparsed++);
    if (line.time < since) return;
    sum.requests++;
    if (line.status >= 500) sum.errors++;
    if (line.micros !== undefined) latency.add(line.micros);
  });
  const p95 = latency.percentile(95);
  return { ...sum, ...(p95 === undefined ? {} : { p95Micros: p95 }) };
}

const pct = (rate: number): string => `${(rate * 100).toFixed(2).replace(/\.?0+$/, '')}%`;

export interface AccessLimits {
  windowMs: number;
  maxErrorRate: number;
  maxP95Ms: number;
}

/**
 * Runbook 001's evening inspection: the day's 5xx rate (at most 1 %) and response times. No
 * request in the window is a warning: a log that stopped growing is how a dead server looks.
 */
export async function checkAccessLog(file: string, limits: AccessLimits, now = Date.now()): Promise<Verdict> {
  let s: AccessSummary;
  try {
    s = await summarizeAccessLog(file, now - limits.windowMs);
  } catch (error) {
    return undecided(fileError(file, error), { file });
  }
  const window = formatDuration(limits.windowMs);
  const rate = s.requests === 0 ? 0 : s.errors / s.requests;
  const p95Ms = s.p95Micros === undefined ? undefined : Math.round(s.p95Micros / 1000);
  const evidence = {
    file,
    window,
    requests: s.requests,
    '5xx': s.errors,
    '5xx rate': s.requests === 0 ? null : Math.round(rate * 1e6) / 1e6,
    'max error rate': limits.maxErrorRate,
    'p95 ms': p95Ms ?? null,
    'max p95 ms': limits.maxP95Ms,
    'unparsed lines': s.unparsed,
  };
  if (s.requests === 0) {
    if (s.unparsed > 0) return undecided(`${file} has ${s.unparsed} line(s), none in the common or combined log format`, evidence);
    return { outcome: 'warn', severity: 'P4', summary: `no requests in ${file} in the last ${window}: is the server receiving traffic, and writing this log?`, evidence };
  }
  const over = [
    rate > limits.maxErrorRate ? `5xx rate ${pct(rate)} (${s.errors} of ${s.requests}) over ${pct(limits.maxErrorRate)}` : '',
    p95Ms !== undefined && p95Ms > limits.maxP95Ms ? `p95 ${formatDuration(p95Ms)} over ${formatDuration(limits.maxP95Ms)}` : '',
  ].filter(Boolean);
  const seen = `${s.requests} request(s) in the last ${window}, 5xx rate ${pct(rate)}, p95 ${p95Ms === undefined ? 'unknown (no %D or $request_time at the end of the lines)' : formatDuration(p95Ms)}`;
  if (over.length > 0) return { outcome: 'fail', severity: 'P3', summary: `${over.join('; ')} in the last ${window}`, evidence };
  return { outcome: 'pass', summary: seen, evidence };
}
