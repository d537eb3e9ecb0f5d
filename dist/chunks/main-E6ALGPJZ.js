import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  runCheckAction
} from "./chunk-CVDX54IJ.js";
import {
  WATCHDOG,
  inputNames
} from "./chunk-YHYKWZMY.js";
import {
  UNDECIDED_PREFIX,
  undecidedMark
} from "./chunk-VSBUBHW6.js";
import {
  headline,
  worstStatus
} from "./chunk-YSQWLAFH.js";
import "./chunk-EJSVMXJL.js";
import {
  require_node_fs
} from "./chunk-LWETLIYH.js";
import "./chunk-HUYPKN5R.js";
import "./chunk-OLCTU7ML.js";
import "./chunk-ZKYF5O3L.js";
import {
  formatDuration,
  parseDuration,
  quote
} from "./chunk-ZC7J5IS5.js";
import {
  __toESM
} from "./chunk-KBV2H3VL.js";

// packages/watchdog/src/plan.ts
var import_node_fs = __toESM(require_node_fs(), 1);
var SILENCE_BOUNDS = { min: 5 * 6e4, max: 93 * 864e5 }, LOCALES = ["en", "ja"], REPOSITORY = /^[\w.-]+\/[\w.-]+$/;
function silenceValue(text) {
  let ms = parseDuration(text);
  return ms === void 0 || ms < SILENCE_BOUNDS.min || ms > SILENCE_BOUNDS.max ? { ok: !1, expected: `expected a duration from ${formatDuration(SILENCE_BOUNDS.min)} to ${formatDuration(SILENCE_BOUNDS.max)}, like 26h for a daily schedule or 8d for a weekly one, got ${quote(text)}` } : { ok: !0, value: ms };
}
function workflowFileValue(text) {
  let file = text.replace(/^\.github\/workflows\//, "");
  return /^[\w.-]+\.ya?ml$/.test(file) ? { ok: !0, value: file } : { ok: !1, expected: `expected workflow file names like nightly.yml, one per line, got ${quote(text)}` };
}
async function configLocale(path, environment) {
  if (!path && !environment) return;
  let { DEFAULT_CONFIG_PATH, loadConfig } = await import("./config-QMXRFQLW.js");
  if (!(!path && !(0, import_node_fs.existsSync)(DEFAULT_CONFIG_PATH)))
    return loadConfig(path || DEFAULT_CONFIG_PATH).locale;
}
async function planWatchdog(inputs, env) {
  let workflows = inputs.list("workflows").flatMap((line) => line.split(",")).map((f) => f.trim()).filter(Boolean);
  workflows.length === 0 && inputs.fail("workflows", "expected the scheduled workflow files to watch, one per line (e.g. nightly.yml)");
  let files = [...new Set(workflows.map((w) => {
    let file = workflowFileValue(w);
    return file.ok ? file.value : inputs.fail("workflows", file.expected);
  }))], maxSilenceMs = inputs.parse("max-silence", silenceValue, 26 * 36e5), repository = inputs.text("repository") || (env.GITHUB_REPOSITORY ?? "");
  REPOSITORY.test(repository) || inputs.fail("repository", `expected owner/name of the repository whose workflows to watch, got ${quote(repository)}`);
  let locale = (inputs.text("locale") ? inputs.choice("locale", LOCALES, "en") : void 0) ?? await configLocale(inputs.text("config"), inputs.text("environment")) ?? "en";
  return { workflows: files, maxSilenceMs, repository, serverUrl: (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/$/, ""), locale, environment: inputs.text("environment") || "default" };
}

// packages/watchdog/src/steps.ts
var gh = (command, { file, repository }) => `\`gh ${command} ${file} --repo ${repository}\``, list = (c) => `\`gh run list --workflow ${c.file} --repo ${c.repository} --limit 10\``, EN = {
  silent: (c) => [
    `See what its latest runs did: ${list(c)}. Runs stuck in \`queued\` mean no runner takes them (a self-hosted runner offline, or its labels changed).`,
    `Run it once by hand now, so the checks cover today: ${gh("workflow run", c)}.`,
    "Make sure `on: schedule` is still in the file on the default branch: schedules only run from its latest commit.",
    "GitHub delays scheduled runs under load (by hours at the top of the hour) and drops some: keep the cron a few minutes off the hour, and `max-silence` a few hours above the interval."
  ],
  disabled_inactivity: (c) => [
    "GitHub disables the scheduled workflows of a public repository after 60 days without activity in it (such as a push); the warning is an email that is easy to miss. No run happens until the workflow is enabled again.",
    `Enable it: ${gh("workflow enable", c)} (or [its page](${c.page}) → "Enable workflow"), then run it once: ${gh("workflow run", c)}.`,
    "Every scheduled workflow of the repository was disabled with it, this watchdog's too if it runs there: enable them all (`gh workflow list --all` shows which).",
    `So that it does not happen again, push to ${c.repository} within every 60 days (a dependency update, or \`git commit --allow-empty -m "keep schedules enabled" && git push\`), run this watchdog from a repository with regular pushes (\`repository: ${c.repository}\`), and give the checks a \`heartbeat-url\`, which notices from outside GitHub when nothing runs.`
  ],
  disabled_manually: (c) => [
    "Someone disabled it (`gh workflow disable` or the Actions tab): find out who and why before turning it back on (the organization's audit log, action `workflows.disable_workflow`).",
    `If it was not meant to stay off: ${gh("workflow enable", c)}, then ${gh("workflow run", c)}.`,
    `If it is off on purpose, remove ${c.file} from this watchdog's \`workflows\`, so the incident closes.`
  ],
  disabled_fork: (c) => [
    `A fork does not run scheduled workflows until they are enabled in it: open the fork's Actions tab and enable workflows, then ${gh("workflow enable", c)}.`
  ],
  deleted: (c) => [
    `The workflow file was deleted from ${c.repository}: restore it, or remove ${c.file} from this watchdog's \`workflows\` if the checks moved elsewhere.`
  ],
  missing: (c) => [
    `${c.repository} has no \`.github/workflows/${c.file}\`: it was renamed or deleted, or the name in \`workflows\` is wrong (\`gh workflow list --all --repo ${c.repository}\`).`,
    "A workflow in another repository needs a `github-token` that can read its actions (`actions: read` there)."
  ],
  unread: (c) => [
    `GitHub could not be asked about ${c.file}: check the token's \`actions: read\` permission on ${c.repository} and [GitHub's status](https://www.githubstatus.com/); the next run tries again.`
  ]
}, JA = {
  silent: (c) => [
    `最近の実行を確認: ${list(c)}。\`queued\` のまま止まっている場合は実行できるランナーがない（セルフホストランナーの停止やラベルの変更）`,
    `今日の分のチェックのため、今すぐ手動で一度実行: ${gh("workflow run", c)}`,
    "デフォルトブランチのファイルに `on: schedule` が残っているか確認（スケジュールはデフォルトブランチの最新コミットからのみ実行される）",
    "GitHub は負荷の高い時間帯（毎時0分）に定期実行を数時間遅らせ、一部を実行しないことがある: cron は0分を数分ずらし、`max-silence` は実行間隔より数時間長くする"
  ],
  disabled_inactivity: (c) => [
    "GitHub は、公開リポジトリで60日間アクティビティ（プッシュなど）がないと定期実行ワークフローを無効化する。通知は見落としやすいメールのみ。再度有効にするまで一切実行されない",
    `有効化: ${gh("workflow enable", c)}（または[ワークフローのページ](${c.page}) →「Enable workflow」）、その後一度実行: ${gh("workflow run", c)}`,
    "リポジトリの定期実行ワークフローはすべて同時に無効化されている（同じリポジトリで動くならこのウォッチドッグも）: すべて有効化する（`gh workflow list --all` で確認）",
    `再発防止: ${c.repository} に60日以内ごとにプッシュする（依存関係の更新、または \`git commit --allow-empty -m "keep schedules enabled" && git push\`）、このウォッチドッグは定期的にプッシュのあるリポジトリから実行する（\`repository: ${c.repository}\`）、チェックに \`heartbeat-url\` を設定して GitHub の外から実行停止に気づけるようにする`
  ],
  disabled_manually: (c) => [
    "誰かが無効化した（`gh workflow disable` または Actions タブ）: 有効に戻す前に、誰がなぜ無効化したかを確認（組織の監査ログ、`workflows.disable_workflow`）",
    `意図せず無効のままなら: ${gh("workflow enable", c)}、その後 ${gh("workflow run", c)}`,
    `意図して止めている場合は、このウォッチドッグの \`workflows\` から ${c.file} を外す（インシデントはクローズされる）`
  ],
  disabled_fork: (c) => [
    `フォークでは有効化するまで定期実行ワークフローは動かない: フォークの Actions タブでワークフローを有効化し、${gh("workflow enable", c)}`
  ],
  deleted: (c) => [
    `ワークフローファイルが ${c.repository} から削除された: 復元する、またはチェックを別の場所に移したならこのウォッチドッグの \`workflows\` から ${c.file} を外す`
  ],
  missing: (c) => [
    `${c.repository} に \`.github/workflows/${c.file}\` がない: 名前の変更か削除、または \`workflows\` の名前の誤り（\`gh workflow list --all --repo ${c.repository}\`）`,
    "別のリポジトリのワークフローには、そのリポジトリの Actions を読める `github-token`（`actions: read`）が必要"
  ],
  unread: (c) => [
    `${c.file} について GitHub に問い合わせできなかった: トークンの ${c.repository} への \`actions: read\` 権限と [GitHub のステータス](https://www.githubstatus.com/) を確認。次回の実行で再試行される`
  ]
};
function watchdogSteps(finding, context, locale) {
  return [locale === "ja" ? "定期チェックが動いていないため、障害が起きても誰も気づけません。" : "The scheduled checks are not running, so nothing would notice an outage.", ...(locale === "ja" ? JA : EN)[finding](context).map((step, i) => `${i + 1}. ${step}`)].join(`
`);
}

// packages/watchdog/src/verdict.ts
var NOT_A_RUN = ["cancelled", "skipped", "startup_failure", "action_required", "stale"], STATE_SUMMARY = {
  disabled_inactivity: "disabled by GitHub after 60 days without activity in the repository (disabled_inactivity): no scheduled run happens until it is enabled",
  disabled_manually: "disabled by hand (disabled_manually): no scheduled run happens until it is enabled",
  disabled_fork: "disabled in this fork (disabled_fork): forks run no scheduled workflow until it is enabled",
  deleted: "deleted (its state is deleted)"
};
function tally(runs) {
  let counts = /* @__PURE__ */ new Map();
  for (let r of runs) counts.set(r.conclusion || "unknown", (counts.get(r.conclusion || "unknown") ?? 0) + 1);
  return [...counts].map(([conclusion, n]) => `${conclusion} ×${n}`).join(", ");
}
function judgeRuns(status, request, now) {
  let limit = formatDuration(request.maxSilenceMs), index = status.runs.findIndex((r) => !NOT_A_RUN.includes(r.conclusion)), last = status.runs[index], skipped = index === -1 ? status.runs : status.runs.slice(0, index), newer = skipped.length ? `; the ${skipped.length} newer completed run(s) did not run its jobs (${tally(skipped)})` : "";
  if (!last) {
    let sinceAdded = now.getTime() - Date.parse(status.createdAt);
    return sinceAdded <= request.maxSilenceMs ? { summary: `added ${formatDuration(sinceAdded)} ago; its first run is not due yet (max-silence ${limit})`, evidence: {} } : { finding: "silent", summary: `${status.runs.length ? `none of its newest ${status.runs.length} completed runs ran its jobs (${tally(status.runs)})` : "it has never completed a run"}, and it was added ${formatDuration(sinceAdded)} ago (max-silence ${limit})`, evidence: {} };
  }
  let silentMs = Math.max(0, now.getTime() - Date.parse(last.updatedAt)), evidence = { "last run": last.updatedAt, "last run url": last.url, "last run conclusion": last.conclusion, "last run event": last.event, "silent for": formatDuration(silentMs) };
  return silentMs <= request.maxSilenceMs ? { summary: `last completed run ${formatDuration(silentMs)} ago (${last.conclusion}, ${last.event}), within max-silence ${limit}${newer}`, evidence } : { finding: "silent", summary: `no completed run for ${formatDuration(silentMs)}, over max-silence ${limit}: the last one ended ${last.updatedAt} (${last.conclusion}, ${last.event})${newer}`, evidence };
}
function judge(status, request, now) {
  if (status.found === void 0) return { finding: "unread", summary: `${UNDECIDED_PREFIX}${status.reason}`, evidence: {}, undecided: !0 };
  if (status.found === !1) return { finding: "missing", summary: `${request.repository} has no .github/workflows/${status.file} (renamed or deleted?)`, evidence: {} };
  let runs = judgeRuns(status, request, now), evidence = { name: status.name, state: status.state, ...runs.evidence };
  if (status.state === "active") return { ...runs, evidence };
  let known = STATE_SUMMARY[status.state];
  return { finding: known ? status.state : "disabled_manually", summary: `${known ?? `not active (its state is ${status.state})`}; ${runs.summary}`, evidence };
}
function watchdogResults(statuses, request, now, durationMs = 0) {
  return statuses.map((status) => {
    let page = `${request.serverUrl}/${request.repository}/actions/workflows/${status.file}`, judged = judge(status, request, now), failing = judged.finding !== void 0;
    return {
      id: `watchdog:${request.environment}/${request.repository}/${status.file}`,
      kind: "watchdog",
      subject: status.file,
      target: page,
      status: failing ? "fail" : "pass",
      ...failing ? { severity: judged.undecided ? "P3" : "P2" } : {},
      summary: judged.summary,
      evidence: { repository: request.repository, workflow: status.file, ...judged.evidence, "max silence": formatDuration(request.maxSilenceMs), ...undecidedMark(judged.undecided === !0) },
      ...judged.finding ? { runbook: watchdogSteps(judged.finding, { file: status.file, repository: request.repository, page }, request.locale) } : {},
      startedAt: now.toISOString(),
      durationMs
    };
  });
}

// packages/watchdog/src/run.ts
async function runWatchdog(request, read, emitter, now = () => /* @__PURE__ */ new Date()) {
  let started = now(), statuses = await read(request.workflows), judgedAt = now(), results = watchdogResults(statuses, request, judgedAt, judgedAt.getTime() - started.getTime());
  for (let r of results) emitter.progress(`${r.status === "pass" ? "ok  " : "FAIL"} ${r.subject} — ${r.summary}`);
  return await emitter.report({
    action: "watchdog",
    headline: headline(results, "scheduled workflows"),
    results,
    table: { columns: ["workflow", "state", "last run", "result", "details"], rows: results.map((r) => [r.subject, String(r.evidence.state ?? "–"), String(r.evidence["last run"] ?? "–"), `${r.status}${r.severity ? ` ${r.severity}` : ""}`, r.summary]) },
    outputs: { status: worstStatus(results), silent: String(results.filter((r) => r.status === "fail").length) }
  }), results;
}

// actions/watchdog/src/main.ts
async function run() {
  await runCheckAction("watchdog", async ({ inputs, emitter }) => {
    let request = await planWatchdog(inputs, process.env), token = inputs.text("github-token") || (process.env.GITHUB_TOKEN ?? "").trim();
    token || inputs.fail("github-token", "expected a token that can read the workflows (`actions: read`), e.g. ${{ github.token }}");
    let { githubTarget, workflowStatusReader } = await import("./src-XPHFQD6Y.js"), read = workflowStatusReader({ apiUrl: githubTarget(process.env).apiUrl, token, repository: request.repository, onRetry: (m) => emitter.progress(`github: ${m}`) });
    return runWatchdog(request, read, emitter);
  }, inputNames(WATCHDOG));
}
export {
  run
};
