import { CHECK_KINDS, SEVERITIES, type CheckKind, type Severity } from '@runbook/core';

/**
 * The state of one incident, kept in a hidden HTML comment at the top of its issue body, so no
 * other storage is needed: the issue is found by `id`, and the next run reads what it needs.
 */
export interface IncidentMarker {
  /** The check result id the incident is about. */
  id: string;
  kind: CheckKind;
  /** First failure of this episode (ISO time); downtime is measured from here. */
  since: string;
  /** Last failing result seen (ISO time). */
  last: string;
  /** Runs that saw it failing in this episode. */
  count: number;
  severity: Severity;
  status: 'fail' | 'warn';
  /** The last failure's summary; its reason class decides whether a comment is due. */
  summary: string;
  /** Severities whose escalation has been done for this episode. */
  escalated: Severity[];
  /** The service the check belongs to (the result's `subject`); older markers lack it. */
  subject?: string;
  /** When this episode ended (the passing result's time), set when the issue is closed on recovery. */
  until?: string;
  /** Earlier episodes of this incident, oldest first, kept across reopens (the last MAX_EPISODES). */
  episodes?: Episode[];
}

/** One finished outage episode: from the first failure to the passing check that closed it. */
export interface Episode {
  since: string;
  until: string;
  severity: Severity;
}

/** Enough for a year of daily flapping; the marker stays a few kB. */
export const MAX_EPISODES = 100;

const PREFIX = '<!-- runbook:incident ';
const SUMMARY_MAX = 300;

/** The part of a summary the marker keeps: compare with this, or a long summary always looks new. */
export const markerSummary = (summary: string): string => summary.slice(0, SUMMARY_MAX);
const FIELD = /([a-z]+)=(\S*)/g;

// Values are percent-encoded: no spaces, and no `--` or `>` that could end the comment early.
const encode = (value: string): string => encodeURIComponent(value).replace(/-/g, '%2D');

export function renderMarker(marker: IncidentMarker): string {
  const fields: [string, string][] = [
    ['v', '1'],
    ['id', marker.id],
    ['kind', marker.kind],
    ['since', marker.since],
    ['last', marker.last],
    ['count', String(marker.count)],
    ['severity', marker.severity],
    ['status', marker.status],
    ['summary', markerSummary(marker.summary)],
    ['escalated', marker.escalated.join(',')],
    ...(marker.subject === undefined ? [] : [['subject', marker.subject] as [string, string]]),
    ...(marker.until === undefined ? [] : [['until', marker.until] as [string, string]]),
    ...(marker.episodes?.length ? [['episodes', marker.episodes.slice(-MAX_EPISODES).map((e) => `${e.since}~${e.until}~${e.severity}`).join(',')] as [string, string]] : []),
  ];
  return `${PREFIX}${fields.map(([k, v]) => `${k}=${encode(v)}`).join(' ')} -->`;
}

const isIso = (text: string | undefined): text is string => text !== undefined && !Number.isNaN(Date.parse(text));

/** The marker in an issue body, or undefined when there is none or it is damaged (the issue is then not ours to touch). */
export function parseMarker(body: string | null | undefined): IncidentMarker | undefined {
  const start = body?.indexOf(PREFIX) ?? -1;
  if (!body || start < 0) return undefined;
  const end = body.indexOf('-->', start);
  if (end < 0) return undefined;
  const fields = new Map<string, string>();
  for (const [, key, value] of body.slice(start + PREFIX.length, end).matchAll(FIELD)) {
    try {
      fields.set(key as string, decodeURIComponent(value as string));
    } catch {
      return undefined;
    }
  }
  const id = fields.get('id');
  const kind = fields.get('kind') as CheckKind;
  const severity = fields.get('severity') as Severity;
  const status = fields.get('status');
  const count = Number(fields.get('count'));
  const since = fields.get('since');
  const last = fields.get('last');
  if (!id || !CHECK_KINDS.includes(kind) || !SEVERITIES.includes(severity) || !isIso(since) || !isIso(last)) return undefined;
  if ((status !== 'fail' && status !== 'warn') || !Number.isInteger(count) || count < 1) return undefined;
  const escalated = (fields.get('escalated') ?? '').split(',').filter((s): s is Severity => SEVERITIES.includes(s as Severity));
  const subject = fields.get('subject');
  const until = fields.get('until');
  const episodes = parseEpisodes(fields.get('episodes'));
  return {
    id,
    kind,
    since,
    last,
    count,
    severity,
    status,
    summary: fields.get('summary') ?? '',
    escalated,
    ...(subject === undefined ? {} : { subject }),
    ...(isIso(until) ? { until } : {}),
    ...(episodes.length ? { episodes } : {}),
  };
}

/** `since~until~severity,…`; a damaged entry is skipped, not the whole marker. */
function parseEpisodes(text: string | undefined): Episode[] {
  if (!text) return [];
  return text.split(',').flatMap((entry) => {
    const [since, until, severity] = entry.split('~');
    return isIso(since) && isIso(until) && SEVERITIES.includes(severity as Severity) ? [{ since, until, severity: severity as Severity }] : [];
  });
}

/** The body with its marker replaced (the rest of the body as it was). */
export function replaceMarker(body: string, marker: IncidentMarker): string {
  const start = body.indexOf(PREFIX);
  const end = start < 0 ? -1 : body.indexOf('-->', start);
  if (end < 0) return `${renderMarker(marker)}\n\n${body}`;
  return `${body.slice(0, start)}${renderMarker(marker)}${body.slice(end + 3)}`;
}
