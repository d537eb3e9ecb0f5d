import type { ActionDefinition } from './definition.ts';

export const REPORT: ActionDefinition = {
  name: 'report',
  title: 'runbook report',
  description: "Write runbook 001's daily, weekly and monthly operations reports from the checks' result files and the incident issues: availability against the SLO, incidents, certificates, backups.",
  branding: { icon: 'file-text', color: 'blue' },
  inputs: {
    period: {
      description:
        'What the report covers: `daily` (yesterday), `weekly` (last Monday to Sunday), `monthly` (last month), each in `timezone`, or `run` (the 24 hours up to now).',
      default: 'run',
      type: 'choice',
      values: ['run', 'daily', 'weekly', 'monthly'],
    },
    results: {
      description:
        'Result files the check actions wrote (`results-file`), as glob patterns, one per line (e.g. `results/**/*.json` after `actions/download-artifact`). A file that is not a valid results file is shown in the report as missing, and fails the step.',
      required: true,
      type: 'lines',
    },
    publish: {
      description: 'Where the report goes, any of `summary` (the job summary), `issue` (one issue per period, labelled `report` and the period; the previous one is closed), `slack`; one per line or comma-separated.',
      default: 'summary',
      type: 'lines',
    },
    'slack-webhook': { description: 'Slack incoming webhook URL for `publish: slack`; masked, never printed.', type: 'text', secret: true },
    locale: {
      description: "Language of the report, `en` or `ja`. Defaults to the config file's `locale`, else `en`.",
      shownDefault: 'config `locale`, else `en`',
      type: 'choice',
      values: ['en', 'ja'],
    },
    timezone: { description: 'IANA time zone in which days, weeks and months begin and times are shown.', default: 'Asia/Tokyo', type: 'text' },
    slo: { description: 'Availability target in percent (above 0, below 100); the error budget is what it leaves.', default: '99.0', type: 'text' },
    title: { description: "The report's title. Defaults to the period's, e.g. `Daily operations report 2025-10-21` or `【日次運用レポート】2025-10-21`.", shownDefault: "the period's", type: 'text' },
    config: { description: 'Path to the runbook config file, for its `locale`.', shownDefault: '`.github/runbook.yml` when it exists', type: 'path' },
    environment: { description: 'Report only results and incidents of this environment (the middle part of result ids, e.g. `production`).', type: 'text' },
    workflows: {
      description: 'Deploy and rollback workflow files (in `.github/workflows/`) whose runs in the period the report counts: how many, which failed, who started them. One per line.',
      default: 'deploy.yml\nrollback.yml',
      type: 'lines',
    },
    'check-workflows': {
      description:
        'Scheduled check workflow files (in `.github/workflows/`) whose runs say when the services were monitored: a run that succeeded covers the time until the next run of its workflow (at most 26h); a failed or cancelled run, or a night with no run, is "not monitored". Read from one paginated list per workflow. One per line.',
      default: 'nightly.yml',
      type: 'lines',
    },
    'github-token': {
      description: 'Token to read incident issues (`issues: read`) and workflow runs (`actions: read`) and, with `publish: issue`, write the report issue (`issues: write`); masked.',
      default: '${{ github.token }}',
      type: 'text',
      secret: true,
      cli: false,
    },
  },
  outputs: {
    status: { description: '`pass`, `warn` (warnings or open incidents) or `fail` (a failing check, a missed SLO or an unusable result file).' },
    availability: { description: 'JSON per service: `{"api": {"percent": 99.95, "downMs": 43000, "unmonitoredMs": 0, "sloMet": true}}`; `percent` is null when nothing was monitored; `{}` with `period: run`, whose report judges no availability (one run shows the services at a moment, not over a period).' },
    'issue-url': { description: 'The report issue, with `publish: issue`.' },
  },
};
