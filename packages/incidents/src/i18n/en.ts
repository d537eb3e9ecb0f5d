import { formatDuration } from '@runbook/core';
import { tlsEndpoint } from './format.ts';
import type { Messages, RemediationContext } from './messages.ts';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function remediation({ kind, severity, target }: RemediationContext): string {
  switch (kind) {
    case 'smoke-test':
      if (severity === 'P3' || severity === 'P4') {
        return [
          'Runbook 001, P3 (degraded performance), respond within 2 hours:',
          '1. Look at CPU, memory and disk I/O: `top -b -n 1 | head -20`, `free -h`, `iostat -x 1 5`.',
          '2. Find the heaviest processes: `ps aux --sort=-%cpu | head -10`, `ps aux --sort=-%mem | head -10`.',
          '3. If CPU or memory is high, restart the service: `sudo systemctl restart <service>` (or force a new ECS deployment).',
          '4. Still slow: scale out (more tasks or instances) or consider a larger instance type.',
        ].join('\n');
      }
      return [
        severity === 'P1' ? 'Runbook 001, P1 first response (within 5 minutes), then recovery:' : 'Runbook 001, P2 (part of the service down), respond within 30 minutes:',
        `1. Confirm the impact: open \`${target}\`; are the service's other checks failing too?`,
        '2. Check the service and its processes: `systemctl status <service>` (VM), `aws ecs describe-services --cluster <cluster> --services <service>` (ECS) or `gcloud run services describe <service> --region <region>` (Cloud Run).',
        '3. Read the latest errors: `journalctl -u <service> -n 50`, `aws logs tail /ecs/<service>` or `gcloud run services logs read <service>`.',
        `4. Restart, wait 30 s and check again: \`sudo systemctl restart <service> && sleep 30 && curl -s ${target}\`.`,
        '5. If a deploy just happened, roll it back (the `rollback` action or workflow).',
        '6. Still down: escalate. P1: the infrastructure lead at once, the CTO after 30 minutes. P2: the infrastructure lead after 2 hours.',
      ].join('\n');
    case 'cert-check': {
      const { host, connect } = tlsEndpoint(target);
      return [
        'Runbook 001, renewing the SSL certificate (warn at 30 days, act at once at 7):',
        '1. See what certbot manages and when it expires: `sudo certbot certificates`.',
        '2. Renew, first as a dry run: `sudo certbot renew --dry-run`, then `sudo certbot renew`.',
        '3. Reload the web server so it serves the new certificate: `sudo systemctl reload httpd` (or nginx).',
        `4. Confirm the new dates: \`echo | openssl s_client -connect ${connect} -servername ${host} 2>/dev/null | openssl x509 -noout -dates\`.`,
      ].join('\n');
    }
    case 'backup-verify':
      return [
        'Runbook 001, when the backup check fails:',
        '1. Take a manual backup now (run the backup script by hand).',
        '2. Check the job that should have made it: `crontab -l`, `systemctl list-timers`, and the script\'s log.',
        '3. Check the backup script itself: paths, free disk space (`df -h`), credentials.',
        '4. If the database is damaged (`PRAGMA integrity_check` is not `ok`), restore the latest good backup and escalate to the development lead; possible data loss goes to the CTO at once.',
      ].join('\n');
    case 'deploy':
      if (target.startsWith('cloud-run:')) {
        return [
          'Runbook 004, when a Cloud Run deploy fails:',
          "1. Read the revision's conditions in the evidence (why it did not become Ready) and its logs: `gcloud run revisions describe <revision> --region <region>`, Cloud Logging for the service.",
          '2. Make sure the previous revisions serve: `gcloud run services describe <service> --region <region>` (status.traffic). The deploy action writes the previous split back by itself; otherwise run the `rollback` workflow with `to: previous`, or `./scripts/rollback.sh --previous`.',
          '3. Traffic written back is pinned to those revisions: the next successful deploy routes to latest again (or `gcloud run services update-traffic <service> --to-latest`).',
          '4. After the rollback: check the health endpoint and run the smoke test.',
        ].join('\n');
      }
      return [
        'Runbooks 000, 002 and 004, when a deploy fails:',
        '1. Read the deploy run\'s log: the stopped tasks\' reasons and the last service events.',
        '2. Make sure the previous version is serving. The deploy action rolls back by itself; otherwise run the `rollback` workflow, or `aws ecs update-service --cluster <cluster> --service <service> --task-definition <family>:<previous revision> --force-new-deployment` (ECS), or `./scripts/rollback.sh --previous` (Cloud Run).',
        '3. After the rollback: check the health endpoint and run the smoke test.',
        '4. Check the error rate, response time and CPU/memory, and the logs: `aws logs tail /ecs/<service> --follow`.',
      ].join('\n');
    case 'rollback':
      if (target.startsWith('cloud-run:')) {
        return [
          'A failed rollback can leave the service down: treat it as P1.',
          '1. See which revisions serve and why the target is not: `gcloud run services describe <service> --region <region>` and `gcloud run revisions list --service <service> --region <region>`.',
          '2. Move the traffic by hand to a Ready revision that worked: `gcloud run services update-traffic <service> --region <region> --to-revisions <revision>=100` (runbook 004: `./scripts/rollback.sh --revision <revision>`).',
          '3. Traffic stays pinned to that revision: after the next good deploy, check that it routes LATEST 100 % again (`--to-latest`).',
          '4. Escalate at once to the infrastructure lead.',
        ].join('\n');
      }
      return [
        'A failed rollback can leave the service down: treat it as P1.',
        '1. Read the service\'s events and stopped tasks: `aws ecs describe-services --cluster <cluster> --services <service>` or `gcloud run revisions list --service <service>`.',
        '2. Deploy an older known-good image tag with the deploy workflow (e.g. `main-abc1234`).',
        '3. If data is affected, restore from the latest backup.',
        '4. Escalate at once to the infrastructure lead.',
      ].join('\n');
    case 'status-check':
      return [
        'Runbook 001, the morning inspection:',
        '1. On the host, look at `systemctl status <service> --no-pager`, `df -h /`, `free -h` and `journalctl -u <service> --since "24 hours ago" -p err`.',
        '2. Restart what is down: `sudo systemctl restart <service>` or `docker compose restart <service>`.',
      ].join('\n');
    case 'watchdog':
      return [
        'The scheduled checks are not running, so nothing would notice an outage:',
        `1. Look at the workflow's latest runs: \`gh run list --workflow ${target.split('/').at(-1) ?? target}\`.`,
        '2. Re-enable it if it is disabled (`gh workflow enable <file>`), then run it once by hand (`gh workflow run <file>`).',
      ].join('\n');
  }
}

export const en: Messages = {
  timeZone: 'UTC',
  timeZoneLabel: 'UTC',
  duration: formatDuration,
  kindTitle: {
    'smoke-test': 'health check failing',
    'cert-check': 'certificate check failing',
    'backup-verify': 'backup check failing',
    deploy: 'deploy failed',
    rollback: 'rollback failed',
    'status-check': 'status check failing',
    watchdog: 'scheduled runs stopped',
  },
  kindName: {
    'smoke-test': 'health check',
    'cert-check': 'certificate check',
    'backup-verify': 'backup check',
    deploy: 'deploy',
    rollback: 'rollback',
    'status-check': 'status check',
    watchdog: 'schedule watchdog',
  },
  // Runbook 001's levels and response times.
  severity: {
    P1: { name: 'service fully down', respond: 'respond immediately' },
    P2: { name: 'part of the service down', respond: 'respond within 30 minutes' },
    P3: { name: 'degraded performance', respond: 'respond within 2 hours' },
    P4: { name: 'minor errors', respond: 'respond within 24 hours' },
  },
  body: {
    whatFailed: 'What failed',
    check: (kind, target) => `${en.kindName[kind]} of \`${target}\``,
    service: 'Service',
    reason: 'Reason',
    severity: 'Severity',
    severityValue: (s) => `**${s}**, ${en.severity[s].name}: ${en.severity[s].respond}`,
    since: 'Failing since',
    sinceValue: (time, lasted) => (lasted < 60_000 ? time : `${time} (for ${formatDuration(lasted)})`),
    lastSeen: 'Last seen',
    lastSeenValue: (time, n) => `${time}, failing in ${plural(n, 'run')}`,
    run: 'Run',
    evidence: 'Evidence',
    whatToDo: 'What to do',
    footer:
      '<sub>Kept up to date by runbook-actions: the text above is rewritten on every run, so write in the comments. The issue is closed when the check passes again.</sub>',
  },
  comment: {
    severityChanged: (from, to, summary) => `Severity changed: **${from} → ${to}** (${en.severity[to].name}). Now: ${summary}`,
    reasonChanged: (summary, before) => `The failure changed. Now: ${summary} (before: ${before})`,
    escalated: (mentions, s, lasted, after, assignees) =>
      `${mentions} Escalation: this ${s} incident has lasted ${formatDuration(lasted)}, over the ${formatDuration(after)} allowed for ${s}.${assignees ? ` Assigned to ${assignees}.` : ''}`,
    recovered: (summary, downtime, since, until, n) =>
      `✅ Recovered: the check passes again (${summary}). Down for **${formatDuration(downtime)}**, from ${since} to ${until}; seen failing in ${plural(n, 'run')}.`,
    belowThreshold: (summary, s, threshold, lasted) =>
      `✅ No longer an incident: now a ${s} warning, below the ${threshold} level that opens issues (${summary}). It lasted ${formatDuration(lasted)}.`,
    reopened: (summary, ago) => `🔁 Failing again ${formatDuration(ago)} after this incident was closed: ${summary}. Reopened.`,
    run: (run) => `Run: [${run.name}](${run.url})`,
  },
  label: {
    incident: 'An incident opened by runbook-actions',
    kind: (kind) => `Incidents from ${en.kindName[kind]}s`,
    severity: (s) => `${s}: ${en.severity[s].name}`,
  },
  remediation,
};
