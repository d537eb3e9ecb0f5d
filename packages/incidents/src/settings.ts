import type { IncidentsConfig, RunbookConfig, Severity } from '@runbook/core';
import type { Locale } from './i18n/index.ts';

export interface EscalationRule {
  afterMs: number;
  /** Users (`cto`) or teams (`acme/infra`), without the `@`. */
  mention: string[];
  assignees: string[];
}

export interface IncidentSettings {
  locale: Locale;
  assignees: Partial<Record<Severity, string[]>>;
  escalate: Partial<Record<Severity, EscalationRule>>;
  /** Warnings open issues at this severity or more severe; failures always do. */
  warnMinSeverity: Severity;
  /** A failure this soon after its incident closed reopens that issue. */
  reopenWithinMs: number;
  /** Extra labels on every incident. */
  labels: string[];
}

export const DEFAULT_SETTINGS: IncidentSettings = {
  locale: 'en',
  assignees: {},
  escalate: {},
  warnMinSeverity: 'P3',
  reopenWithinMs: 24 * 3_600_000,
  labels: [],
};

const login = (name: string): string => name.replace(/^@/, '');

/**
 * The config's top-level `incidents:` with the environment's own `incidents:` over it: each key
 * the environment sets replaces the top-level one whole (so `escalate: {}` turns escalation off
 * for, say, staging). The `locale` input wins over the config file's `locale`.
 */
export function resolveSettings(config: RunbookConfig | undefined, environment: string, locale: Locale | undefined): IncidentSettings {
  const layers: IncidentsConfig[] = [config?.incidents, config?.environments[environment]?.incidents].filter((c): c is IncidentsConfig => c !== undefined);
  const settings: IncidentSettings = { ...DEFAULT_SETTINGS, locale: locale ?? config?.locale ?? DEFAULT_SETTINGS.locale };
  for (const layer of layers) {
    if (layer.assignees) settings.assignees = Object.fromEntries(Object.entries(layer.assignees).map(([severity, names]) => [severity, (names ?? []).map(login)]));
    if (layer.escalate) {
      settings.escalate = Object.fromEntries(
        Object.entries(layer.escalate).flatMap(([severity, rule]) => (rule ? [[severity, { afterMs: rule.after, mention: rule.mention.map(login), assignees: rule.assignees.map(login) }]] : [])),
      );
    }
    if (layer['warn-min-severity']) settings.warnMinSeverity = layer['warn-min-severity'];
    if (layer['reopen-within'] !== undefined) settings.reopenWithinMs = layer['reopen-within'];
    if (layer.labels) settings.labels = layer.labels;
  }
  return settings;
}
