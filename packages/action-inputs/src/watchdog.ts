import { checkActionInputs, STATUS_OUTPUT } from './common.ts';
import type { ActionDefinition } from './definition.ts';

export const WATCHDOG: ActionDefinition = {
  name: 'watchdog',
  title: 'runbook watchdog',
  description: 'Open an incident when a scheduled workflow stops running: no completed run within max-silence, or disabled (by the 60-day rule or by hand); close it when runs resume.',
  branding: { icon: 'eye', color: 'orange' },
  inputs: {
    workflows: {
      description: 'The scheduled workflow files to watch (in `.github/workflows/`), one per line, e.g. `nightly.yml`. Each is one check: one incident per workflow.',
      required: true,
      type: 'lines',
    },
    'max-silence': {
      description: 'A workflow whose last completed run (cancelled, skipped and unstarted runs do not count) is older than this is silent: `26h` for a daily schedule, `8d` for a weekly one (5m to 93d).',
      default: '26h',
      type: 'duration',
    },
    repository: {
      description:
        "The repository whose workflows are watched, `owner/name`. Run the watchdog from a repository with regular pushes to catch GitHub's 60-day rule, which disables every schedule of an inactive repository at once; `github-token` must then be able to read that repository's actions.",
      shownDefault: 'this repository',
      type: 'text',
    },
    config: { description: 'Path to the runbook config file, for its `locale` and `incidents:` settings (assignees, escalation).', shownDefault: '`.github/runbook.yml` with `environment`, when it exists', type: 'path' },
    environment: { description: "The first part of the result ids (`default` when not given), and the environment whose `incidents:` settings apply.", type: 'text' },
    ...checkActionInputs('When the step fails, `fail` (a workflow is silent, disabled or missing), `warn` (the same: the watchdog never warns) or `never`.'),
    'github-token': {
      description: "Token to read the workflows and their runs (`actions: read` on `repository`) and write the incident issues (`issues: write` here); masked.",
      default: '${{ github.token }}',
      type: 'text',
      secret: true,
      cli: false,
    },
  },
  outputs: {
    status: STATUS_OUTPUT,
    results: { description: 'JSON array of results, one per workflow: `status`, `severity`, `summary`, `evidence` (state, last run, its URL, conclusion and event, how long silent, max silence), `runbook`.' },
    silent: { description: 'Number of workflows that are silent, disabled or missing.' },
  },
};
