import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  PERIODS,
  PUBLISH_TARGETS,
  addDays,
  isTimeZone,
  isoDate,
  localDate,
  localStamp,
  periodWindow,
  planReport,
  previousWindow,
  startOfDay,
  weekday
} from "./chunk-EJTJQJZW.js";
import {
  CheckResults
} from "./chunk-WIKG575Y.js";
import {
  external_exports
} from "./chunk-7OELHKR5.js";
import {
  inert
} from "./chunk-5CPAJPOV.js";
import {
  postWithRetry
} from "./chunk-VSBUBHW6.js";
import {
  UsageError,
  errorMessage
} from "./chunk-YSQWLAFH.js";
import {
  require_node_fs
} from "./chunk-LWETLIYH.js";
import "./chunk-ZKYF5O3L.js";
import "./chunk-ZC7J5IS5.js";
import {
  __toESM
} from "./chunk-KBV2H3VL.js";

// packages/report/src/availability.ts
function union(intervals) {
  let sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start), merged = [];
  for (let i of sorted) {
    let last = merged.at(-1);
    last && i.start <= last.end ? last.end = Math.max(last.end, i.end) : merged.push({ ...i });
  }
  return merged;
}
var clip = (intervals, window) => union(intervals.map((i) => ({ start: Math.max(i.start, window.start), end: Math.min(i.end, window.end) }))), total = (intervals) => union(intervals).reduce((sum, i) => sum + i.end - i.start, 0);
function subtract(a, b) {
  let cut = union(b);
  return union(a).flatMap((i) => {
    let pieces = [], start = i.start;
    for (let c of cut)
      c.end <= start || c.start >= i.end || (c.start > start && pieces.push({ start, end: c.start }), start = Math.max(start, c.end));
    return start < i.end && pieces.push({ start, end: i.end }), pieces;
  });
}
var coverage = (times, coverMs) => union(times.map((t) => ({ start: t, end: t + coverMs })));
function availability({ window, down, monitored, slo }) {
  let downtime = clip(down, window), watched = clip([...monitored, ...downtime], window), downMs = total(downtime), monitoredMs = total(watched), upMs = monitoredMs - downMs, percent = monitoredMs > 0 ? upMs / monitoredMs * 100 : void 0, budgetMs = Math.round(monitoredMs * (1 - slo / 100));
  return {
    periodMs: window.end - window.start,
    downMs,
    upMs,
    unmonitoredMs: window.end - window.start - monitoredMs,
    percent,
    budgetMs,
    budgetLeftMs: budgetMs - downMs,
    sloMet: percent === void 0 ? void 0 : percent >= slo
  };
}

// packages/report/src/chart.ts
var quoted = (text) => `"${text.replace(/["`\r\n]/g, " ").slice(0, 80)}"`;
function availabilityCharts(model, title) {
  return model.days.length === 0 ? [] : [...model.services].filter((s) => s.daily.some((d) => d !== void 0)).sort((a, b) => (a.availability?.percent ?? 101) - (b.availability?.percent ?? 101)).slice(0, 3).map((s) => chart(s, model.days, model.slo, title(s.service)));
}
function chart(service, days, slo, title) {
  let known = service.daily.filter((d) => d !== void 0), bottom = Math.max(0, Math.floor(Math.min(slo, ...known)) - 1), values = service.daily.map((d) => d === void 0 ? bottom : Math.round(d * 100) / 100);
  return [
    "```mermaid",
    "xychart-beta",
    `  title ${quoted(title)}`,
    `  x-axis [${days.map((d) => quoted(d.slice(5))).join(", ")}]`,
    `  y-axis "%" ${bottom} --> 100`,
    `  line [${values.join(", ")}]`,
    `  line [${days.map(() => slo).join(", ")}]`,
    "```"
  ].join(`
`);
}

// packages/report/src/data-block.ts
var ReportData = external_exports.object({
  v: external_exports.literal(1),
  key: external_exports.string(),
  from: external_exports.string(),
  to: external_exports.string(),
  services: external_exports.record(external_exports.string(), external_exports.object({ percent: external_exports.number().nullable(), downMs: external_exports.number(), unmonitoredMs: external_exports.number() })),
  incidents: external_exports.number(),
  mttrMs: external_exports.number().nullable()
}), FENCE = "```json runbook-report", renderDataBlock = (data) => `${FENCE}
${JSON.stringify(data).replace(/`/g, "\\u0060")}
\`\`\``;
function parseDataBlock(body) {
  let start = body.indexOf(`${FENCE}
`);
  if (start < 0) return;
  let from = start + FENCE.length + 1, end = body.indexOf("\n```", from);
  if (!(end < 0))
    try {
      let parsed = ReportData.safeParse(JSON.parse(body.slice(from, end)));
      return parsed.success ? parsed.data : void 0;
    } catch {
      return;
    }
}

// packages/report/src/i18n.ts
function duration(ms, unit) {
  if (ms > 0 && ms < 6e4) return `${Math.round(ms / 1e3)}${unit.s}`;
  let minutes = Math.round(ms / 6e4), d = Math.floor(minutes / 1440), h = Math.floor(minutes % 1440 / 60), m = minutes % 60;
  return [d ? `${d}${unit.d}` : "", h ? `${h}${unit.h}` : "", m || !d && !h ? `${m}${unit.m}` : ""].filter(Boolean).join(unit.gap);
}
var EN_UNITS = { d: "d", h: "h", m: "m", s: "s", gap: " " }, JA_UNITS = { d: "日", h: "時間", m: "分", s: "秒", gap: "" }, EN_PERIOD = { run: "Operations report", daily: "Daily operations report", weekly: "Weekly operations report", monthly: "Monthly operations report" }, JA_PERIOD = { run: "運用レポート", daily: "日次運用レポート", weekly: "週次運用レポート", monthly: "月次運用レポート" }, en = {
  title: (w) => `${EN_PERIOD[w.kind]} ${w.kind === "monthly" ? isoDate(w.firstDay).slice(0, 7) : w.kind === "daily" ? isoDate(w.firstDay) : `${isoDate(w.firstDay)} – ${isoDate(w.lastDay)}`}`,
  scope: (zone, from, to, files, results) => `${from} – ${to} (${zone}) · ${results} results from ${files} result files`,
  duration: (ms) => duration(ms, EN_UNITS),
  latency: (ms) => ms < 1e3 ? `${Math.round(ms)}ms` : `${(ms / 1e3).toFixed(1)}s`,
  none: "None",
  sections: {
    action: "Needs action",
    status: "Service status",
    availability: "Availability",
    performance: "Performance",
    incidents: "Incidents",
    deploys: "Deployments and rollbacks",
    certs: "SSL certificates",
    backups: "Backups",
    change: "Change against the previous period",
    files: "Result files",
    notes: "Notes"
  },
  status: (s) => s === "pass" ? "OK" : s === "warn" ? "degraded" : s === "fail" ? "failing" : "no result",
  availabilityLine: (a) => `${a.percent} (SLO ${a.slo}${a.met === void 0 ? "" : a.met ? " met" : " missed"}), downtime ${a.down}, not monitored ${a.unmonitored}, error budget ${a.overspent ? `overspent by ${a.budgetLeft}` : `${a.budgetLeft} left`}`,
  performanceLine: (p95, errorRate, missed) => `p95 response time ${p95 ?? "–"}, error rate ${errorRate ?? "–"}${missed ? " (SLO missed)" : ""}`,
  incidentCount: (total2, by, mttr) => `Incidents: ${total2}${total2 ? ` (${by})` : ""}${mttr ? `, MTTR ${mttr}` : ""}`,
  episodeLine: (start, title, duration2, ongoing) => `${start}: ${title} (${ongoing ? `ongoing, ${duration2} so far` : duration2})`,
  runCount: (workflow, total2, failed) => `${workflow}: ${total2} run${total2 === 1 ? "" : "s"}${failed ? `, ${failed} failed` : ""}`,
  runLine: (time, name, url, actor, conclusion) => `${time} [${name}](${url}) by ${actor}: ${conclusion}`,
  missingWorkflow: (workflow) => `${workflow}: no such workflow in the repository`,
  cause: "Cause",
  link: "Issue",
  deployLine: (time, kind, target, ok, summary) => `${time} ${kind} ${target}: ${ok ? "succeeded" : "failed"} (${summary})`,
  certLine: (host, days, status) => `${host}: ${days === void 0 ? "not read" : `${days} days left`}${status === "pass" ? "" : status === "warn" ? " ⚠️" : " ❌"}`,
  backupLine: (name, age, verified, status, summary) => `${name}: ${status === "pass" ? "OK" : summary}, newest backup ${age === void 0 ? "not found" : `${age} old`}, last verified ${verified}`,
  changeLine: (service, now, before, delta) => `${service}: ${now} (previous period ${before}, ${delta})`,
  incidentsChange: (now, before) => `Incidents: ${now} (previous period ${before})`,
  failing: (severity, subject, summary) => `${severity ? `[${severity}] ` : ""}${subject}: ${summary}`,
  openIncident: (title, url) => `Open incident: [${title}](${url})`,
  badFile: (path, problem) => `${path}: ${problem}; its results are missing from this report`,
  missingShard: (shard) => `shard ${shard}: no results (the job failed before writing them, or its file was not downloaded)`,
  fileCounts: (files, bad) => `${files} result files read${bad ? `, ${bad} unusable (their results are missing)` : ""}`,
  incidentsCut: "The incident list is incomplete (cut at its page limit, or GitHub could not be read): some incidents may be missing.",
  notMonitored: (service, d) => `${service}: not monitored for ${d} (no check ran)`,
  availabilityNotJudged: "Not judged in a run report: this run's checks show the services at the moment they ran, not over a period. The daily, weekly and monthly reports judge availability against the SLO.",
  sloMissed: (service, percent, slo) => `${service}: availability ${percent} is below the SLO of ${slo}`,
  data: "Report data (read by the next report)",
  chartTitle: (service) => `${service}: availability per day (%) and the SLO`
}, ja = {
  title: (w) => `【${JA_PERIOD[w.kind]}】${w.kind === "monthly" ? `${w.firstDay.year}年${w.firstDay.month}月` : w.kind === "daily" ? isoDate(w.firstDay) : `${isoDate(w.firstDay)} ~ ${isoDate(w.lastDay)}`}`,
  scope: (zone, from, to, files, results) => `対象期間: ${from} ~ ${to}（${zone}）・結果ファイル${files}件、チェック結果${results}件`,
  duration: (ms) => duration(ms, JA_UNITS),
  latency: (ms) => ms < 1e3 ? `${Math.round(ms)}ミリ秒` : `${(ms / 1e3).toFixed(1)}秒`,
  none: "特になし",
  sections: {
    action: "対応事項",
    status: "サービス稼働状況",
    availability: "稼働状況",
    performance: "パフォーマンス",
    incidents: "インシデントサマリー",
    deploys: "デプロイ・ロールバック",
    certs: "SSL証明書",
    backups: "バックアップ",
    change: "前期間との比較",
    files: "結果ファイル",
    notes: "特記事項"
  },
  status: (s) => s === "pass" ? "正常" : s === "warn" ? "注意" : s === "fail" ? "異常" : "結果なし",
  availabilityLine: (a) => `稼働率: ${a.percent}（SLO ${a.slo}${a.met === void 0 ? "" : a.met ? " 達成" : " 未達"}）、ダウンタイム: ${a.down}、監視なし: ${a.unmonitored}、エラーバジェット: ${a.overspent ? `${a.budgetLeft}超過` : `残り${a.budgetLeft}`}`,
  performanceLine: (p95, errorRate, missed) => `P95レスポンスタイム: ${p95 ?? "–"}、エラー率: ${errorRate ?? "–"}${missed ? "（SLO未達）" : ""}`,
  incidentCount: (total2, by, mttr) => `インシデント数: ${total2}件${total2 ? `（${by}）` : ""}${mttr ? `、平均復旧時間（MTTR）: ${mttr}` : ""}`,
  episodeLine: (start, title, duration2, ongoing) => `${start}: ${title}（${ongoing ? `継続中、${duration2}経過` : duration2}）`,
  runCount: (workflow, total2, failed) => `${workflow}: ${total2}回${failed ? `（うち失敗${failed}回）` : ""}`,
  runLine: (time, name, url, actor, conclusion) => `${time} [${name}](${url})（実行者: ${actor}）: ${conclusion === "success" ? "成功" : conclusion === "failure" ? "失敗" : conclusion}`,
  missingWorkflow: (workflow) => `${workflow}: リポジトリにこのワークフローがありません`,
  cause: "原因",
  link: "Issue",
  deployLine: (time, kind, target, ok, summary) => `${time} ${kind === "rollback" ? "ロールバック" : "デプロイ"} ${target}: ${ok ? "成功" : "失敗"}（${summary}）`,
  certLine: (host, days, status) => `${host}: ${days === void 0 ? "取得できず" : `残り${days}日`}${status === "pass" ? "" : status === "warn" ? " ⚠️" : " ❌"}`,
  backupLine: (name, age, verified, status, summary) => `${name}: ${status === "pass" ? "正常" : summary}、最新バックアップ: ${age === void 0 ? "なし" : `${age}前`}、最終確認: ${verified}`,
  changeLine: (service, now, before, delta) => `${service}: ${now}（前期間 ${before}、${delta}）`,
  incidentsChange: (now, before) => `インシデント数: ${now}件（前期間 ${before}件）`,
  failing: (severity, subject, summary) => `${severity ? `[${severity}] ` : ""}${subject}: ${summary}`,
  openIncident: (title, url) => `対応中のインシデント: [${title}](${url})`,
  badFile: (path, problem) => `${path}: ${problem}。このファイルの結果はレポートに含まれていません`,
  missingShard: (shard) => `シャード ${shard}: 結果がありません（ジョブが結果を書く前に失敗したか、ファイルが取得されていません）`,
  fileCounts: (files, bad) => `結果ファイル${files}件を読み込み${bad ? `、うち${bad}件は読めず結果が欠けています` : ""}`,
  incidentsCut: "インシデント一覧が不完全です（取得上限に達したか、GitHubから読めませんでした）。一部のインシデントが含まれていない可能性があります。",
  notMonitored: (service, d) => `${service}: ${d}監視されていません（チェックが実行されていない）`,
  availabilityNotJudged: "実行ごとのレポートでは稼働率を判定しません。この実行のチェックは実行時点のサービスの状態を示すもので、期間の稼働を示すものではありません。稼働率とSLOの判定は日次・週次・月次レポートで行います。",
  sloMissed: (service, percent, slo) => `${service}: 稼働率 ${percent} がSLO ${slo} を下回っています`,
  data: "レポートデータ（次回のレポートが読み込みます）",
  chartTitle: (service) => `${service}: 日別稼働率（%）とSLO`
}, messagesFor = (locale) => locale === "ja" ? ja : en;

// packages/report/src/model.ts
var AVAILABILITY_KINDS = ["smoke-test", "status-check"], DOWN_SEVERITIES = ["P1", "P2"], COVER_MS = 26 * 36e5, severityRank = (s) => s ? Number(s.slice(1)) : 5, num = (value) => typeof value == "number" && Number.isFinite(value) ? value : void 0, rate = (value) => typeof value == "string" && /^\d+(\.\d+)?%$/.test(value) ? Number.parseFloat(value) : num(value), max = (values) => {
  let known = values.filter((v) => v !== void 0);
  return known.length ? Math.max(...known) : void 0;
}, errorPercent = (r) => {
  if (r.kind === "status-check") {
    let fraction = num(r.evidence["5xx rate"]);
    return fraction === void 0 ? void 0 : Math.round(fraction * 1e6) / 1e4;
  }
  return rate(r.evidence["error rate"]);
}, hasSloMetric = (r) => r.kind === "status-check" && ("p95 ms" in r.evidence || "5xx rate" in r.evidence);
function latestResults(files) {
  let latest = /* @__PURE__ */ new Map();
  for (let r of files.flatMap((f) => f.results)) {
    let seen = latest.get(r.id);
    (!seen || Date.parse(r.startedAt) >= Date.parse(seen.startedAt)) && latest.set(r.id, r);
  }
  return [...latest.values()];
}
function daysOf(window) {
  let days = [];
  for (let day = window.firstDay; isoDate(day) <= isoDate(window.lastDay) && days.length < 31; day = addDays(day, 1)) days.push(day);
  return days;
}
var SHARDED_KINDS = ["smoke-test", "cert-check", "backup-verify", "status-check"], SHARD_ARTIFACT = new RegExp(`(?:^|/)results-(${SHARDED_KINDS.join("|")})-(.+)-(\\d+)of(\\d+)(?:-restore)?/`), environmentOf = (id) => id.split("/")[0]?.split(":").at(-1) ?? "";
function missingShards(files) {
  let seen = /* @__PURE__ */ new Map(), mark = (kind, environment, total2, index) => {
    let key = `${kind} ${environment} ${total2}`, present = seen.get(key) ?? /* @__PURE__ */ new Set();
    seen.set(key, index === void 0 ? present : present.add(index));
  };
  for (let file of files) {
    let artifact = SHARD_ARTIFACT.exec(file.path);
    artifact && mark(artifact[1], artifact[2], artifact[4], file.problem ? void 0 : Number(artifact[3]));
    for (let r of file.results) {
      let match = typeof r.evidence.shard == "string" ? /^(\d+)\/(\d+)$/.exec(r.evidence.shard) : null;
      match && mark(r.kind, environmentOf(r.id), match[2], Number(match[1]));
    }
  }
  return [...seen].flatMap(([key, present]) => {
    let [kind, environment, total2] = key.split(" ");
    return Array.from({ length: Math.min(Number(total2), 256) }, (_, i) => i + 1).filter((i) => !present.has(i)).map((i) => `${kind} ${environment} ${i}/${total2}`);
  });
}
function runCoverage(runs, now) {
  let byWorkflow = /* @__PURE__ */ new Map();
  for (let run of runs) byWorkflow.set(run.workflow, [...byWorkflow.get(run.workflow) ?? [], Date.parse(run.createdAt)]);
  return runs.flatMap((run) => {
    if (run.status !== "completed" || run.conclusion !== "success") return [];
    let start = Date.parse(run.createdAt), next = Math.min(...(byWorkflow.get(run.workflow) ?? []).filter((t) => t > start));
    return [{ start, end: Math.min(next, start + COVER_MS, now.getTime()) }];
  });
}
var judgesAvailability = (window) => window.kind !== "run", endOf = (episode, now) => episode.end ? Date.parse(episode.end) : now.getTime();
function buildReport(input) {
  let { window, now } = input, span = { start: window.from.getTime(), end: Math.min(window.to.getTime(), Math.max(now.getTime(), window.from.getTime())) }, all = input.files.flatMap((f) => f.results), latest = latestResults(input.files), availabilityIncidents = input.incidents.filter((i) => AVAILABILITY_KINDS.includes(i.kind)), names = [.../* @__PURE__ */ new Set([...latest.filter((r) => AVAILABILITY_KINDS.includes(r.kind)).map((r) => r.subject), ...availabilityIncidents.map((i) => i.service)])].sort(), checkRuns = runCoverage(input.checkRuns ?? [], now), localDays = window.kind === "weekly" || window.kind === "monthly" ? daysOf(window) : [], dayWindows = localDays.map((day) => ({ start: startOfDay(day, input.timeZone).getTime(), end: startOfDay(addDays(day, 1), input.timeZone).getTime() })), services = names.map((service) => {
    let incidents = availabilityIncidents.filter((i) => i.service === service), episodes2 = incidents.flatMap((i) => i.episodes), down = episodes2.filter((e) => DOWN_SEVERITIES.includes(e.severity)).map((e) => ({ start: Date.parse(e.start), end: endOf(e, now) })), checks = all.filter((r) => r.subject === service && AVAILABILITY_KINDS.includes(r.kind)), times = [...checks.map((r) => Date.parse(r.startedAt)), ...episodes2.flatMap((e) => [Date.parse(e.start), ...e.end ? [Date.parse(e.end)] : []])], own = latest.filter((r) => r.subject === service && AVAILABILITY_KINDS.includes(r.kind)), worst = own.some((r) => r.status === "fail") || incidents.some((i) => i.state === "open") ? "fail" : own.some((r) => r.status === "warn") ? "warn" : own.length ? "pass" : void 0, smoke = checks.filter((r) => r.kind === "smoke-test"), p95Ms = max(checks.map((r) => num(r.evidence["p95 ms"]))), errorRate = max(checks.map(errorPercent)), monitored = [...coverage(times, COVER_MS), ...checkRuns];
    return {
      service,
      status: worst,
      ...judgesAvailability(window) ? { availability: availability({ window: span, down, monitored, slo: input.slo }) } : {},
      daily: dayWindows.map((day) => availability({ window: day, down, monitored, slo: input.slo }).percent),
      ...p95Ms === void 0 ? {} : { p95Ms },
      ...errorRate === void 0 ? {} : { errorRate },
      sloMissed: [...smoke, ...checks.filter(hasSloMetric)].some((r) => r.status !== "pass" && r.severity === "P3")
    };
  }), episodes = input.incidents.flatMap(
    (incident) => incident.episodes.filter((e) => Date.parse(e.start) < window.to.getTime() && endOf(e, now) > window.from.getTime()).map((e) => ({ incident, severity: e.severity, start: e.start, ...e.end ? { end: e.end } : {}, durationMs: endOf(e, now) - Date.parse(e.start) }))
  ).sort((a, b) => Date.parse(a.start) - Date.parse(b.start)), recovered = episodes.filter((e) => e.end && Date.parse(e.end) <= window.to.getTime()), countBySeverity = { P1: 0, P2: 0, P3: 0, P4: 0 };
  for (let incident of new Set(episodes.map((e) => e.incident))) countBySeverity[incident.severity]++;
  let byKind = (kind) => latest.filter((r) => r.kind === kind), daysLeft = (r) => num(r.evidence["days left"]) ?? Number.NEGATIVE_INFINITY;
  return {
    window,
    slo: input.slo,
    days: localDays.map(isoDate),
    services,
    episodes,
    mttrMs: recovered.length ? recovered.reduce((sum, e) => sum + e.durationMs, 0) / recovered.length : void 0,
    countBySeverity,
    deploys: all.filter((r) => r.kind === "deploy" || r.kind === "rollback").sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt)),
    runs: [...input.runs ?? []],
    missingWorkflows: [...input.missingWorkflows ?? []],
    certs: byKind("cert-check").sort((a, b) => daysLeft(a) - daysLeft(b)),
    backups: byKind("backup-verify").sort((a, b) => a.subject.localeCompare(b.subject)),
    failing: latest.filter((r) => r.status !== "pass").sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || (a.status === "fail" ? -1 : 1) - (b.status === "fail" ? -1 : 1)),
    openIncidents: input.incidents.filter((i) => i.state === "open").sort((a, b) => severityRank(a.severity) - severityRank(b.severity)),
    badFiles: input.files.filter((f) => f.problem !== void 0),
    missingShards: missingShards(input.files),
    fileCount: input.files.length,
    resultCount: all.length,
    incidentsCut: input.incidentsCut ?? !1,
    ...input.previous ? { previous: input.previous } : {}
  };
}
function reportStatus(model) {
  return model.badFiles.length || model.missingShards.length || model.failing.some((r) => r.status === "fail") || model.services.some((s) => s.availability?.sloMet === !1) ? "fail" : model.failing.length || model.openIncidents.length ? "warn" : "pass";
}

// packages/report/src/render.ts
var SEVERITIES = ["P1", "P2", "P3", "P4"], pct = (value) => value === void 0 ? "–" : `${(Math.floor(value * 100) / 100).toFixed(2)}%`, linkText = (text) => text.replace(/[\\[\]`*_<>@#!~]/g, "\\$&"), list = (lines, none) => (lines.length ? lines : [none]).map((l) => `- ${l}`).join(`
`);
function reportData(model) {
  return {
    v: 1,
    key: model.window.key,
    from: model.window.from.toISOString(),
    to: model.window.to.toISOString(),
    services: Object.fromEntries(judged(model).map(({ service, a }) => [service, { percent: a.percent ?? null, downMs: a.downMs, unmonitoredMs: a.unmonitoredMs }])),
    incidents: new Set(model.episodes.map((e) => e.incident.number)).size,
    mttrMs: model.mttrMs ?? null
  };
}
var judged = (model) => model.services.flatMap((s) => s.availability ? [{ service: s.service, a: s.availability }] : []);
function availabilityLine(service, a, m, slo) {
  return `${service}: ${m.availabilityLine({
    percent: pct(a.percent),
    slo: `${slo}%`,
    met: a.sloMet,
    down: m.duration(a.downMs),
    unmonitored: m.duration(a.unmonitoredMs),
    budgetLeft: m.duration(Math.abs(a.budgetLeftMs)),
    overspent: a.budgetLeftMs < 0
  })}`;
}
function actionLines(model, m) {
  return [
    ...model.badFiles.map((f) => `❌ ${m.badFile(inert(f.path), f.problem)}`),
    ...model.missingShards.map((shard) => `❌ ${m.missingShard(shard)}`),
    ...model.failing.map((r) => `${r.status === "fail" ? "🔴" : "⚠️"} ${m.failing(r.severity, inert(r.subject), inert(r.summary))}`),
    ...model.openIncidents.map((i) => `🔥 ${m.openIncident(linkText(i.title), i.url)}`),
    ...judged(model).filter(({ a }) => a.sloMet === !1).map(({ service, a }) => `📉 ${m.sloMissed(inert(service), pct(a.percent), `${model.slo}%`)}`),
    ...judged(model).filter(({ a }) => a.unmonitoredMs > 0).map(({ service, a }) => `👀 ${m.notMonitored(inert(service), m.duration(a.unmonitoredMs))}`),
    ...model.incidentsCut ? [`⚠️ ${m.incidentsCut}`] : []
  ];
}
var stamp = (iso, zone) => localStamp(new Date(iso), zone);
function changeLines(model, data, m) {
  let before = model.previous;
  return before ? [...model.services.map((s) => {
    let now = s.availability?.percent, then = before.services[s.service]?.percent ?? void 0, delta = now === void 0 || then === void 0 ? "–" : `${now - then >= 0 ? "+" : ""}${(now - then).toFixed(2)} pt`;
    return m.changeLine(inert(s.service), pct(now), pct(then), delta);
  }), m.incidentsChange(data.incidents, before.incidents)] : [];
}
var FAILED = /* @__PURE__ */ new Set(["failure", "timed_out", "startup_failure"]);
function runLines(model, m, zone) {
  return [
    ...[...new Set(model.runs.map((r) => r.workflow))].map((w) => {
      let runs = model.runs.filter((r) => r.workflow === w);
      return m.runCount(w, runs.length, runs.filter((r) => FAILED.has(r.conclusion ?? "")).length);
    }),
    ...model.missingWorkflows.map((w) => m.missingWorkflow(inert(w))),
    ...model.runs.map((r) => `${FAILED.has(r.conclusion ?? "") ? "❌ " : ""}${m.runLine(stamp(r.createdAt, zone), linkText(r.name), r.url, inert(r.actor), r.conclusion ?? r.status)}`)
  ];
}
var backupAge = (r, m) => {
  let seconds = r.evidence["newest age seconds"];
  return typeof seconds == "number" ? m.duration(seconds * 1e3) : void 0;
};
function renderReport(model, options) {
  let m = messagesFor(options.locale), zone = options.timeZone, title = options.title || m.title(model.window), data = reportData(model), s = m.sections, ids = new Set(model.episodes.map((e) => e.incident.number)), bySeverity = SEVERITIES.map((sev) => `${sev}: ${model.countBySeverity[sev]}`).join(", "), incidents = [
    m.incidentCount(ids.size, bySeverity, model.mttrMs === void 0 ? void 0 : m.duration(model.mttrMs)),
    ...model.episodes.map((e, n) => `${`${n + 1}. [${e.severity}] ${m.episodeLine(stamp(e.start, zone), `[${linkText(e.incident.title)}](${e.incident.url})`, m.duration(e.durationMs), !e.end)}`}
   - ${m.cause}: ${inert(e.incident.summary)}`)
  ], sections = [
    [s.action, list(actionLines(model, m), m.none)],
    [s.status, list(model.services.map((x) => `${inert(x.service)}: ${m.status(x.status)}`), m.none)],
    [
      s.availability,
      judgesAvailability(model.window) ? [list(judged(model).map(({ service, a }) => availabilityLine(service, a, m, model.slo)), m.none), ...availabilityCharts(model, m.chartTitle)].join(`

`) : m.availabilityNotJudged
    ],
    [
      s.performance,
      list(
        model.services.filter((x) => x.p95Ms !== void 0 || x.errorRate !== void 0).map((x) => `${inert(x.service)}: ${m.performanceLine(x.p95Ms === void 0 ? void 0 : m.latency(x.p95Ms), x.errorRate === void 0 ? void 0 : `${x.errorRate}%`, x.sloMissed)}`),
        m.none
      )
    ],
    [s.incidents, `${incidents[0]}

${incidents.slice(1).join(`
`) || `- ${m.none}`}`],
    [s.deploys, list([...runLines(model, m, zone), ...model.deploys.map((r) => m.deployLine(stamp(r.startedAt, zone), r.kind, inert(r.subject), r.status === "pass", inert(r.summary)))], m.none)],
    [s.certs, list(model.certs.map((r) => m.certLine(inert(r.subject), typeof r.evidence["days left"] == "number" ? r.evidence["days left"] : void 0, r.status)), m.none)],
    [s.backups, list(model.backups.map((r) => m.backupLine(inert(r.subject), backupAge(r, m), stamp(r.startedAt, zone), r.status, inert(r.summary))), m.none)],
    ...model.window.kind === "weekly" || model.window.kind === "monthly" ? [[s.change, list(changeLines(model, data, m), m.none)]] : [],
    [s.files, list([m.fileCounts(model.fileCount, model.badFiles.length), ...model.badFiles.map((f) => m.badFile(inert(f.path), f.problem))], m.none)],
    [s.notes, list(options.runUrl ? [options.runUrl] : [], m.none)]
  ], scope = m.scope(zone, localStamp(model.window.from, zone), localStamp(model.window.to, zone), model.fileCount, model.resultCount), markdown = [
    `## ${title}`,
    `_${scope}_`,
    ...sections.map(([heading, body]) => `### ■ ${heading}

${body}`)
  ].join(`

`), dataBlock = `<details><summary>${m.data}</summary>

${renderDataBlock(data)}

</details>`;
  return { title, markdown: `${markdown}
`, dataBlock, slack: renderSlack(model, m, title, options.runUrl), data, availability: availabilityOutput(model) };
}
var availabilityOutput = (model) => Object.fromEntries(
  judged(model).map(({ service, a }) => [service, { percent: a.percent ?? null, downMs: a.downMs, unmonitoredMs: a.unmonitoredMs, sloMet: a.sloMet ?? null }])
), slackText = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"), SLACK_LINES = 10;
function renderSlack(model, m, title, runUrl) {
  let action = actionLines(model, m).map((line) => line.replace(/\[((?:\\.|[^\]])*)\]\([^)]*\)/g, "$1").replace(/\\(.)/g, "$1"));
  return [
    `*${slackText(title)}*`,
    ...model.services.map((s) => slackText(`${s.service}: ${m.status(s.status)}${s.availability ? ` · ${pct(s.availability.percent)}` : ""}`)),
    slackText(m.incidentCount(new Set(model.episodes.map((e) => e.incident.number)).size, SEVERITIES.map((sev) => `${sev}: ${model.countBySeverity[sev]}`).join(", "), model.mttrMs === void 0 ? void 0 : m.duration(model.mttrMs))),
    `*${slackText(m.sections.action)}*`,
    ...action.length ? action.slice(0, SLACK_LINES).map((l) => `• ${slackText(l)}`) : [`• ${m.none}`],
    ...action.length > SLACK_LINES ? [`• … +${action.length - SLACK_LINES}`] : [],
    ...runUrl ? [`<${runUrl}|${slackText(title)}>`] : []
  ].join(`
`);
}

// packages/report/src/results.ts
var import_node_fs = __toESM(require_node_fs(), 1);
var MAX_FILE_BYTES = 64 * 1024 * 1024, MAX_FILES = 1e3;
function matchResultFiles(patterns, cwd) {
  let paths = /* @__PURE__ */ new Set();
  for (let pattern of patterns)
    for (let path of (0, import_node_fs.globSync)(pattern, { cwd }))
      if (paths.add(path), paths.size > MAX_FILES) throw new RangeError(`more than ${MAX_FILES} files match`);
  return [...paths].sort();
}
function firstIssue(error) {
  let issue = error.issues[0];
  return issue ? `${issue.path.map((p) => typeof p == "number" ? `[${p}]` : `.${String(p)}`).join("").replace(/^\./, "") || "the file"}: ${issue.message}` : "not a list of results";
}
function readResultFile(path, cwd) {
  let full = path.startsWith("/") ? path : `${cwd}/${path}`, text;
  try {
    let size = (0, import_node_fs.statSync)(full).size;
    if (size > MAX_FILE_BYTES) return { path, results: [], problem: `${size} bytes, over the ${MAX_FILE_BYTES}-byte limit` };
    text = (0, import_node_fs.readFileSync)(full, "utf8");
  } catch (error) {
    return { path, results: [], problem: `cannot be read (${error.code ?? "error"})` };
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    return { path, results: [], problem: text.trim() === "" ? "empty" : "not JSON (cut short, or not a results file)" };
  }
  let parsed = CheckResults.safeParse(json);
  return parsed.success ? { path, results: parsed.data } : { path, results: [], problem: `not a results file: ${firstIssue(parsed.error)}` };
}

// packages/report/src/run.ts
var ofEnvironment = (environment) => (id) => !environment || id.split("/")[0]?.endsWith(`:${environment}`) === !0;
function readFiles(request, cwd) {
  let paths;
  try {
    paths = matchResultFiles(request.results, cwd);
  } catch (error) {
    throw new UsageError('input "results"', `${errorMessage(error)}: expected patterns of result files`);
  }
  if (paths.length === 0) throw new UsageError('input "results"', `no file matches ${request.results.join(", ")} (in ${cwd}): expected the result files the checks wrote`);
  let keep = ofEnvironment(request.environment);
  return paths.map((path) => readResultFile(path, cwd)).map((file) => ({ ...file, results: file.results.filter((r) => keep(r.id)) }));
}
async function storedReports(issues, window, timeZone) {
  let before = previousWindow(window, timeZone);
  try {
    let known = await issues.list(window.kind, before.from), issue = known.find((i) => i.key === before.key), previous = issue ? parseDataBlock(issue.body) : void 0;
    return { known, ...previous ? { previous } : {} };
  } catch (error) {
    return { known: [], error: `the report issues could not be read: ${errorMessage(error)}` };
  }
}
async function readSources(request, ports, window, errors, warnings) {
  let sources = { incidents: [], incidentsCut: !1, runs: [], missingWorkflows: [], checkRuns: [] };
  if (!ports.incidents) warnings.push("incidents were not read (no github-token): the availability counts no downtime");
  else
    try {
      let reading = await ports.incidents.read(window);
      sources.incidents = reading.records.filter((i) => ofEnvironment(request.environment)(i.id)), sources.incidentsCut = reading.stoppedAtPages !== void 0;
    } catch (error) {
      sources.incidentsCut = !0, errors.push(`the incident issues could not be read: ${errorMessage(error)}; the report counts no downtime`);
    }
  if (ports.runs && request.workflows.length)
    try {
      let reading = await ports.runs.read(request.workflows, window);
      sources.runs = reading.runs, sources.missingWorkflows = reading.missing;
    } catch (error) {
      warnings.push(`the workflow runs could not be read: ${errorMessage(error)}`);
    }
  if (ports.runs && request.checkWorkflows.length && judgesAvailability(window))
    try {
      let reading = await ports.runs.read(request.checkWorkflows, { from: new Date(window.from.getTime() - COVER_MS), to: window.to });
      sources.checkRuns = reading.runs;
      for (let file of reading.missing) warnings.push(`check workflow ${file} not found: no monitored time from its runs`);
    } catch (error) {
      warnings.push(`the check workflows' runs could not be read: ${errorMessage(error)}; monitored time comes from the result files only`);
    }
  return sources;
}
async function runReport(request, ports, now, cwd, runUrl) {
  let files = readFiles(request, cwd), window = periodWindow(request.period, now, request.timeZone), errors = files.flatMap((f) => f.problem ? [`results file ${f.path}: ${f.problem}; shown in the report as missing`] : []), warnings = [], reading = await readSources(request, ports, window, errors, warnings), publishIssue = request.publish.includes("issue"), compared = request.period === "weekly" || request.period === "monthly", { known, previous, error: unread } = ports.issues && (publishIssue || compared) ? await storedReports(ports.issues, window, request.timeZone) : { known: [], previous: void 0, error: void 0 };
  unread && warnings.push(`${unread}; no comparison with the previous period`);
  let model = buildReport({ window, now, timeZone: request.timeZone, slo: request.slo, files, ...reading, ...previous ? { previous } : {} }), rendered = renderReport(model, { locale: request.locale, timeZone: request.timeZone, ...request.title ? { title: request.title } : {}, ...runUrl ? { runUrl } : {} });
  errors.push(...model.missingShards.map((shard) => `shard ${shard} has no results: its job failed before writing them, or its file was not downloaded`));
  let outcome = { status: reportStatus(model), rendered, errors, warnings }, attempt = async (target, send) => {
    try {
      await send();
    } catch (error) {
      errors.push(`publish ${target}: ${errorMessage(error)}`);
    }
  };
  for (let target of request.publish)
    target === "summary" && await attempt("summary", () => ports.summary(rendered.markdown)), target === "slack" && await attempt("slack", async () => ports.slack?.(rendered.slack)), target === "issue" && await attempt("issue", async () => {
      if (!ports.issues) throw new Error("no github-token to write the report issue with");
      if (unread) throw new Error(`${unread}, so none was written`);
      let issue = await ports.issues.publish({ period: request.period, key: window.key, title: rendered.title, body: rendered.markdown, footer: rendered.dataBlock }, known);
      outcome.issueUrl = issue.url, ports.log(`report issue #${issue.number} ${issue.created ? "opened" : "updated"}${issue.closed.length ? `; closed the earlier ${issue.closed.map((n) => `#${n}`).join(", ")}` : ""}`);
    });
  return errors.length && (outcome.status = "fail"), outcome;
}

// packages/report/src/slack.ts
var postToSlack = (url, text, options = {}) => postWithRetry("the Slack webhook", url, { text: JSON.stringify({ text }), contentType: "application/json" }, options);
export {
  COVER_MS,
  MAX_FILES,
  MAX_FILE_BYTES,
  PERIODS,
  PUBLISH_TARGETS,
  ReportData,
  addDays,
  availability,
  availabilityCharts,
  buildReport,
  clip,
  coverage,
  isTimeZone,
  isoDate,
  judgesAvailability,
  localDate,
  localStamp,
  matchResultFiles,
  messagesFor,
  parseDataBlock,
  periodWindow,
  planReport,
  postToSlack,
  previousWindow,
  readResultFile,
  renderDataBlock,
  renderReport,
  reportData,
  reportStatus,
  runCoverage,
  runReport,
  startOfDay,
  subtract,
  total,
  union,
  weekday
};
