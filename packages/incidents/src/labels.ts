import { CHECK_KINDS, SEVERITIES, type CheckKind, type Severity } from '@runbook/core';
import type { Messages } from './i18n/index.ts';
import type { IssuesApi, LabelSpec } from './issues-api.ts';
import { INCIDENT_LABEL, type IncidentChange } from './planner.ts';

const SEVERITY_COLORS: Record<Severity, string> = { P1: 'b60205', P2: 'd93f0b', P3: 'fbca04', P4: 'c5def5' };

export function labelSpec(name: string, messages: Messages): LabelSpec {
  if (name === INCIDENT_LABEL) return { name, color: 'd73a4a', description: messages.label.incident };
  if (SEVERITIES.includes(name as Severity)) return { name, color: SEVERITY_COLORS[name as Severity], description: messages.label.severity(name as Severity) };
  if (CHECK_KINDS.includes(name as CheckKind)) return { name, color: '1d76db', description: messages.label.kind(name as CheckKind) };
  return { name, color: 'ededed', description: '' };
}

/** The labels the plan's writes set. */
export function labelsOf(changes: readonly IncidentChange[]): string[] {
  const names = changes.flatMap((c) => c.writes.flatMap((w) => (w.op === 'create' || w.op === 'edit' ? (w.labels ?? []) : [])));
  return [...new Set(names)];
}

/**
 * Creates the labels the plan needs that the repository lacks, with colours and descriptions
 * (GitHub would otherwise make them grey and blank). Labels already seen on incident issues
 * exist, so most runs make no label call at all.
 */
export async function ensureLabels(api: IssuesApi, wanted: readonly string[], seen: readonly string[], messages: Messages): Promise<string[]> {
  const known = new Set(seen.map((l) => l.toLowerCase()));
  const unseen = wanted.filter((l) => !known.has(l.toLowerCase()));
  if (unseen.length === 0) return [];
  const existing = new Set((await api.listLabels()).map((l) => l.toLowerCase()));
  const created: string[] = [];
  for (const name of unseen.filter((l) => !existing.has(l.toLowerCase()))) {
    if ((await api.createLabel(labelSpec(name, messages))) === 'created') created.push(name);
  }
  return created;
}
