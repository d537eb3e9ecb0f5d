import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  inert
} from "./chunk-5CPAJPOV.js";
import {
  backoffDelay,
  parseRetryAfter,
  renderMarkdownTable,
  retry,
  sleep
} from "./chunk-VSBUBHW6.js";
import {
  CHECK_KINDS,
  SEVERITIES,
  UsageError,
  atLeastAsSevere,
  errorMessage
} from "./chunk-YSQWLAFH.js";
import {
  require_node_fs
} from "./chunk-LWETLIYH.js";
import {
  require_node_crypto
} from "./chunk-ZKYF5O3L.js";
import {
  formatDuration,
  quote
} from "./chunk-ZC7J5IS5.js";
import {
  __toESM
} from "./chunk-KBV2H3VL.js";

// packages/incidents/src/i18n/format.ts
function formatTime(iso, messages) {
  let parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: messages.timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23"
  }).formatToParts(new Date(iso)), part = (type) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")} ${part("hour")}:${part("minute")} ${messages.timeZoneLabel}`;
}
function tlsEndpoint(target) {
  let bare = target.replace(/^[a-z]+:\/\//i, "").replace(/\/.*$/, ""), host = bare.replace(/:\d+$/, "");
  return { host, connect: bare === host ? `${host}:443` : bare };
}

// packages/incidents/src/i18n/en.ts
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function remediation({ kind, severity, target }) {
  switch (kind) {
    case "smoke-test":
      return severity === "P3" || severity === "P4" ? [
        "Runbook 001, P3 (degraded performance), respond within 2 hours:",
        "1. Look at CPU, memory and disk I/O: `top -b -n 1 | head -20`, `free -h`, `iostat -x 1 5`.",
        "2. Find the heaviest processes: `ps aux --sort=-%cpu | head -10`, `ps aux --sort=-%mem | head -10`.",
        "3. If CPU or memory is high, restart the service: `sudo systemctl restart <service>` (or force a new ECS deployment).",
        "4. Still slow: scale out (more tasks or instances) or consider a larger instance type."
      ].join(`
`) : [
        severity === "P1" ? "Runbook 001, P1 first response (within 5 minutes), then recovery:" : "Runbook 001, P2 (part of the service down), respond within 30 minutes:",
        `1. Confirm the impact: open \`${target}\`; are the service's other checks failing too?`,
        "2. Check the service and its processes: `systemctl status <service>` (VM), `aws ecs describe-services --cluster <cluster> --services <service>` (ECS) or `gcloud run services describe <service> --region <region>` (Cloud Run).",
        "3. Read the latest errors: `journalctl -u <service> -n 50`, `aws logs tail /ecs/<service>` or `gcloud run services logs read <service>`.",
        `4. Restart, wait 30 s and check again: \`sudo systemctl restart <service> && sleep 30 && curl -s ${target}\`.`,
        "5. If a deploy just happened, roll it back (the `rollback` action or workflow).",
        "6. Still down: escalate. P1: the infrastructure lead at once, the CTO after 30 minutes. P2: the infrastructure lead after 2 hours."
      ].join(`
`);
    case "cert-check": {
      let { host, connect } = tlsEndpoint(target);
      return [
        "Runbook 001, renewing the SSL certificate (warn at 30 days, act at once at 7):",
        "1. See what certbot manages and when it expires: `sudo certbot certificates`.",
        "2. Renew, first as a dry run: `sudo certbot renew --dry-run`, then `sudo certbot renew`.",
        "3. Reload the web server so it serves the new certificate: `sudo systemctl reload httpd` (or nginx).",
        `4. Confirm the new dates: \`echo | openssl s_client -connect ${connect} -servername ${host} 2>/dev/null | openssl x509 -noout -dates\`.`
      ].join(`
`);
    }
    case "backup-verify":
      return [
        "Runbook 001, when the backup check fails:",
        "1. Take a manual backup now (run the backup script by hand).",
        "2. Check the job that should have made it: `crontab -l`, `systemctl list-timers`, and the script's log.",
        "3. Check the backup script itself: paths, free disk space (`df -h`), credentials.",
        "4. If the database is damaged (`PRAGMA integrity_check` is not `ok`), restore the latest good backup and escalate to the development lead; possible data loss goes to the CTO at once."
      ].join(`
`);
    case "deploy":
      return target.startsWith("cloud-run:") ? [
        "Runbook 004, when a Cloud Run deploy fails:",
        "1. Read the revision's conditions in the evidence (why it did not become Ready) and its logs: `gcloud run revisions describe <revision> --region <region>`, Cloud Logging for the service.",
        "2. Make sure the previous revisions serve: `gcloud run services describe <service> --region <region>` (status.traffic). The deploy action writes the previous split back by itself; otherwise run the `rollback` workflow with `to: previous`, or `./scripts/rollback.sh --previous`.",
        "3. Traffic written back is pinned to those revisions: the next successful deploy routes to latest again (or `gcloud run services update-traffic <service> --to-latest`).",
        "4. After the rollback: check the health endpoint and run the smoke test."
      ].join(`
`) : [
        "Runbooks 000, 002 and 004, when a deploy fails:",
        "1. Read the deploy run's log: the stopped tasks' reasons and the last service events.",
        "2. Make sure the previous version is serving. The deploy action rolls back by itself; otherwise run the `rollback` workflow, or `aws ecs update-service --cluster <cluster> --service <service> --task-definition <family>:<previous revision> --force-new-deployment` (ECS), or `./scripts/rollback.sh --previous` (Cloud Run).",
        "3. After the rollback: check the health endpoint and run the smoke test.",
        "4. Check the error rate, response time and CPU/memory, and the logs: `aws logs tail /ecs/<service> --follow`."
      ].join(`
`);
    case "rollback":
      return target.startsWith("cloud-run:") ? [
        "A failed rollback can leave the service down: treat it as P1.",
        "1. See which revisions serve and why the target is not: `gcloud run services describe <service> --region <region>` and `gcloud run revisions list --service <service> --region <region>`.",
        "2. Move the traffic by hand to a Ready revision that worked: `gcloud run services update-traffic <service> --region <region> --to-revisions <revision>=100` (runbook 004: `./scripts/rollback.sh --revision <revision>`).",
        "3. Traffic stays pinned to that revision: after the next good deploy, check that it routes LATEST 100 % again (`--to-latest`).",
        "4. Escalate at once to the infrastructure lead."
      ].join(`
`) : [
        "A failed rollback can leave the service down: treat it as P1.",
        "1. Read the service's events and stopped tasks: `aws ecs describe-services --cluster <cluster> --services <service>` or `gcloud run revisions list --service <service>`.",
        "2. Deploy an older known-good image tag with the deploy workflow (e.g. `main-abc1234`).",
        "3. If data is affected, restore from the latest backup.",
        "4. Escalate at once to the infrastructure lead."
      ].join(`
`);
    case "status-check":
      return [
        "Runbook 001, the morning inspection:",
        '1. On the host, look at `systemctl status <service> --no-pager`, `df -h /`, `free -h` and `journalctl -u <service> --since "24 hours ago" -p err`.',
        "2. Restart what is down: `sudo systemctl restart <service>` or `docker compose restart <service>`."
      ].join(`
`);
    case "watchdog":
      return [
        "The scheduled checks are not running, so nothing would notice an outage:",
        `1. Look at the workflow's latest runs: \`gh run list --workflow ${target.split("/").at(-1) ?? target}\`.`,
        "2. Re-enable it if it is disabled (`gh workflow enable <file>`), then run it once by hand (`gh workflow run <file>`)."
      ].join(`
`);
  }
}
var en = {
  timeZone: "UTC",
  timeZoneLabel: "UTC",
  duration: formatDuration,
  kindTitle: {
    "smoke-test": "health check failing",
    "cert-check": "certificate check failing",
    "backup-verify": "backup check failing",
    deploy: "deploy failed",
    rollback: "rollback failed",
    "status-check": "status check failing",
    watchdog: "scheduled runs stopped"
  },
  kindName: {
    "smoke-test": "health check",
    "cert-check": "certificate check",
    "backup-verify": "backup check",
    deploy: "deploy",
    rollback: "rollback",
    "status-check": "status check",
    watchdog: "schedule watchdog"
  },
  // Runbook 001's levels and response times.
  severity: {
    P1: { name: "service fully down", respond: "respond immediately" },
    P2: { name: "part of the service down", respond: "respond within 30 minutes" },
    P3: { name: "degraded performance", respond: "respond within 2 hours" },
    P4: { name: "minor errors", respond: "respond within 24 hours" }
  },
  body: {
    whatFailed: "What failed",
    check: (kind, target) => `${en.kindName[kind]} of \`${target}\``,
    service: "Service",
    reason: "Reason",
    severity: "Severity",
    severityValue: (s) => `**${s}**, ${en.severity[s].name}: ${en.severity[s].respond}`,
    since: "Failing since",
    sinceValue: (time, lasted) => lasted < 6e4 ? time : `${time} (for ${formatDuration(lasted)})`,
    lastSeen: "Last seen",
    lastSeenValue: (time, n) => `${time}, failing in ${plural(n, "run")}`,
    run: "Run",
    evidence: "Evidence",
    whatToDo: "What to do",
    footer: "<sub>Kept up to date by runbook-actions: the text above is rewritten on every run, so write in the comments. The issue is closed when the check passes again.</sub>"
  },
  comment: {
    severityChanged: (from, to, summary) => `Severity changed: **${from} → ${to}** (${en.severity[to].name}). Now: ${summary}`,
    reasonChanged: (summary, before) => `The failure changed. Now: ${summary} (before: ${before})`,
    escalated: (mentions2, s, lasted, after, assignees) => `${mentions2} Escalation: this ${s} incident has lasted ${formatDuration(lasted)}, over the ${formatDuration(after)} allowed for ${s}.${assignees ? ` Assigned to ${assignees}.` : ""}`,
    recovered: (summary, downtime, since, until, n) => `✅ Recovered: the check passes again (${summary}). Down for **${formatDuration(downtime)}**, from ${since} to ${until}; seen failing in ${plural(n, "run")}.`,
    belowThreshold: (summary, s, threshold, lasted) => `✅ No longer an incident: now a ${s} warning, below the ${threshold} level that opens issues (${summary}). It lasted ${formatDuration(lasted)}.`,
    reopened: (summary, ago) => `🔁 Failing again ${formatDuration(ago)} after this incident was closed: ${summary}. Reopened.`,
    run: (run) => `Run: [${run.name}](${run.url})`
  },
  label: {
    incident: "An incident opened by runbook-actions",
    kind: (kind) => `Incidents from ${en.kindName[kind]}s`,
    severity: (s) => `${s}: ${en.severity[s].name}`
  },
  remediation
};

// packages/incidents/src/i18n/ja.ts
var UNITS = { ms: "ミリ秒", s: "秒", m: "分", h: "時間", d: "日" };
function durationJa(ms2) {
  return formatDuration(ms2).split(" ").map((part) => part.replace(/^([\d.]+)(ms|s|m|h|d)$/, (_, n, unit) => `${n}${UNITS[unit] ?? unit}`)).join("");
}
function remediation2({ kind, severity, target }) {
  switch (kind) {
    case "smoke-test":
      return severity === "P3" || severity === "P4" ? [
        "Runbook 001「P3: パフォーマンス劣化」（2時間以内に対応）:",
        "1. CPU・メモリ・ディスクI/Oを確認: `top -b -n 1 | head -20`、`free -h`、`iostat -x 1 5`",
        "2. リソースを多く使っているプロセスを確認: `ps aux --sort=-%cpu | head -10`、`ps aux --sort=-%mem | head -10`",
        "3. CPU・メモリ使用率が高い場合はサービスを再起動: `sudo systemctl restart <サービス>`（ECSは新しいデプロイを強制）",
        "4. それでも改善しない場合: スケールアウト（タスク・インスタンスを増やす）またはインスタンスタイプ変更を検討"
      ].join(`
`) : [
        severity === "P1" ? "Runbook 001「P1: サービス全停止」の初動対応（5分以内）と復旧手順:" : "Runbook 001「P2: 一部機能停止」（30分以内に対応）:",
        `1. 影響範囲を確認: \`${target}\` を開き、同じサービスの他のチェックも失敗しているか確認`,
        "2. サービスステータス確認: `systemctl status <サービス>`（VM）、`aws ecs describe-services --cluster <クラスター> --services <サービス>`（ECS）、`gcloud run services describe <サービス> --region <リージョン>`（Cloud Run）",
        "3. エラーログ確認: `journalctl -u <サービス> -n 50`、`aws logs tail /ecs/<サービス>`、`gcloud run services logs read <サービス>`",
        `4. 再起動し、30秒待ってから再確認: \`sudo systemctl restart <サービス> && sleep 30 && curl -s ${target}\``,
        "5. 直前にデプロイしていればロールバック（`rollback` アクション／ワークフロー）",
        "6. 復旧しない場合はエスカレーション: P1は即座にインフラ責任者、30分後にCTO/開発責任者。P2は2時間後にインフラ責任者"
      ].join(`
`);
    case "cert-check": {
      let { host, connect } = tlsEndpoint(target);
      return [
        "Runbook 001「SSL証明書更新」（期限30日以内は警告、7日以内は緊急対応）:",
        "1. 証明書と有効期限を確認: `sudo certbot certificates`",
        "2. ドライランのあと更新: `sudo certbot renew --dry-run`、続けて `sudo certbot renew`",
        "3. Webサーバーの設定をリロード: `sudo systemctl reload httpd`（nginx の場合は nginx）",
        `4. 新しい有効期限を確認: \`echo | openssl s_client -connect ${connect} -servername ${host} 2>/dev/null | openssl x509 -noout -dates\``
      ].join(`
`);
    }
    case "backup-verify":
      return [
        "Runbook 001「バックアップ確認」の異常時の対応:",
        "1. 手動バックアップを実施（バックアップスクリプトを手動で実行）",
        "2. cronジョブ確認: `crontab -l`、`systemctl list-timers`、スクリプトのログ",
        "3. バックアップスクリプト確認: パス、ディスク空き容量（`df -h`）、認証情報",
        "4. データベースが破損している場合（`PRAGMA integrity_check` が `ok` でない）: 最新の正常なバックアップから復旧し、開発チームへエスカレーション。データ損失の可能性があれば即座にCTO/開発責任者へ"
      ].join(`
`);
    case "deploy":
      return target.startsWith("cloud-run:") ? [
        "Runbook 004「Cloud Run デプロイ失敗時」:",
        "1. エビデンスのリビジョンの conditions（Ready にならなかった理由）とログを確認: `gcloud run revisions describe <リビジョン> --region <リージョン>`、サービスの Cloud Logging",
        "2. 以前のリビジョンがトラフィックを受けていることを確認: `gcloud run services describe <サービス> --region <リージョン>`（status.traffic）。deploy アクションは以前の配分を自動で書き戻します。されていない場合は `rollback` ワークフロー（`to: previous`）か `./scripts/rollback.sh --previous`",
        "3. 書き戻したトラフィックはそのリビジョンに固定されます: 次に成功したデプロイで最新リビジョンへ戻ります（または `gcloud run services update-traffic <サービス> --to-latest`）",
        "4. ロールバック後の確認: ヘルスチェックとSmokeテスト"
      ].join(`
`) : [
        "Runbook 000・002・004「デプロイ失敗時」:",
        "1. デプロイ実行のログを確認: 停止したタスクの理由と直近のサービスイベント",
        "2. 以前のバージョンで稼働していることを確認。deploy アクションは自動でロールバックします。されていない場合は `rollback` ワークフロー、`aws ecs update-service --cluster <クラスター> --service <サービス> --task-definition <ファミリー>:<以前のリビジョン> --force-new-deployment`（ECS）、`./scripts/rollback.sh --previous`（Cloud Run）でロールバック",
        "3. ロールバック後の確認: ヘルスチェックとSmokeテスト",
        "4. エラー率・レスポンスタイム・CPU/メモリ使用率とログを確認: `aws logs tail /ecs/<サービス> --follow`"
      ].join(`
`);
    case "rollback":
      return target.startsWith("cloud-run:") ? [
        "ロールバックの失敗はサービス停止につながるため、P1として扱ってください。",
        "1. トラフィックを受けているリビジョンと、戻し先が使えない理由を確認: `gcloud run services describe <サービス> --region <リージョン>`、`gcloud run revisions list --service <サービス> --region <リージョン>`",
        "2. 正常に動いていた Ready のリビジョンへ手動でトラフィックを移す: `gcloud run services update-traffic <サービス> --region <リージョン> --to-revisions <リビジョン>=100`（Runbook 004: `./scripts/rollback.sh --revision <リビジョン>`）",
        "3. トラフィックはそのリビジョンに固定されたままです。次の正常なデプロイ後、LATEST 100 % に戻ったことを確認（`--to-latest`）",
        "4. 即座にインフラ責任者へエスカレーション"
      ].join(`
`) : [
        "ロールバックの失敗はサービス停止につながるため、P1として扱ってください。",
        "1. サービスのイベントと停止したタスクを確認: `aws ecs describe-services --cluster <クラスター> --services <サービス>`、`gcloud run revisions list --service <サービス>`",
        "2. デプロイワークフローで以前の正常なイメージタグ（例: `main-abc1234`）をデプロイ",
        "3. データに影響がある場合は最新のバックアップから復旧",
        "4. 即座にインフラ責任者へエスカレーション"
      ].join(`
`);
    case "status-check":
      return [
        "Runbook 001「朝の点検」:",
        '1. ホストで確認: `systemctl status <サービス> --no-pager`、`df -h /`、`free -h`、`journalctl -u <サービス> --since "24 hours ago" -p err`',
        "2. 停止しているものを再起動: `sudo systemctl restart <サービス>` または `docker compose restart <サービス>`"
      ].join(`
`);
    case "watchdog":
      return [
        "定期チェックが動いていないため、障害が起きても誰も気づけません:",
        `1. ワークフローの最近の実行を確認: \`gh run list --workflow ${target.split("/").at(-1) ?? target}\``,
        "2. 無効化されていれば有効化（`gh workflow enable <ファイル>`）し、一度手動で実行（`gh workflow run <ファイル>`）"
      ].join(`
`);
  }
}
var ja = {
  timeZone: "Asia/Tokyo",
  timeZoneLabel: "JST",
  duration: durationJa,
  kindTitle: {
    "smoke-test": "ヘルスチェック失敗",
    "cert-check": "SSL証明書の異常",
    "backup-verify": "バックアップ確認失敗",
    deploy: "デプロイ失敗",
    rollback: "ロールバック失敗",
    "status-check": "状態確認の異常",
    watchdog: "定期実行の停止"
  },
  kindName: {
    "smoke-test": "ヘルスチェック",
    "cert-check": "証明書チェック",
    "backup-verify": "バックアップ確認",
    deploy: "デプロイ",
    rollback: "ロールバック",
    "status-check": "状態確認",
    watchdog: "定期実行の監視"
  },
  // Runbook 001「障害レベル定義」
  severity: {
    P1: { name: "緊急: サービス全停止", respond: "即時対応" },
    P2: { name: "重要: 一部機能停止", respond: "30分以内に対応" },
    P3: { name: "通常: パフォーマンス劣化", respond: "2時間以内に対応" },
    P4: { name: "軽微: 一部エラー発生", respond: "24時間以内に対応" }
  },
  body: {
    whatFailed: "障害内容",
    check: (kind, target) => `\`${target}\` の${ja.kindName[kind]}`,
    service: "サービス",
    reason: "エラー内容",
    severity: "障害レベル",
    severityValue: (s) => `**${s}**（${ja.severity[s].name}）: ${ja.severity[s].respond}`,
    since: "発生時刻",
    sinceValue: (time, lasted) => lasted < 6e4 ? time : `${time}（継続 ${durationJa(lasted)}）`,
    lastSeen: "最終確認",
    lastSeenValue: (time, n) => `${time}（失敗の確認 ${n}回）`,
    run: "ワークフロー実行",
    evidence: "エビデンス",
    whatToDo: "対応手順",
    footer: "<sub>runbook-actions が自動で更新します。本文は実行のたびに書き換わるため、やりとりはコメントに書いてください。チェックが正常に戻ると自動でクローズされます。</sub>"
  },
  comment: {
    severityChanged: (from, to, summary) => `障害レベルが変わりました: **${from} → ${to}**（${ja.severity[to].name}）。現在: ${summary}`,
    reasonChanged: (summary, before) => `障害の内容が変わりました。現在: ${summary}（以前: ${before}）`,
    escalated: (mentions2, s, lasted, after, assignees) => `${mentions2} エスカレーション: ${s}障害が${durationJa(lasted)}継続しています（${s}の基準: ${durationJa(after)}）。${assignees ? `担当: ${assignees}` : ""}`,
    recovered: (summary, downtime, since, until, n) => `✅ 復旧しました（${summary}）。ダウンタイム: **${durationJa(downtime)}**（${since} 〜 ${until}）、失敗の確認 ${n}回。`,
    belowThreshold: (summary, s, threshold, lasted) => `✅ 障害ではなくなりました: 現在は${s}の警告で、起票基準（${threshold}）未満です（${summary}）。継続時間: ${durationJa(lasted)}。`,
    reopened: (summary, ago) => `🔁 クローズから${durationJa(ago)}後に再発しました: ${summary}。再オープンします。`,
    run: (run) => `ワークフロー実行: [${run.name}](${run.url})`
  },
  label: {
    incident: "runbook-actions が起票した障害",
    kind: (kind) => `${ja.kindName[kind]}の障害`,
    severity: (s) => `${s}: ${ja.severity[s].name}`
  },
  remediation: remediation2
};

// packages/incidents/src/i18n/messages.ts
var LOCALES = ["en", "ja"];

// packages/incidents/src/i18n/index.ts
function messagesFor(locale) {
  return locale === "ja" ? ja : en;
}

// packages/incidents/src/marker.ts
var MAX_EPISODES = 100, PREFIX = "<!-- runbook:incident ", SUMMARY_MAX = 300, markerSummary = (summary) => summary.slice(0, SUMMARY_MAX), FIELD = /([a-z]+)=(\S*)/g, encode = (value) => encodeURIComponent(value).replace(/-/g, "%2D");
function renderMarker(marker) {
  let fields = [
    ["v", "1"],
    ["id", marker.id],
    ["kind", marker.kind],
    ["since", marker.since],
    ["last", marker.last],
    ["count", String(marker.count)],
    ["severity", marker.severity],
    ["status", marker.status],
    ["summary", markerSummary(marker.summary)],
    ["escalated", marker.escalated.join(",")],
    ...marker.subject === void 0 ? [] : [["subject", marker.subject]],
    ...marker.until === void 0 ? [] : [["until", marker.until]],
    ...marker.episodes?.length ? [["episodes", marker.episodes.slice(-MAX_EPISODES).map((e) => `${e.since}~${e.until}~${e.severity}`).join(",")]] : []
  ];
  return `${PREFIX}${fields.map(([k, v]) => `${k}=${encode(v)}`).join(" ")} -->`;
}
var isIso = (text) => text !== void 0 && !Number.isNaN(Date.parse(text));
function parseMarker(body) {
  let start = body?.indexOf(PREFIX) ?? -1;
  if (!body || start < 0) return;
  let end = body.indexOf("-->", start);
  if (end < 0) return;
  let fields = /* @__PURE__ */ new Map();
  for (let [, key, value] of body.slice(start + PREFIX.length, end).matchAll(FIELD))
    try {
      fields.set(key, decodeURIComponent(value));
    } catch {
      return;
    }
  let id = fields.get("id"), kind = fields.get("kind"), severity = fields.get("severity"), status = fields.get("status"), count = Number(fields.get("count")), since = fields.get("since"), last = fields.get("last");
  if (!id || !CHECK_KINDS.includes(kind) || !SEVERITIES.includes(severity) || !isIso(since) || !isIso(last) || status !== "fail" && status !== "warn" || !Number.isInteger(count) || count < 1) return;
  let escalated = (fields.get("escalated") ?? "").split(",").filter((s) => SEVERITIES.includes(s)), subject = fields.get("subject"), until = fields.get("until"), episodes = parseEpisodes(fields.get("episodes"));
  return {
    id,
    kind,
    since,
    last,
    count,
    severity,
    status,
    summary: fields.get("summary") ?? "",
    escalated,
    ...subject === void 0 ? {} : { subject },
    ...isIso(until) ? { until } : {},
    ...episodes.length ? { episodes } : {}
  };
}
function parseEpisodes(text) {
  return text ? text.split(",").flatMap((entry) => {
    let [since, until, severity] = entry.split("~");
    return isIso(since) && isIso(until) && SEVERITIES.includes(severity) ? [{ since, until, severity }] : [];
  }) : [];
}
function replaceMarker(body, marker) {
  let start = body.indexOf(PREFIX), end = start < 0 ? -1 : body.indexOf("-->", start);
  return end < 0 ? `${renderMarker(marker)}

${body}` : `${body.slice(0, start)}${renderMarker(marker)}${body.slice(end + 3)}`;
}

// packages/incidents/src/classify.ts
function severityOf(result) {
  return result.severity ?? (result.status === "fail" ? "P2" : "P4");
}
function isIncident(result, warnMinSeverity) {
  return result.status === "fail" ? !0 : result.status === "warn" && atLeastAsSevere(severityOf(result), warnMinSeverity);
}
function reasonClass(status, summary) {
  let normalized = summary.toLowerCase().replace(/\{[^}]*\}/g, "{…}").replace(/"[^"]*"/g, '"…"').replace(/(got )?\d+(?:\.\d+)?/g, (figure, got) => got && /^got \d{3}$/.test(figure) ? `got ${figure.charAt(4)}xx` : `${got ?? ""}#`).replace(/\s+/g, " ").trim();
  return `${status}:${normalized}`;
}

// packages/incidents/src/settings.ts
var DEFAULT_SETTINGS = {
  locale: "en",
  assignees: {},
  escalate: {},
  warnMinSeverity: "P3",
  reopenWithinMs: 864e5,
  labels: []
}, login = (name) => name.replace(/^@/, "");
function resolveSettings(config, environment, locale) {
  let layers = [config?.incidents, config?.environments[environment]?.incidents].filter((c) => c !== void 0), settings = { ...DEFAULT_SETTINGS, locale: locale ?? config?.locale ?? DEFAULT_SETTINGS.locale };
  for (let layer of layers)
    layer.assignees && (settings.assignees = Object.fromEntries(Object.entries(layer.assignees).map(([severity, names2]) => [severity, (names2 ?? []).map(login)]))), layer.escalate && (settings.escalate = Object.fromEntries(
      Object.entries(layer.escalate).flatMap(([severity, rule]) => rule ? [[severity, { afterMs: rule.after, mention: rule.mention.map(login), assignees: rule.assignees.map(login) }]] : [])
    )), layer["warn-min-severity"] && (settings.warnMinSeverity = layer["warn-min-severity"]), layer["reopen-within"] !== void 0 && (settings.reopenWithinMs = layer["reopen-within"]), layer.labels && (settings.labels = layer.labels);
  return settings;
}

// packages/incidents/src/render.ts
var BODY_LIMIT = 65e3, TITLE_LIMIT = 256, CELL_LIMIT = 1e3, cutAt = (text, length) => /[\uD800-\uDBFF]/.test(text.charAt(length - 1)) ? text.slice(0, length - 1) : text.slice(0, length);
function capBody(text, limit = BODY_LIMIT) {
  if (text.length <= limit) return text;
  let note = (cut) => `

…(${cut.toLocaleString("en-US")} more characters cut here to fit GitHub's limit of 65,536 per issue or comment)`, room = limit - note(text.length).length, kept = cutAt(text, room), lineBreak = kept.lastIndexOf(`
`);
  return lineBreak > room - 2e3 && (kept = kept.slice(0, lineBreak)), `${kept}${note(text.length - kept.length)}`;
}
function capTitle(title) {
  if (title.length <= TITLE_LIMIT) return title;
  let kept = cutAt(title, TITLE_LIMIT - 1), space = kept.lastIndexOf(" ");
  return `${(space > TITLE_LIMIT - 40 ? kept.slice(0, space) : kept).trimEnd()}…`;
}
function shortTarget(target) {
  try {
    let url = new URL(target);
    if (url.protocol === "http:" || url.protocol === "https:") return url.pathname === "/" && !url.search ? url.host : `${url.pathname}${url.search}`;
  } catch {
  }
  return target;
}
function incidentTitle(result, severity, messages, distinguish, environment) {
  let suffix = distinguish ? ` (${shortTarget(result.target)})` : "", where = environment && environment !== "production" ? ` [${environment}]` : "";
  return capTitle(`[${severity}] ${result.subject}${where}: ${messages.kindTitle[result.kind]}${suffix}`);
}
var cell = (value) => {
  let text = value === null ? "–" : String(value);
  return text.length > CELL_LIMIT ? `${text.slice(0, CELL_LIMIT - 1)}…` : text;
};
function renderBody(marker, result, { messages, now, run, environment }) {
  let b = messages.body, lastedMs = Math.max(0, now.getTime() - Date.parse(marker.since)), facts = [
    [b.whatFailed, b.check(result.kind, result.target)],
    [b.service, environment ? `${result.subject} (${environment})` : result.subject],
    [b.reason, inert(result.summary)],
    [b.severity, b.severityValue(marker.severity)],
    [b.since, b.sinceValue(formatTime(marker.since, messages), lastedMs)],
    [b.lastSeen, b.lastSeenValue(formatTime(marker.last, messages), marker.count)],
    ...run ? [[b.run, `[${run.name}](${run.url})`]] : []
  ], evidence = Object.entries(result.evidence).map(([key, value]) => [key, typeof value == "string" ? inert(cell(value)) : cell(value)]), steps = result.runbook ?? messages.remediation({ kind: result.kind, severity: marker.severity, target: result.target }), parts = [
    renderMarker(marker),
    renderMarkdownTable({ columns: ["", ""], rows: facts.map(([k, v]) => [`**${k}**`, v]) }),
    ...evidence.length ? [`### ${b.evidence}`, renderMarkdownTable({ columns: ["", ""], rows: evidence })] : [],
    `### ${b.whatToDo}`,
    steps,
    "---",
    b.footer
  ];
  return capBody(`${parts.join(`

`)}
`);
}
function withRun(text, messages, run) {
  return capBody(run ? `${text}

${messages.comment.run(run)}` : text);
}

// packages/incidents/src/planner.ts
var INCIDENT_LABEL = "incident", unique = (items) => [...new Set(items)], mentionsOf = (names2) => names2.map((n) => `@${n}`).join(" "), ms = (iso) => Date.parse(iso);
function planIncidents(input) {
  let messages = messagesFor(input.settings.locale), render = { messages, now: input.now, ...input.run ? { run: input.run } : {}, ...input.environment ? { environment: input.environment } : {} }, { open, closed } = indexIssues(input.issues), results = [...new Map(input.results.map((r) => [r.id, r])).values()], perService = /* @__PURE__ */ new Map();
  for (let r of results) perService.set(`${r.kind}
${r.subject}`, (perService.get(`${r.kind}
${r.subject}`) ?? 0) + 1);
  let changes = [], belowThreshold = [];
  for (let result of results) {
    let step = { input, messages, render, result, distinguish: (perService.get(`${result.kind}
${result.subject}`) ?? 0) > 1 }, openIssue = open.get(result.id);
    if (isIncident(result, input.settings.warnMinSeverity)) {
      let recent = closed.get(result.id);
      openIssue ? changes.push(stillFailing(step, openIssue)) : recent?.closedAt && input.now.getTime() - ms(recent.closedAt) <= input.settings.reopenWithinMs ? changes.push(reopen(step, recent)) : changes.push(openNew(step));
    } else
      result.status === "warn" && belowThreshold.push(result), openIssue && changes.push(recover(step, openIssue));
  }
  return { changes, belowThreshold };
}
function indexIssues(issues) {
  let open = /* @__PURE__ */ new Map(), closed = /* @__PURE__ */ new Map();
  for (let issue of issues) {
    let id = issue.marker.id;
    if (issue.state === "open") {
      let seen = open.get(id);
      (!seen || issue.number < seen.number) && open.set(id, issue);
    } else {
      let seen = closed.get(id);
      (!seen || ms(issue.closedAt ?? "") > ms(seen.closedAt ?? "")) && closed.set(id, issue);
    }
  }
  return { open, closed };
}
function labelsFor(severity, step) {
  return unique([INCIDENT_LABEL, severity, step.result.kind, ...step.input.settings.labels]);
}
function relabel(current, severity, step) {
  return unique([...current.filter((l) => !SEVERITIES.includes(l)), ...labelsFor(severity, step)]);
}
function escalationDue(marker, step) {
  let rule = step.input.settings.escalate[marker.severity];
  if (!(!rule || marker.escalated.includes(marker.severity)))
    return step.input.now.getTime() - ms(marker.since) >= rule.afterMs ? rule : void 0;
}
function escalate(marker, step) {
  let rule = escalationDue(marker, step);
  if (!rule) return { writes: [], assignees: [], events: [] };
  marker.escalated = [...marker.escalated, marker.severity];
  let lasted = step.input.now.getTime() - ms(marker.since), text = step.messages.comment.escalated(mentionsOf(rule.mention), marker.severity, lasted, rule.afterMs, mentionsOf(rule.assignees));
  return {
    writes: [{ op: "comment", body: withRun(text, step.messages, step.input.run) }],
    assignees: rule.assignees,
    events: [{ type: "escalated", mention: rule.mention, assignees: rule.assignees }]
  };
}
var assign = (assignees) => assignees.length ? [{ op: "assign", assignees: unique(assignees) }] : [];
function finishedEpisodes(marker, until) {
  return [...marker.episodes ?? [], { since: marker.since, until, severity: marker.severity }].slice(-MAX_EPISODES);
}
function freshMarker(result, severity, episodes = []) {
  return {
    id: result.id,
    kind: result.kind,
    since: result.startedAt,
    last: result.startedAt,
    count: 1,
    severity,
    status: result.status === "warn" ? "warn" : "fail",
    summary: markerSummary(result.summary),
    escalated: [],
    subject: result.subject,
    ...episodes.length ? { episodes } : {}
  };
}
function openNew(step) {
  let { result } = step, severity = severityOf(result), marker = freshMarker(result, severity), escalation = escalate(marker, step), title = incidentTitle(result, severity, step.messages, step.distinguish, step.render.environment);
  return {
    id: result.id,
    title,
    severity,
    events: [{ type: "opened" }, ...escalation.events],
    writes: [
      { op: "create", title, body: renderBody(marker, result, step.render), labels: labelsFor(severity, step) },
      ...assign([...step.input.settings.assignees[severity] ?? [], ...escalation.assignees]),
      ...escalation.writes
    ]
  };
}
function stillFailing(step, issue) {
  let { result, messages } = step, before = issue.marker.until ? freshMarker(result, issue.marker.severity, finishedEpisodes(issue.marker, issue.marker.until)) : issue.marker, severity = severityOf(result), marker = {
    ...before,
    kind: result.kind,
    subject: result.subject,
    last: result.startedAt,
    count: (issue.marker.until ? 0 : before.count) + 1,
    severity,
    status: result.status === "warn" ? "warn" : "fail",
    summary: markerSummary(result.summary)
  }, severityChanged = severity !== before.severity, reasonChanged = !severityChanged && reasonClass(before.status, before.summary) !== reasonClass(marker.status, marker.summary), escalation = escalate(marker, step), title = incidentTitle(result, severity, messages, step.distinguish, step.render.environment), comment2 = (text) => ({ op: "comment", body: withRun(text, messages, step.input.run) });
  return {
    id: result.id,
    title: severityChanged ? title : issue.title,
    severity,
    issue: { number: issue.number, url: issue.url },
    events: [
      { type: "updated", occurrences: marker.count },
      ...severityChanged ? [{ type: "severity", from: before.severity, to: severity }] : [],
      ...reasonChanged ? [{ type: "changed" }] : [],
      ...escalation.events
    ],
    // The edit records what the comments announce (severity, reason, escalation) in the marker, so
    // it goes last: if a comment fails, the next run posts it again instead of never.
    writes: [
      ...assign([...severityChanged ? step.input.settings.assignees[severity] ?? [] : [], ...escalation.assignees]),
      ...severityChanged ? [comment2(messages.comment.severityChanged(before.severity, severity, inert(result.summary)))] : [],
      ...reasonChanged ? [comment2(messages.comment.reasonChanged(inert(result.summary), inert(before.summary)))] : [],
      ...escalation.writes,
      { op: "edit", body: renderBody(marker, result, step.render), ...severityChanged ? { title, labels: relabel(issue.labels, severity, step) } : {} }
    ]
  };
}
function recover(step, issue) {
  let { result, messages, input } = step, marker = issue.marker, downtimeMs = Math.max(0, ms(result.startedAt) - ms(marker.since)), text = result.status === "pass" ? messages.comment.recovered(inert(result.summary), downtimeMs, formatTime(marker.since, messages), formatTime(result.startedAt, messages), marker.count) : messages.comment.belowThreshold(inert(result.summary), severityOf(result), input.settings.warnMinSeverity, downtimeMs);
  return {
    id: result.id,
    title: issue.title,
    severity: marker.severity,
    issue: { number: issue.number, url: issue.url },
    events: [{ type: "closed", downtimeMs }],
    writes: [
      { op: "comment", body: withRun(text, messages, input.run) },
      // The episode's end goes into the marker, so reports count its downtime after a reopen too.
      { op: "edit", state: "closed", stateReason: "completed", ...issue.body ? { body: replaceMarker(issue.body, { ...marker, until: result.startedAt }) } : {} }
    ]
  };
}
function reopen(step, issue) {
  let { result, messages, input } = step, severity = severityOf(result), ended = issue.marker.until ?? issue.closedAt ?? issue.marker.last, marker = freshMarker(result, severity, finishedEpisodes(issue.marker, ended)), escalation = escalate(marker, step), title = incidentTitle(result, severity, messages, step.distinguish, step.render.environment), closedAgo = Math.max(0, ms(result.startedAt) - ms(issue.closedAt ?? result.startedAt));
  return {
    id: result.id,
    title,
    severity,
    issue: { number: issue.number, url: issue.url },
    events: [{ type: "reopened" }, ...escalation.events],
    writes: [
      { op: "edit", state: "open", stateReason: "reopened", title, body: renderBody(marker, result, step.render), labels: relabel(issue.labels, severity, step) },
      ...assign([...input.settings.assignees[severity] ?? [], ...escalation.assignees]),
      { op: "comment", body: withRun(messages.comment.reopened(inert(result.summary), closedAgo), messages, input.run) },
      ...escalation.writes
    ]
  };
}

// packages/incidents/src/rate-limit.ts
function classifyRefusal(status, header, message, now = Date.now()) {
  let retryAfter = parseRetryAfter(header("retry-after"), now), exhausted = header("x-ratelimit-remaining") === "0";
  if (status === 429 || status === 403 && (retryAfter !== void 0 || exhausted || /rate limit/i.test(message))) {
    if (retryAfter !== void 0) return { kind: "rate-limit", waitMs: retryAfter };
    let reset = Number(header("x-ratelimit-reset"));
    return exhausted && Number.isFinite(reset) && reset > 0 ? { kind: "rate-limit", waitMs: Math.max(0, reset * 1e3 - now) + 1e3 } : { kind: "rate-limit" };
  }
  return status >= 500 ? { kind: "server" } : { kind: "client" };
}
function refusalHint(status, message) {
  return status === 401 ? " (check `github-token`)" : status === 403 && /not accessible by integration|permission/i.test(message) ? " (the token needs `issues: write`: add `permissions: { contents: read, issues: write }` to the job)" : status === 404 ? " (check GITHUB_REPOSITORY and that the token can see the repository)" : status === 410 ? " (issues are disabled in this repository)" : "";
}
function nextLink(link) {
  for (let part of (link ?? "").split(",")) {
    let match = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim());
    if (match?.[2]?.split(/\s+/).includes("next")) return match[1];
  }
}

// packages/incidents/src/github-client.ts
var GitHubApiError = class extends Error {
  constructor(message, status, transient, retryAfterMs) {
    super(message);
    this.status = status;
    this.transient = transient;
    this.retryAfterMs = retryAfterMs;
    this.name = "GitHubApiError";
  }
  status;
  transient;
  retryAfterMs;
}, MAX_PAGES = 50;
function afterAttempts(error, attempts) {
  return !(error instanceof GitHubApiError) || attempts < 2 ? error : new GitHubApiError(`${error.message} (after ${attempts} attempts)`, error.status, error.transient, error.retryAfterMs);
}
var oneLine = (text, max) => {
  let flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
};
function notJson(data) {
  return data instanceof ArrayBuffer ? new TextDecoder().decode(data) : typeof data == "string" && data !== "" ? data : void 0;
}
function messageOf(data) {
  let body = data;
  if (typeof body?.message != "string") return "";
  let details = (Array.isArray(body.errors) ? body.errors : []).map((e) => typeof e.message == "string" ? e.message : [e.field, e.code].filter((x) => typeof x == "string").join(" ")).filter(Boolean);
  return details.length ? `${body.message}: ${details.join("; ")}` : body.message;
}
function networkReason(failure, timeoutMs) {
  let cause = failure.cause;
  if ([failure.name, cause?.name].some((n) => n === "TimeoutError" || n === "AbortError")) return `timed out after ${formatDuration(timeoutMs)}`;
  let code = cause?.code ?? cause?.cause?.code;
  return code === "ECONNREFUSED" ? "connection refused" : code === "ENOTFOUND" || code === "EAI_AGAIN" ? "host not found" : code === "UND_ERR_SOCKET" || code === "ECONNRESET" ? "the connection was lost before an answer came" : code ?? failure.message;
}
var GitHubClient = class {
  constructor(options) {
    this.options = options;
    this.base = new URL(options.apiUrl.replace(/\/*$/, "/")), this.timeoutMs = options.timeoutMs ?? 1e4, this.retries = options.retries ?? 3, this.maxWaitMs = options.maxWaitMs ?? 12e4;
  }
  options;
  base;
  timeoutMs;
  retries;
  maxWaitMs;
  octokit;
  request(method, path, options = {}) {
    return this.send(method, this.url(path, options.query), options);
  }
  /**
   * The items of a list endpoint, following `Link: rel="next"` (100 per page) for at most `maxPages`
   * pages. `key`: the list is that field of each page's object (`workflow_runs`), not the page itself.
   */
  async paginate(path, query = {}, key) {
    let items = [], url = this.url(path, { per_page: 100, ...query }), limit = this.options.maxPages ?? MAX_PAGES;
    for (let page = 0; url && page < limit; page++) {
      let answer = await this.send("GET", url, {}), { headers } = answer, data = key === void 0 ? answer.data : answer.data?.[key];
      if (!Array.isArray(data)) throw new GitHubApiError(`GitHub API GET ${url.pathname} answered a list call with something that is not a list`, 200, !1);
      items.push(...data);
      let next = nextLink(typeof headers.link == "string" ? headers.link : null);
      url = next === void 0 ? void 0 : this.sameOrigin(next);
    }
    return { items, ...url ? { stoppedAtPages: limit } : {} };
  }
  url(path, query = {}) {
    let url = new URL(`${this.base.pathname}${path.replace(/^\//, "")}`, this.base);
    for (let [key, value] of Object.entries(query)) value !== void 0 && url.searchParams.set(key, String(value));
    return url;
  }
  /** The token is only ever sent to the API's own host. */
  sameOrigin(link) {
    let url = new URL(link, this.base);
    if (url.origin !== this.base.origin) throw new GitHubApiError(`refusing to follow a pagination link to another host (${url.origin})`, void 0, !1);
    return url;
  }
  client() {
    return this.octokit ??= this.load(), this.octokit;
  }
  async load() {
    let [{ GitHub, defaults, getOctokitOptions }, { throttling }] = await Promise.all([import("./utils-ZSQKCULX.js"), import("./dist-bundle-7SUL6AIQ.js")]), proxyFetch = defaults.request?.fetch ?? fetch, timeoutMs = this.timeoutMs, timedFetch = (url, init = {}) => {
      let deadline = AbortSignal.timeout(timeoutMs);
      return proxyFetch(url, { ...init, signal: init.signal ? AbortSignal.any([init.signal, deadline]) : deadline });
    }, onLimit = (kind) => (retryAfterSeconds, request, _octokit, retryCount) => {
      let waitMs = retryAfterSeconds * 1e3;
      return retryCount >= this.retries || waitMs > this.maxWaitMs ? !1 : (this.options.onRetry?.(`GitHub API ${request.method} ${new URL(request.url, this.base).pathname} answered with a ${kind}; retrying in ${formatDuration(waitMs)}`, waitMs), !0);
    }, log = { debug: () => {
    }, info: () => {
    }, warn: (m) => this.options.onRetry?.(m, 0), error: () => {
    } }, unpaced = { key: () => ({ schedule: (_options, job, ...args) => Promise.resolve(job(...args)) }) }, Client = GitHub.plugin(throttling);
    return new Client(
      getOctokitOptions(this.options.token, {
        baseUrl: this.base.href.replace(/\/$/, ""),
        userAgent: "runbook-actions",
        log,
        request: { fetch: timedFetch },
        throttle: {
          onRateLimit: onLimit("rate limit"),
          onSecondaryRateLimit: onLimit("secondary rate limit"),
          retryAfterBaseValue: this.options.rateLimitSecondMs ?? 1e3,
          write: unpaced,
          notifications: unpaced
        }
      })
    );
  }
  async send(method, url, { body, retryServerErrors = method !== "POST" }) {
    let octokit = await this.client(), label = `GitHub API ${method} ${url.pathname}`, attempts = 0;
    try {
      return await retry(
        async (attempt) => (attempts = attempt, this.once(octokit, method, url, body, label)),
        {
          retries: this.retries,
          baseMs: this.options.baseDelayMs ?? 500,
          ...this.options.random ? { random: this.options.random } : {},
          sleep: this.options.sleep ?? sleep,
          retryable: (error) => retryServerErrors && error instanceof GitHubApiError && error.transient,
          retryAfterMs: (error) => error instanceof GitHubApiError ? error.retryAfterMs : void 0,
          onRetry: ({ delayMs, error }) => this.options.onRetry?.(`${error.message}; retrying in ${formatDuration(delayMs)}`, delayMs)
        }
      );
    } catch (error) {
      throw afterAttempts(error, attempts);
    }
  }
  async once(octokit, method, url, body, label) {
    let response;
    try {
      response = await octokit.request(`${method} ${url.href}`, { headers: { "x-github-api-version": "2022-11-28" }, ...body === void 0 ? {} : { data: body } });
    } catch (error) {
      throw this.failure(error, label);
    }
    let text = notJson(response.data);
    if (text !== void 0) throw new GitHubApiError(`${label} answered ${response.status} with a non-JSON body (${oneLine(text, 100)})`, response.status, !0);
    return response;
  }
  failure(failure, label) {
    let answer = failure.response;
    if (!answer) return new GitHubApiError(`${label}: ${networkReason(failure, this.timeoutMs)}`, void 0, !0);
    let { status, headers, data } = answer, header = (name) => headers[name] === void 0 ? null : String(headers[name]), text = notJson(data), message = text === void 0 ? messageOf(data) : "", failed = text === void 0 ? `${label} answered ${status}: ${message || `HTTP ${status}`}` : `${label} answered ${status} with a non-JSON body (${oneLine(text, 100)})`, refusal = classifyRefusal(status, header, message);
    if (refusal.kind === "rate-limit") return new GitHubApiError(`${failed}${refusal.waitMs === void 0 ? "" : `; rate limited for ${formatDuration(refusal.waitMs)} more`}`, status, !1);
    if (refusal.kind === "server") {
      let waitMs = parseRetryAfter(header("retry-after"));
      return new GitHubApiError(failed, status, !0, waitMs === void 0 ? void 0 : Math.min(waitMs, this.maxWaitMs));
    }
    return new GitHubApiError(`${failed}${refusalHint(status, message)}`, status, !1);
  }
};

// packages/incidents/src/issues-api.ts
var labelName = (label) => typeof label == "string" ? label : label.name, IssuesApi = class {
  constructor(client, repository) {
    this.client = client;
    this.path = `/repos/${repository.split("/").map(encodeURIComponent).join("/")}`;
  }
  client;
  path;
  /**
   * Incident issues: one paginated list call filtered by the `incident` label (never the search
   * API, which lags and has a tighter limit). Pull requests and issues without our marker are skipped.
   */
  async listIncidents(filter) {
    let { items, stoppedAtPages } = await this.client.paginate(`${this.path}/issues`, {
      labels: INCIDENT_LABEL,
      state: filter.state,
      ...filter.since ? { since: filter.since.toISOString() } : {}
    }), issues = [], labels = /* @__PURE__ */ new Set();
    for (let item of items) {
      if (item.pull_request !== void 0) continue;
      let names2 = item.labels.map(labelName);
      names2.forEach((name) => labels.add(name));
      let marker = parseMarker(item.body);
      marker && issues.push({
        number: item.number,
        url: item.html_url,
        title: item.title,
        state: item.state,
        ...item.closed_at ? { closedAt: item.closed_at } : {},
        labels: names2,
        marker,
        body: item.body ?? ""
      });
    }
    return { issues, labels: [...labels], ...stoppedAtPages ? { stoppedAtPages } : {} };
  }
  /** Issues (not pull requests) carrying every one of `labels`: one paginated list call. */
  async listLabelled(filter) {
    let { items, stoppedAtPages } = await this.client.paginate(`${this.path}/issues`, {
      labels: filter.labels.join(","),
      state: filter.state,
      ...filter.since ? { since: filter.since.toISOString() } : {}
    });
    return { issues: items.filter((item) => item.pull_request === void 0).map((item) => ({ number: item.number, url: item.html_url, title: item.title, state: item.state, body: item.body ?? "", labels: item.labels.map(labelName) })), ...stoppedAtPages ? { stoppedAtPages } : {} };
  }
  /** Not retried on a 5xx or timeout here (that could make two issues): the caller re-reads first. */
  async createIssue(issue) {
    let { data } = await this.client.request("POST", `${this.path}/issues`, { body: issue, retryServerErrors: !1 });
    return { number: data.number, url: data.html_url };
  }
  /** Only the fields given are sent: `labels` replaces the issue's labels, the rest stays. */
  async updateIssue(number, { title, body, labels, state, stateReason }) {
    let patch = { title, body, labels, state, state_reason: stateReason };
    await this.client.request("PATCH", `${this.path}/issues/${number}`, { body: patch, retryServerErrors: !0 });
  }
  /** Not retried on a 5xx or timeout here (that could post it twice): the caller re-reads first. */
  async comment(number, body) {
    await this.client.request("POST", `${this.path}/issues/${number}/comments`, { body: { body }, retryServerErrors: !1 });
  }
  /** The bodies of the issue's comments made at or after `since`. */
  async commentsSince(number, since) {
    let { items } = await this.client.paginate(`${this.path}/issues/${number}/comments`, { since: since.toISOString() });
    return items.map((c) => c.body ?? "");
  }
  /**
   * Adds to the assignees (the people already assigned stay). GitHub silently leaves out logins it
   * cannot assign (no access, a typo), so this returns who is assigned now.
   */
  async addAssignees(number, assignees) {
    let { data } = await this.client.request("POST", `${this.path}/issues/${number}/assignees`, { body: { assignees }, retryServerErrors: !0 });
    return (data.assignees ?? []).map((a) => a.login);
  }
  async listLabels() {
    return (await this.client.paginate(`${this.path}/labels`)).items.map((l) => l.name);
  }
  /** `exists` when a label of that name (in any case) is already there. */
  async createLabel(label) {
    try {
      return await this.client.request("POST", `${this.path}/labels`, { body: label, retryServerErrors: !0 }), "created";
    } catch (error) {
      if (error instanceof GitHubApiError && error.status === 422) return "exists";
      throw error;
    }
  }
  async getLabel(name) {
    try {
      return (await this.client.request("GET", `${this.path}/labels/${encodeURIComponent(name)}`)).data;
    } catch (error) {
      if (error instanceof GitHubApiError && error.status === 404) return;
      throw error;
    }
  }
  async deleteLabel(name) {
    try {
      await this.client.request("DELETE", `${this.path}/labels/${encodeURIComponent(name)}`, { retryServerErrors: !0 });
    } catch (error) {
      if (!(error instanceof GitHubApiError && error.status === 404)) throw error;
    }
  }
};

// packages/incidents/src/labels.ts
var SEVERITY_COLORS = { P1: "b60205", P2: "d93f0b", P3: "fbca04", P4: "c5def5" };
function labelSpec(name, messages) {
  return name === INCIDENT_LABEL ? { name, color: "d73a4a", description: messages.label.incident } : SEVERITIES.includes(name) ? { name, color: SEVERITY_COLORS[name], description: messages.label.severity(name) } : CHECK_KINDS.includes(name) ? { name, color: "1d76db", description: messages.label.kind(name) } : { name, color: "ededed", description: "" };
}
function labelsOf(changes) {
  let names2 = changes.flatMap((c) => c.writes.flatMap((w) => w.op === "create" || w.op === "edit" ? w.labels ?? [] : []));
  return [...new Set(names2)];
}
async function ensureLabels(api, wanted, seen, messages) {
  let known = new Set(seen.map((l) => l.toLowerCase())), unseen = wanted.filter((l) => !known.has(l.toLowerCase()));
  if (unseen.length === 0) return [];
  let existing = new Set((await api.listLabels()).map((l) => l.toLowerCase())), created = [];
  for (let name of unseen.filter((l) => !existing.has(l.toLowerCase())))
    await api.createLabel(labelSpec(name, messages)) === "created" && created.push(name);
  return created;
}

// packages/incidents/src/lock.ts
var import_node_crypto = __toESM(require_node_crypto(), 1);
var LOCK_LABEL = "runbook-incidents-lock", GUARD_TTL_MS = 6e4, MAX_ATTEMPTS = 1e3, UNTIL = / until (\S+)$/, expiresAt = (description) => Date.parse(UNTIL.exec(description ?? "")?.[1] ?? ""), names = (description, owner) => description?.includes(` ${owner} `) ?? !1, guardLabel = (description) => `${LOCK_LABEL}~${(0, import_node_crypto.createHash)("sha256").update(description).digest("hex").slice(0, 12)}`;
async function acquireLock(api, options) {
  let { owner, ttlMs = 5 * 6e4, maxWaitMs = 6 * 6e4, now = Date.now, sleep: sleep2 = sleep } = options, started = now(), lock = {
    verify: async () => {
      let held = await api.getLabel(LOCK_LABEL);
      if (!names(held?.description, owner)) throw new Error(`this run lost the incidents lock while writing (label "${LOCK_LABEL}": ${held?.description ?? "gone"}); the next run writes what is missing`);
    },
    release: async () => {
      let held = await api.getLabel(LOCK_LABEL);
      held?.description && names(held.description, owner) && await removeGeneration(api, held.description, owner, now);
    }
  };
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    let until = new Date(now() + ttlMs).toISOString();
    if (await api.createLabel({ name: LOCK_LABEL, color: "ededed", description: `runbook-actions lock ${owner} until ${until}` }) === "created") return lock;
    let held = await api.getLabel(LOCK_LABEL);
    if (names(held?.description, owner)) return lock;
    if (now() - started > maxWaitMs) break;
    let delay = backoffDelay(Math.min(attempt, 3), { baseMs: 250, maxMs: 2e3 });
    if (!held?.description) {
      attempt > 0 && await sleep2(delay);
      continue;
    }
    let expires = expiresAt(held.description);
    (Number.isNaN(expires) || expires < now()) && await removeGeneration(api, held.description, owner, now) || (options.onWait?.(`incidents: another run is writing incidents (${held.description}); waiting ${formatDuration(delay)}`), await sleep2(delay));
  }
  let holder = (await api.getLabel(LOCK_LABEL))?.description ?? "gone, yet it cannot be created";
  throw new Error(`another run has held the incidents lock for over ${formatDuration(maxWaitMs)} (label "${LOCK_LABEL}": ${holder})`);
}
async function removeGeneration(api, description, owner, now) {
  let guard = guardLabel(description);
  if (await api.createLabel({ name: guard, color: "ededed", description: `runbook-actions lock guard ${owner} until ${new Date(now() + GUARD_TTL_MS).toISOString()}` }) === "exists") {
    let other = await api.getLabel(guard);
    if (!names(other?.description, owner))
      return other && !(expiresAt(other.description) >= now()) && await api.deleteLabel(guard), !1;
  }
  try {
    (await api.getLabel(LOCK_LABEL))?.description === description && await api.deleteLabel(LOCK_LABEL);
  } finally {
    await api.deleteLabel(guard);
  }
  return !0;
}

// packages/incidents/src/sync.ts
var CLOCK_SKEW_MS = 5 * 6e4;
function redactResult(result, redact) {
  let evidence = Object.fromEntries(Object.entries(result.evidence).map(([key, value]) => [redact(key), typeof value == "string" ? redact(value) : value]));
  return {
    ...result,
    id: redact(result.id),
    subject: redact(result.subject),
    target: redact(result.target),
    summary: redact(result.summary),
    evidence,
    ...result.runbook === void 0 ? {} : { runbook: redact(result.runbook) }
  };
}
function merge(a, b) {
  let byNumber = new Map(a.issues.map((i) => [i.number, i]));
  for (let issue of b.issues) byNumber.set(issue.number, issue);
  return { issues: [...byNumber.values()], labels: [.../* @__PURE__ */ new Set([...a.labels, ...b.labels])] };
}
var opensIssue = (change) => change.writes.some((w) => w.op === "create");
async function syncIncidents(results, options) {
  let { api, settings } = options, redact = options.redact ?? ((text) => text), log = options.log ?? (() => {
  }), now = options.now?.() ?? /* @__PURE__ */ new Date(), planInput = {
    results: results.map((r) => redactResult(r, redact)),
    now,
    settings,
    ...options.run ? { run: options.run } : {},
    ...options.environment ? { environment: options.environment } : {}
  }, outcome = { changes: [], belowThreshold: [], labelsCreated: [], warnings: [] }, write = { api, outcome, now, ...options.sleep ? { sleep: options.sleep } : {} }, warnIfCut = (list) => {
    let pages = list.stoppedAtPages;
    pages && !outcome.warnings.some((w) => w.startsWith("the incident issue list")) && outcome.warnings.push(`the incident issue list stopped at its limit of ${pages} pages (${pages * 100} issues): some incidents may not be matched, so an issue may be opened twice or left open`);
  };
  try {
    let known = await api.listIncidents({ state: "open" });
    warnIfCut(known);
    let plan = planIncidents({ ...planInput, issues: known.issues });
    if (plan.changes.some(opensIssue)) {
      write.lock = await acquireLock(api, { owner: options.lockOwner, onWait: log, ...options.sleep ? { sleep: options.sleep } : {} });
      let recent = await api.listIncidents({ state: "all", since: new Date(now.getTime() - settings.reopenWithinMs - CLOCK_SKEW_MS) });
      warnIfCut(recent), known = merge(known, recent), plan = planIncidents({ ...planInput, issues: known.issues });
    }
    outcome.belowThreshold = plan.belowThreshold, outcome.changes = plan.changes.map((change) => ({ ...change, done: !1 })), outcome.labelsCreated = await ensureLabels(api, labelsOf(plan.changes), known.labels, messagesFor(settings.locale));
    for (let change of outcome.changes)
      await applyChange(write, change), change.done = !0, log(`incidents: ${change.issue ? `#${change.issue.number}` : "(new)"} ${change.title}: ${change.events.map((e) => e.type).join(", ")}`);
  } catch (error) {
    outcome.error = redact(errorMessage(error)).replace(/\s*\n\s*/g, " ");
  } finally {
    if (write.lock)
      try {
        await write.lock.release();
      } catch (error) {
        outcome.warnings.push(`could not release the incidents lock: ${redact(errorMessage(error))}`);
      }
  }
  return outcome;
}
async function applyChange(context, change) {
  let { api } = context, issue = () => {
    if (!change.issue) throw new Error(`no issue to write to for ${change.id}`);
    return change.issue.number;
  };
  for (let write of change.writes)
    write.op === "create" ? change.issue = await createIssue(context, write, change.id) : write.op === "edit" ? await api.updateIssue(issue(), write) : write.op === "comment" ? await comment(context, issue(), write.body) : await assign2(context, issue(), write.assignees);
}
async function writeOnce(context, write, landed) {
  let attempts = 0;
  try {
    return await retry(
      async (attempt) => {
        if (attempts = attempt, attempt > 1) {
          let found = await landed();
          if (found !== void 0) return found;
        }
        return write();
      },
      {
        retries: 2,
        baseMs: 1e3,
        ...context.sleep ? { sleep: context.sleep } : {},
        retryable: (error) => error instanceof GitHubApiError && error.transient && (error.status === void 0 || error.status >= 500),
        retryAfterMs: (error) => error instanceof GitHubApiError ? error.status === void 0 ? 0 : error.retryAfterMs : void 0
      }
    );
  } catch (error) {
    throw afterAttempts(error, attempts);
  }
}
async function createIssue(context, write, id) {
  let since = new Date(context.now.getTime() - CLOCK_SKEW_MS);
  return await context.lock?.verify(), writeOnce(
    context,
    () => context.api.createIssue(write),
    async () => {
      let made = (await context.api.listIncidents({ state: "open", since })).issues.find((i) => i.marker.id === id);
      return made && { number: made.number, url: made.url };
    }
  );
}
async function comment(context, number, body) {
  let since = new Date(context.now.getTime() - CLOCK_SKEW_MS);
  await writeOnce(
    context,
    async () => (await context.api.comment(number, body), !0),
    async () => (await context.api.commentsSince(number, since)).includes(body) ? !0 : void 0
  );
}
async function assign2({ api, outcome }, number, assignees) {
  try {
    let now = new Set((await api.addAssignees(number, assignees)).map((login2) => login2.toLowerCase())), missing = assignees.filter((login2) => !now.has(login2.toLowerCase()));
    missing.length && outcome.warnings.push(`GitHub did not assign ${missing.map((l) => `@${l}`).join(", ")} to #${number}: they cannot be assigned in this repository (no access, or a typo in \`incidents.assignees\` or \`escalate.<P>.assignees\`)`);
  } catch (error) {
    if (!(error instanceof GitHubApiError) || error.transient || error.status === 403 || error.status === 429) throw error;
    outcome.warnings.push(`could not assign ${assignees.join(", ")} to #${number}: ${error.message}`);
  }
}

// packages/incidents/src/summary.ts
var mentions = (names2) => names2.map((n) => `@${n}`).join(" ");
function describe(event) {
  switch (event.type) {
    case "opened":
      return "opened";
    case "updated":
      return `still failing (run ${event.occurrences})`;
    case "severity":
      return `severity ${event.from} → ${event.to}`;
    case "changed":
      return "failure changed";
    case "escalated":
      return `escalated${event.mention.length ? ` to ${mentions(event.mention)}` : ""}${event.assignees.length ? `, assigned ${mentions(event.assignees)}` : ""}`;
    case "closed":
      return `closed after ${formatDuration(event.downtimeMs)} down`;
    case "reopened":
      return "reopened";
  }
}
function renderIncidentSummary(outcome, settings) {
  let parts = [];
  if (outcome.error && parts.push(`❌ The incident issues could not be written: ${outcome.error}`), outcome.changes.length > 0) {
    let rows = outcome.changes.map((c) => [
      c.issue ? `[#${c.issue.number}](${c.issue.url})` : "–",
      c.title,
      c.events.map(describe).join(", ") + (c.done ? "" : " (not written)")
    ]);
    parts.push(renderMarkdownTable({ columns: ["issue", "title", "this run"], rows }));
  } else outcome.error || parts.push("No incident changes: nothing newly failing, nothing recovered.");
  if (outcome.belowThreshold.length > 0) {
    let n = outcome.belowThreshold.length;
    parts.push(`${n} warning${n === 1 ? "" : "s"} below ${settings.warnMinSeverity} ${n === 1 ? "is" : "are"} shown here only, without an issue: ${outcome.belowThreshold.map((r) => `\`${r.target}\``).join(", ")}.`);
  }
  outcome.labelsCreated.length > 0 && parts.push(`Labels created: ${outcome.labelsCreated.map((l) => `\`${l}\``).join(", ")}.`);
  for (let warning of outcome.warnings) parts.push(`⚠️ ${warning}`);
  return parts.join(`

`);
}

// packages/incidents/src/incident-writer.ts
var import_node_crypto2 = __toESM(require_node_crypto(), 1), import_node_fs = __toESM(require_node_fs(), 1);
async function loadIncidentConfig({ config, environment }) {
  if (!config && !environment) return;
  let { DEFAULT_CONFIG_PATH, loadConfig } = await import("./config-QMXRFQLW.js");
  if (!(!config && !(0, import_node_fs.existsSync)(DEFAULT_CONFIG_PATH)))
    return loadConfig(config || DEFAULT_CONFIG_PATH);
}
function githubTarget(env) {
  let repository = env.GITHUB_REPOSITORY ?? "";
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository)) throw new UsageError("GITHUB_REPOSITORY", `expected owner/name of the repository to open issues in, got ${quote(repository)}`);
  let apiUrl = env.GITHUB_API_URL || "https://api.github.com";
  if (!URL.canParse(apiUrl) || !/^https?:$/.test(new URL(apiUrl).protocol)) throw new UsageError("GITHUB_API_URL", `expected an http(s) URL, got ${quote(apiUrl)}`);
  return { repository, apiUrl };
}
function runLinkFrom(env) {
  let { GITHUB_SERVER_URL = "https://github.com", GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT, GITHUB_WORKFLOW, GITHUB_RUN_NUMBER } = env;
  if (!GITHUB_REPOSITORY || !GITHUB_RUN_ID) return;
  let attempt = Number(GITHUB_RUN_ATTEMPT) > 1 ? `/attempts/${GITHUB_RUN_ATTEMPT}` : "";
  return { name: `${GITHUB_WORKFLOW || "workflow run"} #${GITHUB_RUN_NUMBER || GITHUB_RUN_ID}`, url: `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}${attempt}` };
}
async function prepareIncidents(request, env = process.env) {
  let { repository, apiUrl } = githubTarget(env), settings = resolveSettings(await loadIncidentConfig(request), request.environment, request.locale), run = runLinkFrom(env), lockOwner = `r${env.GITHUB_RUN_ID ?? "local"}.${env.GITHUB_RUN_ATTEMPT ?? "1"}-${(0, import_node_crypto2.randomUUID)().slice(0, 8)}`;
  return {
    sync: (results, redact, log) => syncIncidents(results, {
      api: new IssuesApi(new GitHubClient({ apiUrl, token: request.token, onRetry: (m) => log(`incidents: ${redact(m)}`) }), repository),
      settings,
      lockOwner,
      redact,
      log,
      ...run ? { run } : {},
      ...request.environment ? { environment: request.environment } : {}
    }),
    summary: (outcome) => renderIncidentSummary(outcome, settings)
  };
}

// packages/incidents/src/records.ts
var serviceFromTitle = (title) => /^\[P\d\]\s+(.+?)(?:\s+\[[^\]]+\])?:\s/.exec(title)?.[1] ?? title;
function incidentRecord(issue) {
  let m = issue.marker, end = m.until ?? (issue.state === "closed" ? issue.closedAt ?? m.last : void 0), episodes = [
    ...(m.episodes ?? []).map((e) => ({ start: e.since, end: e.until, severity: e.severity })),
    { start: m.since, ...end ? { end } : {}, severity: m.severity }
  ];
  return {
    number: issue.number,
    url: issue.url,
    title: issue.title,
    state: issue.state,
    id: m.id,
    kind: m.kind,
    service: m.subject ?? serviceFromTitle(issue.title),
    severity: m.severity,
    summary: m.summary,
    labels: issue.labels,
    episodes
  };
}
var overlaps = (episode, { from, to }) => Date.parse(episode.start) < to.getTime() && (episode.end === void 0 || Date.parse(episode.end) > from.getTime());
async function readIncidents(api, period) {
  let updated = await api.listIncidents({ state: "all", since: period.from }), open = await api.listIncidents({ state: "open" }), records = [...new Map([...updated.issues, ...open.issues].map((i) => [i.number, i])).values()].map(incidentRecord).filter((r) => r.episodes.some((e) => overlaps(e, period))).sort((a, b) => Date.parse(a.episodes[0]?.start ?? "") - Date.parse(b.episodes[0]?.start ?? "") || a.number - b.number), stoppedAtPages = updated.stoppedAtPages ?? open.stoppedAtPages;
  return { records, ...stoppedAtPages ? { stoppedAtPages } : {} };
}

// packages/incidents/src/report-issues.ts
var REPORT_LABEL = "report", PREFIX2 = "<!-- runbook:report key=", reportMarker = (key) => `${PREFIX2}${encodeURIComponent(key).replace(/-/g, "%2D")} -->`;
function reportKeyOf(body) {
  let start = body.indexOf(PREFIX2), end = start < 0 ? -1 : body.indexOf(" -->", start);
  if (!(end < 0))
    try {
      return decodeURIComponent(body.slice(start + PREFIX2.length, end));
    } catch {
      return;
    }
}
var ReportIssues = class {
  constructor(api) {
    this.api = api;
  }
  api;
  /** Report issues of the period updated since `since`: one paginated list call. */
  async list(period, since) {
    let { issues } = await this.api.listLabelled({ labels: [REPORT_LABEL, period], state: "all", since });
    return issues.flatMap((issue) => {
      let key = reportKeyOf(issue.body);
      return key === void 0 ? [] : [{ ...issue, key }];
    });
  }
  /**
   * Updates the issue of this period if one exists (never a second one), else opens it; then closes
   * the open report issues of earlier periods, so reports do not pile up open.
   */
  async publish(request, known) {
    let footer = request.footer ? `

${request.footer}
` : "", body = `${capBody(`${reportMarker(request.key)}

${request.body}`, BODY_LIMIT - footer.length)}${footer}`, title = capTitle(request.title), same = known.filter((i) => i.key === request.key).sort((a, b) => a.number - b.number)[0], issue;
    same ? (await this.api.updateIssue(same.number, { title, body }), issue = same) : issue = await this.api.createIssue({ title, body, labels: [REPORT_LABEL, request.period] });
    let older = known.filter((i) => i.state === "open" && i.key < request.key && i.number !== issue.number);
    for (let old of older) await this.api.updateIssue(old.number, { state: "closed", stateReason: "completed" });
    return { number: issue.number, url: issue.url, created: !same, closed: older.map((i) => i.number) };
  }
};

// packages/incidents/src/workflow-runs.ts
var stamp = (date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");
async function readWorkflowRuns(client, repository, workflows, period) {
  let base = `/repos/${repository.split("/").map(encodeURIComponent).join("/")}/actions/workflows`, reading = { runs: [], missing: [] };
  for (let workflow of workflows)
    try {
      let { items, stoppedAtPages } = await client.paginate(`${base}/${encodeURIComponent(workflow)}/runs`, { created: `${stamp(period.from)}..${stamp(new Date(period.to.getTime() - 1e3))}` }, "workflow_runs");
      stoppedAtPages && (reading.stoppedAtPages = stoppedAtPages);
      for (let run of items)
        reading.runs.push({
          workflow,
          id: run.id,
          name: run.name ?? workflow,
          url: run.html_url,
          event: run.event,
          actor: run.triggering_actor?.login ?? run.actor?.login ?? "",
          status: run.status ?? "",
          conclusion: run.conclusion,
          createdAt: run.created_at
        });
    } catch (error) {
      if (error instanceof GitHubApiError && error.status === 404) reading.missing.push(workflow);
      else throw error;
    }
  return reading.runs.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt)), reading;
}

// packages/incidents/src/report-api.ts
function reportApi(options) {
  let client = new GitHubClient({ apiUrl: options.apiUrl, token: options.token, ...options.onRetry ? { onRetry: options.onRetry } : {} }), api = new IssuesApi(client, options.repository);
  return {
    readIncidents: (period) => readIncidents(api, period),
    reports: new ReportIssues(api),
    readWorkflowRuns: (workflows, period) => readWorkflowRuns(client, options.repository, workflows, period)
  };
}

// packages/incidents/src/workflow-state.ts
var RUNS_LOOKED_AT = 30, repoPath = (repository) => `/repos/${repository.split("/").map(encodeURIComponent).join("/")}/actions/workflows`;
async function readWorkflowStatuses(client, repository, files) {
  let base = repoPath(repository), workflows, stoppedAtPages;
  try {
    ({ items: workflows, stoppedAtPages } = await client.paginate(base, {}, "workflows"));
  } catch (error) {
    return files.map((file) => ({ file, found: void 0, reason: errorMessage(error) }));
  }
  let statuses = [];
  for (let file of files) {
    let workflow = workflows.find((w) => w.path === `.github/workflows/${file}`);
    if (!workflow) {
      statuses.push(stoppedAtPages ? { file, found: void 0, reason: `not among the first ${stoppedAtPages} pages of ${repository}'s workflows (the list stopped at its bound)` } : { file, found: !1 });
      continue;
    }
    try {
      let runs = ((await client.request("GET", `${base}/${workflow.id}/runs`, { query: { status: "completed", per_page: RUNS_LOOKED_AT, exclude_pull_requests: "true" } })).data.workflow_runs ?? []).map((r) => ({ id: r.id, url: r.html_url, event: r.event, conclusion: r.conclusion ?? "", createdAt: r.created_at, updatedAt: r.updated_at }));
      statuses.push({ file, found: !0, name: workflow.name, state: workflow.state, createdAt: workflow.created_at, url: workflow.html_url, runs });
    } catch (error) {
      statuses.push({ file, found: void 0, reason: errorMessage(error) });
    }
  }
  return statuses;
}
function workflowStatusReader(options) {
  let client = new GitHubClient(options);
  return (files) => readWorkflowStatuses(client, options.repository, files);
}
export {
  BODY_LIMIT,
  DEFAULT_SETTINGS,
  GitHubApiError,
  GitHubClient,
  INCIDENT_LABEL,
  IssuesApi,
  LOCALES,
  LOCK_LABEL,
  MAX_EPISODES,
  MAX_PAGES,
  REPORT_LABEL,
  RUNS_LOOKED_AT,
  ReportIssues,
  TITLE_LIMIT,
  acquireLock,
  afterAttempts,
  capBody,
  capTitle,
  classifyRefusal,
  ensureLabels,
  formatTime,
  githubTarget,
  guardLabel,
  incidentRecord,
  incidentTitle,
  inert,
  isIncident,
  labelSpec,
  labelsOf,
  markerSummary,
  messagesFor,
  nextLink,
  parseMarker,
  planIncidents,
  prepareIncidents,
  readIncidents,
  readWorkflowRuns,
  readWorkflowStatuses,
  reasonClass,
  refusalHint,
  renderBody,
  renderIncidentSummary,
  renderMarker,
  replaceMarker,
  reportApi,
  reportKeyOf,
  reportMarker,
  resolveSettings,
  runLinkFrom,
  severityOf,
  shortTarget,
  syncIncidents,
  tlsEndpoint,
  withRun,
  workflowStatusReader
};
