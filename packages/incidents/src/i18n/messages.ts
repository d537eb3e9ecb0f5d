import type { CheckKind, Severity } from '@runbook/core';

export const LOCALES = ['en', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];

/** A link to the workflow run that saw the change. */
export interface RunLink {
  name: string;
  url: string;
}

/** What the default remediation steps may refer to. */
export interface RemediationContext {
  kind: CheckKind;
  severity: Severity;
  target: string;
}

/** Every text an incident issue, its comments and its labels show, in one language. */
export interface Messages {
  /** Times in issues are shown in this zone, with this label. */
  timeZone: string;
  timeZoneLabel: string;
  duration(ms: number): string;
  /** `health check failing`, for titles. */
  kindTitle: Record<CheckKind, string>;
  /** `health check`, for sentences. */
  kindName: Record<CheckKind, string>;
  severity: Record<Severity, { name: string; respond: string }>;
  body: {
    whatFailed: string;
    check(kind: CheckKind, target: string): string;
    service: string;
    reason: string;
    severity: string;
    severityValue(severity: Severity): string;
    since: string;
    /** The first failure, with how long ago once that is a minute or more. */
    sinceValue(time: string, lastedMs: number): string;
    lastSeen: string;
    lastSeenValue(time: string, occurrences: number): string;
    run: string;
    evidence: string;
    whatToDo: string;
    footer: string;
  };
  comment: {
    severityChanged(from: Severity, to: Severity, summary: string): string;
    reasonChanged(summary: string, before: string): string;
    escalated(mentions: string, severity: Severity, lastedMs: number, afterMs: number, assignees: string): string;
    recovered(summary: string, downtimeMs: number, since: string, until: string, occurrences: number): string;
    belowThreshold(summary: string, severity: Severity, threshold: Severity, lastedMs: number): string;
    reopened(summary: string, closedAgoMs: number): string;
    run(run: RunLink): string;
  };
  label: { incident: string; kind(kind: CheckKind): string; severity(severity: Severity): string };
  /** The default steps for a check that has no `runbook:` of its own, drawn from the runbooks. */
  remediation(context: RemediationContext): string;
}
