import { existsSync } from 'node:fs';
import { postUrl, quote, type InputReader, type Parsed } from '@runbook/core';
import type { Locale } from './i18n.ts';
import { PERIODS, type PeriodKind } from './period.ts';
import { isTimeZone } from './zoned.ts';

export const PUBLISH_TARGETS = ['summary', 'issue', 'slack'] as const;
export type PublishTarget = (typeof PUBLISH_TARGETS)[number];

/** Everything the report needs from its inputs, checked before anything is read or sent. */
export interface ReportRequest {
  period: PeriodKind;
  /** Glob patterns of result files. */
  results: string[];
  publish: PublishTarget[];
  slackWebhook?: URL;
  locale: Locale;
  timeZone: string;
  /** Percent. */
  slo: number;
  title: string;
  environment: string;
  /** Deploy and rollback workflow files whose runs the report counts. */
  workflows: string[];
  /** Scheduled check workflow files whose runs say when the services were monitored. */
  checkWorkflows: string[];
}

const LOCALES = ['en', 'ja'] as const;

function readPublish(inputs: InputReader): PublishTarget[] {
  const values = inputs.list('publish').flatMap((line) => line.split(',')).map((v) => v.trim()).filter(Boolean);
  for (const value of values) if (!(PUBLISH_TARGETS as readonly string[]).includes(value)) inputs.fail('publish', `expected any of ${PUBLISH_TARGETS.join(', ')}, got ${quote(value)}`);
  return values.length ? [...new Set(values as PublishTarget[])] : ['summary'];
}

/** https, or http to this machine (a relay on the runner, a test double). The URL itself is never shown. */
function readWebhook(inputs: InputReader, wanted: boolean): URL | undefined {
  const text = inputs.text('slack-webhook');
  if (!text) return wanted ? inputs.fail('slack-webhook', 'expected the Slack incoming webhook URL, since `publish` includes slack') : undefined;
  const url = postUrl(text);
  if (!url) inputs.fail('slack-webhook', 'expected an https:// URL (the value is not shown: it is a secret)');
  return url;
}

function readSlo(inputs: InputReader): number {
  const text = inputs.text('slo') || '99.0';
  const value = Number(text.replace(/%$/, ''));
  if (!/^\d+(\.\d+)?%?$/.test(text) || !(value > 0 && value < 100)) inputs.fail('slo', `expected an availability in percent above 0 and below 100, like 99.9, got ${quote(text)}`);
  return value;
}

async function configLocale(path: string): Promise<Locale | undefined> {
  const { DEFAULT_CONFIG_PATH, loadConfig } = await import('@runbook/core/config');
  if (!path && !existsSync(DEFAULT_CONFIG_PATH)) return undefined;
  return loadConfig(path || DEFAULT_CONFIG_PATH).locale;
}

const workflowFiles = (text: string): Parsed<string[]> => {
  const files = text.split(/[\n,]/).map((f) => f.trim()).filter(Boolean);
  const bad = files.find((f) => !/^[\w.-]+\.ya?ml$/.test(f));
  return bad === undefined ? { ok: true, value: files } : { ok: false, expected: `expected workflow file names like nightly.yml, one per line, got ${quote(bad)}` };
};

export async function planReport(inputs: InputReader): Promise<ReportRequest> {
  const period = inputs.choice('period', PERIODS, 'run');
  const results = inputs.list('results');
  if (results.length === 0) inputs.fail('results', 'expected glob patterns of result files, one per line (e.g. results/**/*.json)');
  const publish = readPublish(inputs);
  const slackWebhook = readWebhook(inputs, publish.includes('slack'));
  const timeZone = inputs.text('timezone') || 'Asia/Tokyo';
  if (!isTimeZone(timeZone)) inputs.fail('timezone', `expected an IANA time zone like Asia/Tokyo or UTC, got ${quote(timeZone)}`);
  const slo = readSlo(inputs);
  const given = inputs.text('locale') ? inputs.choice('locale', LOCALES, 'en') : undefined;
  const locale = given ?? (await configLocale(inputs.text('config'))) ?? 'en';
  const workflows = inputs.parse('workflows', workflowFiles, ['deploy.yml', 'rollback.yml']);
  const checkWorkflows = inputs.parse('check-workflows', workflowFiles, ['nightly.yml']);
  return { workflows, checkWorkflows, period, results, publish, ...(slackWebhook ? { slackWebhook } : {}), locale, timeZone, slo, title: inputs.text('title'), environment: inputs.text('environment') };
}
