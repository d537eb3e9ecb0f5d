export type Locale = 'en' | 'ja';

export type HostCheck = 'runner' | 'disk' | 'memory' | 'systemd' | 'compose' | 'log-size' | 'errors' | 'journal' | 'access-log';

/** What to do next, from runbooks 001 and 003, per host check; `what` is the path, unit or service. */
const STEPS: Record<HostCheck, Record<Locale, (what: string) => string[]>> = {
  runner: {
    en: (host) => [`Give the job \`runs-on\` the labels of the self-hosted runner installed on ${host}, or correct \`hostname:\` in the config.`],
    ja: (host) => [`ジョブの \`runs-on\` を ${host} 上のセルフホストランナーのラベルにする、または設定の \`hostname:\` を修正`],
  },
  disk: {
    en: (path) => [
      `Runbook 001, disk usage (warn at 80 %, act at 90 %): see what fills it: \`df -h ${path}\`, \`sudo du -xh ${path} --max-depth=2 | sort -h | tail -20\`.`,
      'Clean up old logs: `sudo journalctl --vacuum-time=7d`.',
      'Delete uploads older than 30 days and backups older than 60 days (`find <dir> -type f -mtime +30 -delete`), after checking what they are.',
    ],
    ja: (path) => [
      `Runbook 001 ディスク使用量（警告80%、危険90%）: 使用状況を確認: \`df -h ${path}\`、\`sudo du -xh ${path} --max-depth=2 | sort -h | tail -20\``,
      'ログファイルのクリーンアップ: `sudo journalctl --vacuum-time=7d`',
      '30日以前のアップロードファイル、60日以前のバックアップを確認のうえ削除（`find <dir> -type f -mtime +30 -delete`）',
    ],
  },
  memory: {
    en: () => [
      'Runbook 001, memory (warn at 80 %, critical at 90 %): `free -h`, then the heaviest processes: `ps aux --sort=-%mem | head -10`.',
      'A leak is likely: restart the process: `sudo systemctl restart estimator`.',
      'Stop processes that are not needed; if it keeps coming back, consider a larger instance.',
    ],
    ja: () => [
      'Runbook 001 メモリ（警告80%、危険90%）: `free -h`、プロセス別: `ps aux --sort=-%mem | head -10`',
      'メモリリークの疑い: プロセス再起動 `sudo systemctl restart estimator`',
      '不要なプロセスを停止。繰り返す場合はスケールアップを検討',
    ],
  },
  systemd: {
    en: (unit) => [
      `Runbook 001: read the service's log: \`journalctl -u ${unit} -n 100\` and \`systemctl status ${unit} --no-pager\`.`,
      `Restart it: \`sudo systemctl restart ${unit}\`, wait 30 s, check \`systemctl status ${unit}\` and the health endpoint.`,
      'Apache: `sudo tail -50 /var/log/httpd/error_log`, `sudo systemctl restart httpd`.',
    ],
    ja: (unit) => [
      `Runbook 001: サービスログ確認: \`journalctl -u ${unit} -n 100\`、\`systemctl status ${unit} --no-pager\``,
      `再起動: \`sudo systemctl restart ${unit}\`、30秒待って \`systemctl status ${unit}\` とヘルスチェックを確認`,
      'Apache: `sudo tail -50 /var/log/httpd/error_log`、`sudo systemctl restart httpd`',
    ],
  },
  compose: {
    en: (service) => [
      `Runbook 003: \`docker compose ps ${service}\` and its log: \`docker compose logs ${service} --tail 100 | grep -i error\`.`,
      `Restart it: \`docker compose restart ${service}\`, then check \`docker compose ps\` again.`,
      'Check the host: `docker stats --no-stream`, `df -h`.',
    ],
    ja: (service) => [
      `Runbook 003: \`docker compose ps ${service}\`、ログ確認: \`docker compose logs ${service} --tail 100 | grep -i error\``,
      `再起動: \`docker compose restart ${service}\`、その後 \`docker compose ps\` で再確認`,
      'リソース確認: `docker stats --no-stream`、`df -h`',
    ],
  },
  'log-size': {
    en: (file) => [
      `Runbook 001, log rotation: \`ls -lh ${file}\`; a file over 100 MB is rotated by hand.`,
      'journald: `sudo journalctl --rotate && sudo journalctl --vacuum-size=100M`; other logs: check `/etc/logrotate.d/` and run `sudo logrotate -f /etc/logrotate.conf`.',
    ],
    ja: (file) => [
      `Runbook 001 ログローテーション: \`ls -lh ${file}\`。100MBを超えるファイルは手動ローテーション`,
      'journald: `sudo journalctl --rotate && sudo journalctl --vacuum-size=100M`。その他のログ: `/etc/logrotate.d/` を確認し `sudo logrotate -f /etc/logrotate.conf`',
    ],
  },
  errors: {
    en: (file) => [
      `Runbook 001, error logs: read the latest: \`sudo tail -1000 ${file} | grep -i error\`; group them: \`grep -oP 'Error: \\K.*' ${file} | sort | uniq -c | sort -rn\`.`,
      'By kind: OpenAI API errors: API status and key; database lock: concurrency, long queries; memory errors: memory use, restart; timeouts: timeout settings, network.',
    ],
    ja: (file) => [
      `Runbook 001 エラーログ確認: \`sudo tail -1000 ${file} | grep -i error\`、分類: \`grep -oP 'Error: \\K.*' ${file} | sort | uniq -c | sort -rn\``,
      'エラー分類: OpenAI API Error → API状態・APIキー確認、Database Lock → 同時実行数・長時間クエリ調査、Memory Error → メモリ使用量確認・プロセス再起動、Timeout → タイムアウト設定・ネットワーク確認',
    ],
  },
  journal: {
    en: (unit) => [
      `Runbook 001, error logs: read them: \`journalctl -u ${unit} --since "24 hours ago" -p err --no-pager\`, the latest: \`journalctl -u ${unit} -n 100\`.`,
      'By kind: OpenAI API errors: API status and key; database lock: concurrency, long queries; memory errors: memory use, restart; timeouts: timeout settings, network.',
      `If the errors keep coming, restart it: \`sudo systemctl restart ${unit}\` and check \`systemctl status ${unit}\`.`,
    ],
    ja: (unit) => [
      `Runbook 001 エラーログ確認: \`journalctl -u ${unit} --since "24 hours ago" -p err --no-pager\`、最新: \`journalctl -u ${unit} -n 100\``,
      'エラー分類: OpenAI API Error → API状態・APIキー確認、Database Lock → 同時実行数・長時間クエリ調査、Memory Error → メモリ使用量確認・プロセス再起動、Timeout → タイムアウト設定・ネットワーク確認',
      `エラーが続く場合は再起動: \`sudo systemctl restart ${unit}\`、\`systemctl status ${unit}\` で確認`,
    ],
  },
  'access-log': {
    en: (file) => [
      `Runbook 001, P3 (degraded performance), respond within 2 hours: the failing requests: \`awk '$9 >= 500' ${file} | tail -50\`.`,
      'Look at CPU, memory and disk I/O: `top -b -n 1 | head -20`, `free -h`, `iostat -x 1 5`; the service log: `journalctl -u estimator --since "1 hour ago" -p err`.',
      'If CPU or memory is high, restart the service: `sudo systemctl restart estimator`.',
    ],
    ja: (file) => [
      `Runbook 001 P3（パフォーマンス劣化、2時間以内に対応）: 失敗したリクエスト: \`awk '$9 >= 500' ${file} | tail -50\``,
      'CPU・メモリ・ディスクI/O確認: `top -b -n 1 | head -20`、`free -h`、`iostat -x 1 5`、サービスログ: `journalctl -u estimator --since "1 hour ago" -p err`',
      'CPU・メモリが高い場合はプロセス再起動: `sudo systemctl restart estimator`',
    ],
  },
};

const UNDECIDED: Record<Locale, string> = {
  en: 'The check could not decide (see the reason): install or allow what it names, or remove the check from the config, so the host is not watched blind.',
  ja: 'チェックが判定できませんでした（理由を参照）。必要なツールや権限を用意するか、設定からチェックを外してください（監視が盲目にならないように）。',
};

export function hostSteps(check: HostCheck, what: string, locale: Locale, decided = true): string {
  const steps = STEPS[check][locale](what).map((s, i) => `${i + 1}. ${s}`);
  return (decided ? steps : [UNDECIDED[locale], ...steps]).join('\n');
}
