import type { Severity, Status } from '@runbook/core';
import type { PeriodKind, Window } from './period.ts';
import { isoDate } from './zoned.ts';

export type Locale = 'en' | 'ja';

/** Every word the report prints, per language; ja follows runbook 001's report templates. */
export interface Messages {
  title(window: Window): string;
  scope(zone: string, from: string, to: string, files: number, results: number): string;
  duration(ms: number): string;
  /** A response time: `120ms`, `3.5s`. */
  latency(ms: number): string;
  none: string;
  sections: {
    action: string;
    status: string;
    availability: string;
    performance: string;
    incidents: string;
    deploys: string;
    certs: string;
    backups: string;
    change: string;
    files: string;
    notes: string;
  };
  status(status: Status | undefined): string;
  availabilityLine(a: { percent: string; slo: string; met: boolean | undefined; down: string; unmonitored: string; budgetLeft: string; overspent: boolean }): string;
  performanceLine(p95: string | undefined, errorRate: string | undefined, sloMissed: boolean): string;
  incidentCount(total: number, bySeverity: string, mttr: string | undefined): string;
  episodeLine(start: string, title: string, duration: string, ongoing: boolean): string;
  cause: string;
  link: string;
  deployLine(time: string, kind: string, target: string, ok: boolean, summary: string): string;
  runCount(workflow: string, total: number, failed: number): string;
  runLine(time: string, name: string, url: string, actor: string, conclusion: string): string;
  missingWorkflow(workflow: string): string;
  certLine(host: string, days: number | undefined, status: Status): string;
  backupLine(name: string, age: string | undefined, verified: string, status: Status, summary: string): string;
  changeLine(service: string, now: string, before: string, delta: string): string;
  incidentsChange(now: number, before: number): string;
  failing(severity: Severity | undefined, subject: string, summary: string): string;
  openIncident(title: string, url: string): string;
  badFile(path: string, problem: string): string;
  missingShard(shard: string): string;
  fileCounts(files: number, bad: number): string;
  incidentsCut: string;
  notMonitored(service: string, duration: string): string;
  /** The availability section of a run report, which judges none. */
  availabilityNotJudged: string;
  sloMissed(service: string, percent: string, slo: string): string;
  data: string;
  chartTitle(service: string): string;
}

/** `1d 2h 5m` / `1日2時間5分`: minutes are enough for downtime; under a minute, seconds. */
function duration(ms: number, unit: { d: string; h: string; m: string; s: string; gap: string }): string {
  if (ms > 0 && ms < 60_000) return `${Math.round(ms / 1000)}${unit.s}`;
  const minutes = Math.round(ms / 60_000);
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  return [d ? `${d}${unit.d}` : '', h ? `${h}${unit.h}` : '', m || (!d && !h) ? `${m}${unit.m}` : ''].filter(Boolean).join(unit.gap);
}

const EN_UNITS = { d: 'd', h: 'h', m: 'm', s: 's', gap: ' ' };
const JA_UNITS = { d: '日', h: '時間', m: '分', s: '秒', gap: '' };

const EN_PERIOD: Record<PeriodKind, string> = { run: 'Operations report', daily: 'Daily operations report', weekly: 'Weekly operations report', monthly: 'Monthly operations report' };
const JA_PERIOD: Record<PeriodKind, string> = { run: '運用レポート', daily: '日次運用レポート', weekly: '週次運用レポート', monthly: '月次運用レポート' };

const en: Messages = {
  title: (w) =>
    `${EN_PERIOD[w.kind]} ${w.kind === 'monthly' ? isoDate(w.firstDay).slice(0, 7) : w.kind === 'daily' ? isoDate(w.firstDay) : `${isoDate(w.firstDay)} – ${isoDate(w.lastDay)}`}`,
  scope: (zone, from, to, files, results) => `${from} – ${to} (${zone}) · ${results} results from ${files} result files`,
  duration: (ms) => duration(ms, EN_UNITS),
  latency: (ms) => (ms < 1000 ? `${Math.round(ms)}ms` : `${(ms / 1000).toFixed(1)}s`),
  none: 'None',
  sections: {
    action: 'Needs action',
    status: 'Service status',
    availability: 'Availability',
    performance: 'Performance',
    incidents: 'Incidents',
    deploys: 'Deployments and rollbacks',
    certs: 'SSL certificates',
    backups: 'Backups',
    change: 'Change against the previous period',
    files: 'Result files',
    notes: 'Notes',
  },
  status: (s) => (s === 'pass' ? 'OK' : s === 'warn' ? 'degraded' : s === 'fail' ? 'failing' : 'no result'),
  availabilityLine: (a) =>
    `${a.percent} (SLO ${a.slo}${a.met === undefined ? '' : a.met ? ' met' : ' missed'}), downtime ${a.down}, not monitored ${a.unmonitored}, error budget ${a.overspent ? `overspent by ${a.budgetLeft}` : `${a.budgetLeft} left`}`,
  performanceLine: (p95, errorRate, missed) => `p95 response time ${p95 ?? '–'}, error rate ${errorRate ?? '–'}${missed ? ' (SLO missed)' : ''}`,
  incidentCount: (total, by, mttr) => `Incidents: ${total}${total ? ` (${by})` : ''}${mttr ? `, MTTR ${mttr}` : ''}`,
  episodeLine: (start, title, duration, ongoing) => `${start}: ${title} (${ongoing ? `ongoing, ${duration} so far` : duration})`,
  runCount: (workflow, total, failed) => `${workflow}: ${total} run${total === 1 ? '' : 's'}${failed ? `, ${failed} failed` : ''}`,
  runLine: (time, name, url, actor, conclusion) => `${time} [${name}](${url}) by ${actor}: ${conclusion}`,
  missingWorkflow: (workflow) => `${workflow}: no such workflow in the repository`,
  cause: 'Cause',
  link: 'Issue',
  deployLine: (time, kind, target, ok, summary) => `${time} ${kind} ${target}: ${ok ? 'succeeded' : 'failed'} (${summary})`,
  certLine: (host, days, status) => `${host}: ${days === undefined ? 'not read' : `${days} days left`}${status === 'pass' ? '' : status === 'warn' ? ' ⚠️' : ' ❌'}`,
  backupLine: (name, age, verified, status, summary) => `${name}: ${status === 'pass' ? 'OK' : summary}, newest backup ${age === undefined ? 'not found' : `${age} old`}, last verified ${verified}`,
  changeLine: (service, now, before, delta) => `${service}: ${now} (previous period ${before}, ${delta})`,
  incidentsChange: (now, before) => `Incidents: ${now} (previous period ${before})`,
  failing: (severity, subject, summary) => `${severity ? `[${severity}] ` : ''}${subject}: ${summary}`,
  openIncident: (title, url) => `Open incident: [${title}](${url})`,
  badFile: (path, problem) => `${path}: ${problem}; its results are missing from this report`,
  missingShard: (shard) => `shard ${shard}: no results (the job failed before writing them, or its file was not downloaded)`,
  fileCounts: (files, bad) => `${files} result files read${bad ? `, ${bad} unusable (their results are missing)` : ''}`,
  incidentsCut: 'The incident list is incomplete (cut at its page limit, or GitHub could not be read): some incidents may be missing.',
  notMonitored: (service, d) => `${service}: not monitored for ${d} (no check ran)`,
  availabilityNotJudged: "Not judged in a run report: this run's checks show the services at the moment they ran, not over a period. The daily, weekly and monthly reports judge availability against the SLO.",
  sloMissed: (service, percent, slo) => `${service}: availability ${percent} is below the SLO of ${slo}`,
  data: 'Report data (read by the next report)',
  chartTitle: (service) => `${service}: availability per day (%) and the SLO`,
};

const ja: Messages = {
  title: (w) =>
    `【${JA_PERIOD[w.kind]}】${w.kind === 'monthly' ? `${w.firstDay.year}年${w.firstDay.month}月` : w.kind === 'daily' ? isoDate(w.firstDay) : `${isoDate(w.firstDay)} ~ ${isoDate(w.lastDay)}`}`,
  scope: (zone, from, to, files, results) => `対象期間: ${from} ~ ${to}（${zone}）・結果ファイル${files}件、チェック結果${results}件`,
  duration: (ms) => duration(ms, JA_UNITS),
  latency: (ms) => (ms < 1000 ? `${Math.round(ms)}ミリ秒` : `${(ms / 1000).toFixed(1)}秒`),
  none: '特になし',
  sections: {
    action: '対応事項',
    status: 'サービス稼働状況',
    availability: '稼働状況',
    performance: 'パフォーマンス',
    incidents: 'インシデントサマリー',
    deploys: 'デプロイ・ロールバック',
    certs: 'SSL証明書',
    backups: 'バックアップ',
    change: '前期間との比較',
    files: '結果ファイル',
    notes: '特記事項',
  },
  status: (s) => (s === 'pass' ? '正常' : s === 'warn' ? '注意' : s === 'fail' ? '異常' : '結果なし'),
  availabilityLine: (a) =>
    `稼働率: ${a.percent}（SLO ${a.slo}${a.met === undefined ? '' : a.met ? ' 達成' : ' 未達'}）、ダウンタイム: ${a.down}、監視なし: ${a.unmonitored}、エラーバジェット: ${a.overspent ? `${a.budgetLeft}超過` : `残り${a.budgetLeft}`}`,
  performanceLine: (p95, errorRate, missed) => `P95レスポンスタイム: ${p95 ?? '–'}、エラー率: ${errorRate ?? '–'}${missed ? '（SLO未達）' : ''}`,
  incidentCount: (total, by, mttr) => `インシデント数: ${total}件${total ? `（${by}）` : ''}${mttr ? `、平均復旧時間（MTTR）: ${mttr}` : ''}`,
  episodeLine: (start, title, duration, ongoing) => `${start}: ${title}（${ongoing ? `継続中、${duration}経過` : duration}）`,
  runCount: (workflow, total, failed) => `${workflow}: ${total}回${failed ? `（うち失敗${failed}回）` : ''}`,
  runLine: (time, name, url, actor, conclusion) => `${time} [${name}](${url})（実行者: ${actor}）: ${conclusion === 'success' ? '成功' : conclusion === 'failure' ? '失敗' : conclusion}`,
  missingWorkflow: (workflow) => `${workflow}: リポジトリにこのワークフローがありません`,
  cause: '原因',
  link: 'Issue',
  deployLine: (time, kind, target, ok, summary) => `${time} ${kind === 'rollback' ? 'ロールバック' : 'デプロイ'} ${target}: ${ok ? '成功' : '失敗'}（${summary}）`,
  certLine: (host, days, status) => `${host}: ${days === undefined ? '取得できず' : `残り${days}日`}${status === 'pass' ? '' : status === 'warn' ? ' ⚠️' : ' ❌'}`,
  backupLine: (name, age, verified, status, summary) => `${name}: ${status === 'pass' ? '正常' : summary}、最新バックアップ: ${age === undefined ? 'なし' : `${age}前`}、最終確認: ${verified}`,
  changeLine: (service, now, before, delta) => `${service}: ${now}（前期間 ${before}、${delta}）`,
  incidentsChange: (now, before) => `インシデント数: ${now}件（前期間 ${before}件）`,
  failing: (severity, subject, summary) => `${severity ? `[${severity}] ` : ''}${subject}: ${summary}`,
  openIncident: (title, url) => `対応中のインシデント: [${title}](${url})`,
  badFile: (path, problem) => `${path}: ${problem}。このファイルの結果はレポートに含まれていません`,
  missingShard: (shard) => `シャード ${shard}: 結果がありません（ジョブが結果を書く前に失敗したか、ファイルが取得されていません）`,
  fileCounts: (files, bad) => `結果ファイル${files}件を読み込み${bad ? `、うち${bad}件は読めず結果が欠けています` : ''}`,
  incidentsCut: 'インシデント一覧が不完全です（取得上限に達したか、GitHubから読めませんでした）。一部のインシデントが含まれていない可能性があります。',
  notMonitored: (service, d) => `${service}: ${d}監視されていません（チェックが実行されていない）`,
  availabilityNotJudged: '実行ごとのレポートでは稼働率を判定しません。この実行のチェックは実行時点のサービスの状態を示すもので、期間の稼働を示すものではありません。稼働率とSLOの判定は日次・週次・月次レポートで行います。',
  sloMissed: (service, percent, slo) => `${service}: 稼働率 ${percent} がSLO ${slo} を下回っています`,
  data: 'レポートデータ（次回のレポートが読み込みます）',
  chartTitle: (service) => `${service}: 日別稼働率（%）とSLO`,
};

export const messagesFor = (locale: Locale): Messages => (locale === 'ja' ? ja : en);
