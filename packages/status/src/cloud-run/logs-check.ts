import { LoggingServiceV2Client } from '@google-cloud/logging-api';
import { formatDuration } from '@runbook/core';
import { messageKey } from '../host/error-lines.ts';
import type { Verdict } from '../verdict.ts';
import { googleClientOptions, RetryAfter } from '@runbook/platforms/google-api';
import { gcpCall, gcpFailure } from './gcp-call.ts';

/** entries.list pages read at most (1,000 entries each). */
const MAX_PAGES = 10;
const PAGE_SIZE = 1000;
const TOP = 5;

export interface CloudLoggingQuery {
  project: string;
  service: string;
  /** The clause that picks error entries (`severity>=ERROR`). */
  filter: string;
  windowMs: number;
  maxErrors: number;
  endpoint?: string | undefined;
  /** On systemClock's scale. */
  deadline: number;
}

type Value = { stringValue?: string | null; structValue?: { fields?: Record<string, Value> | null } | null } | null | undefined;
interface Entry {
  textPayload?: string | null;
  jsonPayload?: { fields?: Record<string, Value> | null } | null;
  severity?: string | number | null;
}

/** The entry's message: its text payload, or the `message` (or `msg`, `error`) of its JSON payload. */
export function entryMessage(e: Entry): string {
  if (e.textPayload) return e.textPayload;
  const fields = e.jsonPayload?.fields ?? {};
  for (const key of ['message', 'msg', 'error']) {
    const text = fields[key]?.stringValue;
    if (text) return text;
  }
  return fields.error?.structValue?.fields?.message?.stringValue ?? '(no message)';
}

const quoteValue = (s: string): string => `"${s.replace(/["\\]/g, '\\$&')}"`;

/** Runbook 004's filter, with the window: what entries.list and `gcloud logging read` are given. */
export const loggingFilter = (q: Pick<CloudLoggingQuery, 'service' | 'filter'>, since: Date): string =>
  `resource.type="cloud_run_revision" AND resource.labels.service_name=${quoteValue(q.service)} AND ${q.filter} AND timestamp>="${since.toISOString()}"`;

/** Cloud Logging entries.list over the window, at most MAX_PAGES pages: the count, the top messages grouped, the command to see the rest. */
export async function checkCloudLogging(q: CloudLoggingQuery, now = Date.now(), notify?: (m: string) => void): Promise<Verdict> {
  const retryAfter = new RetryAfter();
  const client = new LoggingServiceV2Client(googleClientOptions(q.endpoint, retryAfter));
  const filter = loggingFilter(q, new Date(now - q.windowMs));
  const groups = new Map<string, number>();
  let [count, pages] = [0, 0];
  let pageToken: string | undefined;
  try {
    do {
      const token = pageToken;
      const [entries, , response] = await gcpCall({
        name: 'Cloud Logging entries.list',
        attempt: (options) => client.listLogEntries({ resourceNames: [`projects/${q.project}`], filter, orderBy: 'timestamp desc', pageSize: PAGE_SIZE, ...(token ? { pageToken: token } : {}) }, { ...options, autoPaginate: false }),
        deadline: q.deadline,
        notify,
        retryAfter,
      });
      for (const e of entries) {
        count++;
        const key = messageKey(entryMessage(e as Entry));
        groups.set(key, (groups.get(key) ?? 0) + 1);
      }
      pageToken = response?.nextPageToken || undefined;
      pages++;
    } while (pageToken && pages < MAX_PAGES);
  } catch (error) {
    const verdict = gcpFailure('Cloud Logging entries.list', 'logging.logEntries.list', error, 'logging-endpoint');
    return { ...verdict, evidence: { ...verdict.evidence, project: q.project } };
  } finally {
    await client.close().catch(() => undefined);
  }
  const truncated = pageToken !== undefined;
  const window = formatDuration(q.windowMs);
  const top = [...groups].sort((a, b) => b[1] - a[1]).slice(0, TOP);
  const counted = `${truncated ? 'at least ' : ''}${count} error entr${count === 1 ? 'y' : 'ies'} of ${q.service} in the last ${window}`;
  const evidence = {
    project: q.project,
    filter,
    window,
    'error lines': count,
    'max errors': q.maxErrors,
    truncated,
    'top messages': top.map(([m, n]) => `${n}× ${m}`).join('\n') || null,
    'see all': `gcloud logging read '${filter.replace(/'/g, `'\\''`)}' --project ${q.project} --limit 100 --format 'value(timestamp, severity, textPayload, jsonPayload.message)'`,
  };
  if (count > q.maxErrors) return { outcome: 'fail', severity: 'P3', summary: `${counted}, over ${q.maxErrors}; most common: ${top[0]?.[0] ?? ''}`, evidence };
  return { outcome: 'pass', summary: `${counted} (at most ${q.maxErrors})`, evidence };
}
