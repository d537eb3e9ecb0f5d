export type Locale = 'en' | 'ja';

/** Why a watched workflow is an incident. */
export type Finding = 'silent' | 'disabled_inactivity' | 'disabled_manually' | 'disabled_fork' | 'deleted' | 'missing' | 'unread';

export interface StepContext {
  file: string;
  repository: string;
  /** The workflow's page in the Actions tab. */
  page: string;
}

const gh = (command: string, { file, repository }: StepContext): string => `\`gh ${command} ${file} --repo ${repository}\``;
const list = (c: StepContext): string => `\`gh run list --workflow ${c.file} --repo ${c.repository} --limit 10\``;

const EN: Record<Finding, (c: StepContext) => string[]> = {
  silent: (c) => [
    `See what its latest runs did: ${list(c)}. Runs stuck in \`queued\` mean no runner takes them (a self-hosted runner offline, or its labels changed).`,
    `Run it once by hand now, so the checks cover today: ${gh('workflow run', c)}.`,
    'Make sure `on: schedule` is still in the file on the default branch: schedules only run from its latest commit.',
    'GitHub delays scheduled runs under load (by hours at the top of the hour) and drops some: keep the cron a few minutes off the hour, and `max-silence` a few hours above the interval.',
  ],
  disabled_inactivity: (c) => [
    'GitHub disables the scheduled workflows of a public repository after 60 days without activity in it (such as a push); the warning is an email that is easy to miss. No run happens until the workflow is enabled again.',
    `Enable it: ${gh('workflow enable', c)} (or [its page](${c.page}) → "Enable workflow"), then run it once: ${gh('workflow run', c)}.`,
    'Every scheduled workflow of the repository was disabled with it, this watchdog\'s too if it runs there: enable them all (`gh workflow list --all` shows which).',
    `So that it does not happen again, push to ${c.repository} within every 60 days (a dependency update, or \`git commit --allow-empty -m "keep schedules enabled" && git push\`), run this watchdog from a repository with regular pushes (\`repository: ${c.repository}\`), and give the checks a \`heartbeat-url\`, which notices from outside GitHub when nothing runs.`,
  ],
  disabled_manually: (c) => [
    `Someone disabled it (\`gh workflow disable\` or the Actions tab): find out who and why before turning it back on (the organization's audit log, action \`workflows.disable_workflow\`).`,
    `If it was not meant to stay off: ${gh('workflow enable', c)}, then ${gh('workflow run', c)}.`,
    `If it is off on purpose, remove ${c.file} from this watchdog's \`workflows\`, so the incident closes.`,
  ],
  disabled_fork: (c) => [
    `A fork does not run scheduled workflows until they are enabled in it: open the fork's Actions tab and enable workflows, then ${gh('workflow enable', c)}.`,
  ],
  deleted: (c) => [
    `The workflow file was deleted from ${c.repository}: restore it, or remove ${c.file} from this watchdog's \`workflows\` if the checks moved elsewhere.`,
  ],
  missing: (c) => [
    `${c.repository} has no \`.github/workflows/${c.file}\`: it was renamed or deleted, or the name in \`workflows\` is wrong (\`gh workflow list --all --repo ${c.repository}\`).`,
    'A workflow in another repository needs a `github-token` that can read its actions (`actions: read` there).',
  ],
  unread: (c) => [
    `GitHub could not be asked about ${c.file}: check the token's \`actions: read\` permission on ${c.repository} and [GitHub's status](https://www.githubstatus.com/); the next run tries again.`,
  ],
};

const JA: Record<Finding, (c: StepContext) => string[]> = {
  silent: (c) => [
    `最近の実行を確認: ${list(c)}。\`queued\` のまま止まっている場合は実行できるランナーがない（セルフホストランナーの停止やラベルの変更）`,
    `今日の分のチェックのため、今すぐ手動で一度実行: ${gh('workflow run', c)}`,
    'デフォルトブランチのファイルに `on: schedule` が残っているか確認（スケジュールはデフォルトブランチの最新コミットからのみ実行される）',
    'GitHub は負荷の高い時間帯（毎時0分）に定期実行を数時間遅らせ、一部を実行しないことがある: cron は0分を数分ずらし、`max-silence` は実行間隔より数時間長くする',
  ],
  disabled_inactivity: (c) => [
    'GitHub は、公開リポジトリで60日間アクティビティ（プッシュなど）がないと定期実行ワークフローを無効化する。通知は見落としやすいメールのみ。再度有効にするまで一切実行されない',
    `有効化: ${gh('workflow enable', c)}（または[ワークフローのページ](${c.page}) →「Enable workflow」）、その後一度実行: ${gh('workflow run', c)}`,
    'リポジトリの定期実行ワークフローはすべて同時に無効化されている（同じリポジトリで動くならこのウォッチドッグも）: すべて有効化する（`gh workflow list --all` で確認）',
    `再発防止: ${c.repository} に60日以内ごとにプッシュする（依存関係の更新、または \`git commit --allow-empty -m "keep schedules enabled" && git push\`）、このウォッチドッグは定期的にプッシュのあるリポジトリから実行する（\`repository: ${c.repository}\`）、チェックに \`heartbeat-url\` を設定して GitHub の外から実行停止に気づけるようにする`,
  ],
  disabled_manually: (c) => [
    '誰かが無効化した（`gh workflow disable` または Actions タブ）: 有効に戻す前に、誰がなぜ無効化したかを確認（組織の監査ログ、`workflows.disable_workflow`）',
    `意図せず無効のままなら: ${gh('workflow enable', c)}、その後 ${gh('workflow run', c)}`,
    `意図して止めている場合は、このウォッチドッグの \`workflows\` から ${c.file} を外す（インシデントはクローズされる）`,
  ],
  disabled_fork: (c) => [
    `フォークでは有効化するまで定期実行ワークフローは動かない: フォークの Actions タブでワークフローを有効化し、${gh('workflow enable', c)}`,
  ],
  deleted: (c) => [
    `ワークフローファイルが ${c.repository} から削除された: 復元する、またはチェックを別の場所に移したならこのウォッチドッグの \`workflows\` から ${c.file} を外す`,
  ],
  missing: (c) => [
    `${c.repository} に \`.github/workflows/${c.file}\` がない: 名前の変更か削除、または \`workflows\` の名前の誤り（\`gh workflow list --all --repo ${c.repository}\`）`,
    '別のリポジトリのワークフローには、そのリポジトリの Actions を読める `github-token`（`actions: read`）が必要',
  ],
  unread: (c) => [
    `${c.file} について GitHub に問い合わせできなかった: トークンの ${c.repository} への \`actions: read\` 権限と [GitHub のステータス](https://www.githubstatus.com/) を確認。次回の実行で再試行される`,
  ],
};

/** Numbered steps for the incident issue, in the locale. */
export function watchdogSteps(finding: Finding, context: StepContext, locale: Locale): string {
  const heading = locale === 'ja' ? '定期チェックが動いていないため、障害が起きても誰も気づけません。' : 'The scheduled checks are not running, so nothing would notice an outage.';
  return [heading, ...(locale === 'ja' ? JA : EN)[finding](context).map((step, i) => `${i + 1}. ${step}`)].join('\n');
}
