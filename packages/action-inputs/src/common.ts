import type { InputDefinition } from './definition.ts';

const FAIL_ON_VALUES = ['fail', 'warn', 'never'] as const;

/** The inputs every check action reads: when the step fails, the results file, and the incidents. */
export function checkActionInputs(failOn: string): Record<string, InputDefinition> {
  return {
    'fail-on': { description: failOn, default: 'fail', type: 'choice', values: FAIL_ON_VALUES },
    'heartbeat-url': {
      description:
        'Pinged at the end of every run (healthchecks.io or Cronitor style): this URL when the checks pass, `<url>/fail` when the step fails, so a watcher outside GitHub notices when runs stop. https only; masked; a failed ping is a warning.',
      type: 'text',
      secret: true,
      cli: false,
    },
    'results-file': { description: 'Also write the results JSON to this file (for the report job or an artifact).', type: 'path' },
    'open-issues': {
      description: 'Open, update and close a GitHub issue per failing check (deduplicated, escalated, closed on recovery).',
      default: 'true',
      type: 'boolean',
      cli: false,
    },
    'github-token': { description: 'Token for the issues API (needs `issues: write`); masked.', default: '${{ github.token }}', type: 'text', secret: true, cli: false },
    locale: {
      description: "Language of issue titles, bodies and comments (in a terminal: of the steps to take), `en` or `ja`. Defaults to the config file's `locale`, else `en`.",
      shownDefault: 'config `locale`, else `en`',
      type: 'choice',
      values: ['en', 'ja'],
    },
  };
}

export const STATUS_OUTPUT = { description: 'The worst status, `pass`, `warn` or `fail`.' };
