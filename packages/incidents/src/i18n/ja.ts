import { formatDuration } from '@runbook/core';
import { tlsEndpoint } from './format.ts';
import type { Messages, RemediationContext } from './messages.ts';

const UNITS: Record<string, string> = { ms: 'ミリ秒', s: '秒', m: '分', h: '時間', d: '日' };

/** `1h 5m` → `1時間5分`, `350ms` → `350ミリ秒`. */
export function durationJa(ms: number): string {
  return formatDuration(ms)
    .split(' ')
    .map((part) => part.replace(/^([\d.]+)(ms|s|m|h|d)$/, (_, n: string, unit: string) => `${n}${UNITS[unit] ?? unit}`))
    .join('');
}

function remediation({ kind, severity, target }: RemediationContext): string {
  switch (kind) {
    case 'smoke-test':
      if (severity === 'P3' || severity === 'P4') {
        return [
          'Runbook 001「P3: パフォーマンス劣化」（2時間以内に対応）:',
          '1. CPU・メモリ・ディスクI/Oを確認: `top -b -n 1 | head -20`、`free -h`、`iostat -x 1 5`',
          '2. リソースを多く使っているプロセスを確認: `ps aux --sort=-%cpu | head -10`、`ps aux --sort=-%mem | head -10`',
          '3. CPU・メモリ使用率が高い場合はサービスを再起動: `sudo systemctl restart <サービス>`（ECSは新しいデプロイを強制）',
          '4. それでも改善しない場合: スケールアウト（タスク・インスタンスを増やす）またはインスタンスタイプ変更を検討',
        ].join('\n');
      }
      return [
        severity === 'P1' ? 'Runbook 001「P1: サービス全停止」の初動対応（5分以内）と復旧手順:' : 'Runbook 001「P2: 一部機能停止」（30分以内に対応）:',
        `1. 影響範囲を確認: \`${target}\` を開き、同じサービスの他のチェックも失敗しているか確認`,
        '2. サービスステータス確認: `systemctl status <サービス>`（VM）、`aws ecs describe-services --cluster <クラスター> --services <サービス>`（ECS）、`gcloud run services describe <サービス> --region <リージョン>`（Cloud Run）',
        '3. エラーログ確認: `journalctl -u <サービス> -n 50`、`aws logs tail /ecs/<サービス>`、`gcloud run services logs read <サービス>`',
        `4. 再起動し、30秒待ってから再確認: \`sudo systemctl restart <サービス> && sleep 30 && curl -s ${target}\``,
        '5. 直前にデプロイしていればロールバック（`rollback` アクション／ワークフロー）',
        '6. 復旧しない場合はエスカレーション: P1は即座にインフラ責任者、30分後にCTO/開発責任者。P2は2時間後にインフラ責任者',
      ].join('\n');
    case 'cert-check': {
      const { host, connect } = tlsEndpoint(target);
      return [
        'Runbook 001「SSL証明書更新」（期限30日以内は警告、7日以内は緊急対応）:',
        '1. 証明書と有効期限を確認: `sudo certbot certificates`',
        '2. ドライランのあと更新: `sudo certbot renew --dry-run`、続けて `sudo certbot renew`',
        '3. Webサーバーの設定をリロード: `sudo systemctl reload httpd`（nginx の場合は nginx）',
        `4. 新しい有効期限を確認: \`echo | openssl s_client -connect ${connect} -servername ${host} 2>/dev/null | openssl x509 -noout -dates\``,
      ].join('\n');
    }
    case 'backup-verify':
      return [
        'Runbook 001「バックアップ確認」の異常時の対応:',
        '1. 手動バックアップを実施（バックアップスクリプトを手動で実行）',
        '2. cronジョブ確認: `crontab -l`、`systemctl list-timers`、スクリプトのログ',
        '3. バックアップスクリプト確認: パス、ディスク空き容量（`df -h`）、認証情報',
        '4. データベースが破損している場合（`PRAGMA integrity_check` が `ok` でない）: 最新の正常なバックアップから復旧し、開発チームへエスカレーション。データ損失の可能性があれば即座にCTO/開発責任者へ',
      ].join('\n');
    case 'deploy':
      if (target.startsWith('cloud-run:')) {
        return [
          'Runbook 004「Cloud Run デプロイ失敗時」:',
          '1. エビデンスのリビジョンの conditions（Ready にならなかった理由）とログを確認: `gcloud run revisions describe <リビジョン> --region <リージョン>`、サービスの Cloud Logging',
          '2. 以前のリビジョンがトラフィックを受けていることを確認: `gcloud run services describe <サービス> --region <リージョン>`（status.traffic）。deploy アクションは以前の配分を自動で書き戻します。されていない場合は `rollback` ワークフロー（`to: previous`）か `./scripts/rollback.sh --previous`',
          '3. 書き戻したトラフィックはそのリビジョンに固定されます: 次に成功したデプロイで最新リビジョンへ戻ります（または `gcloud run services update-traffic <サービス> --to-latest`）',
          '4. ロールバック後の確認: ヘルスチェックとSmokeテスト',
        ].join('\n');
      }
      return [
        'Runbook 000・002・004「デプロイ失敗時」:',
        '1. デプロイ実行のログを確認: 停止したタスクの理由と直近のサービスイベント',
        '2. 以前のバージョンで稼働していることを確認。deploy アクションは自動でロールバックします。されていない場合は `rollback` ワークフロー、`aws ecs update-service --cluster <クラスター> --service <サービス> --task-definition <ファミリー>:<以前のリビジョン> --force-new-deployment`（ECS）、`./scripts/rollback.sh --previous`（Cloud Run）でロールバック',
        '3. ロールバック後の確認: ヘルスチェックとSmokeテスト',
        '4. エラー率・レスポンスタイム・CPU/メモリ使用率とログを確認: `aws logs tail /ecs/<サービス> --follow`',
      ].join('\n');
    case 'rollback':
      if (target.startsWith('cloud-run:')) {
        return [
          'ロールバックの失敗はサービス停止につながるため、P1として扱ってください。',
          '1. トラフィックを受けているリビジョンと、戻し先が使えない理由を確認: `gcloud run services describe <サービス> --region <リージョン>`、`gcloud run revisions list --service <サービス> --region <リージョン>`',
          '2. 正常に動いていた Ready のリビジョンへ手動でトラフィックを移す: `gcloud run services update-traffic <サービス> --region <リージョン> --to-revisions <リビジョン>=100`（Runbook 004: `./scripts/rollback.sh --revision <リビジョン>`）',
          '3. トラフィックはそのリビジョンに固定されたままです。次の正常なデプロイ後、LATEST 100 % に戻ったことを確認（`--to-latest`）',
          '4. 即座にインフラ責任者へエスカレーション',
        ].join('\n');
      }
      return [
        'ロールバックの失敗はサービス停止につながるため、P1として扱ってください。',
        '1. サービスのイベントと停止したタスクを確認: `aws ecs describe-services --cluster <クラスター> --services <サービス>`、`gcloud run revisions list --service <サービス>`',
        '2. デプロイワークフローで以前の正常なイメージタグ（例: `main-abc1234`）をデプロイ',
        '3. データに影響がある場合は最新のバックアップから復旧',
        '4. 即座にインフラ責任者へエスカレーション',
      ].join('\n');
    case 'status-check':
      return [
        'Runbook 001「朝の点検」:',
        '1. ホストで確認: `systemctl status <サービス> --no-pager`、`df -h /`、`free -h`、`journalctl -u <サービス> --since "24 hours ago" -p err`',
        '2. 停止しているものを再起動: `sudo systemctl restart <サービス>` または `docker compose restart <サービス>`',
      ].join('\n');
    case 'watchdog':
      return [
        '定期チェックが動いていないため、障害が起きても誰も気づけません:',
        `1. ワークフローの最近の実行を確認: \`gh run list --workflow ${target.split('/').at(-1) ?? target}\``,
        '2. 無効化されていれば有効化（`gh workflow enable <ファイル>`）し、一度手動で実行（`gh workflow run <ファイル>`）',
      ].join('\n');
  }
}

export const ja: Messages = {
  timeZone: 'Asia/Tokyo',
  timeZoneLabel: 'JST',
  duration: durationJa,
  kindTitle: {
    'smoke-test': 'ヘルスチェック失敗',
    'cert-check': 'SSL証明書の異常',
    'backup-verify': 'バックアップ確認失敗',
    deploy: 'デプロイ失敗',
    rollback: 'ロールバック失敗',
    'status-check': '状態確認の異常',
    watchdog: '定期実行の停止',
  },
  kindName: {
    'smoke-test': 'ヘルスチェック',
    'cert-check': '証明書チェック',
    'backup-verify': 'バックアップ確認',
    deploy: 'デプロイ',
    rollback: 'ロールバック',
    'status-check': '状態確認',
    watchdog: '定期実行の監視',
  },
  // Runbook 001「障害レベル定義」
  severity: {
    P1: { name: '緊急: サービス全停止', respond: '即時対応' },
    P2: { name: '重要: 一部機能停止', respond: '30分以内に対応' },
    P3: { name: '通常: パフォーマンス劣化', respond: '2時間以内に対応' },
    P4: { name: '軽微: 一部エラー発生', respond: '24時間以内に対応' },
  },
  body: {
    whatFailed: '障害内容',
    check: (kind, target) => `\`${target}\` の${ja.kindName[kind]}`,
    service: 'サービス',
    reason: 'エラー内容',
    severity: '障害レベル',
    severityValue: (s) => `**${s}**（${ja.severity[s].name}）: ${ja.severity[s].respond}`,
    since: '発生時刻',
    sinceValue: (time, lasted) => (lasted < 60_000 ? time : `${time}（継続 ${durationJa(lasted)}）`),
    lastSeen: '最終確認',
    lastSeenValue: (time, n) => `${time}（失敗の確認 ${n}回）`,
    run: 'ワークフロー実行',
    evidence: 'エビデンス',
    whatToDo: '対応手順',
    footer:
      '<sub>runbook-actions が自動で更新します。本文は実行のたびに書き換わるため、やりとりはコメントに書いてください。チェックが正常に戻ると自動でクローズされます。</sub>',
  },
  comment: {
    severityChanged: (from, to, summary) => `障害レベルが変わりました: **${from} → ${to}**（${ja.severity[to].name}）。現在: ${summary}`,
    reasonChanged: (summary, before) => `障害の内容が変わりました。現在: ${summary}（以前: ${before}）`,
    escalated: (mentions, s, lasted, after, assignees) =>
      `${mentions} エスカレーション: ${s}障害が${durationJa(lasted)}継続しています（${s}の基準: ${durationJa(after)}）。${assignees ? `担当: ${assignees}` : ''}`,
    recovered: (summary, downtime, since, until, n) =>
      `✅ 復旧しました（${summary}）。ダウンタイム: **${durationJa(downtime)}**（${since} 〜 ${until}）、失敗の確認 ${n}回。`,
    belowThreshold: (summary, s, threshold, lasted) =>
      `✅ 障害ではなくなりました: 現在は${s}の警告で、起票基準（${threshold}）未満です（${summary}）。継続時間: ${durationJa(lasted)}。`,
    reopened: (summary, ago) => `🔁 クローズから${durationJa(ago)}後に再発しました: ${summary}。再オープンします。`,
    run: (run) => `ワークフロー実行: [${run.name}](${run.url})`,
  },
  label: {
    incident: 'runbook-actions が起票した障害',
    kind: (kind) => `${ja.kindName[kind]}の障害`,
    severity: (s) => `${s}: ${ja.severity[s].name}`,
  },
  remediation,
};
