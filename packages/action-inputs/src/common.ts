import type { InputDefinition } from './definition.ts';

const FAIL_ON_VALUES = ['fail', 'warn', 'never'] as const;

/** `shard`: for the checks that can be spread over a matrix (not deploy and rollback). */
export const SHARD_INPUT: Record<string, InputDefinition> = {
  shard: {
    description:
      "Run only this runner's share of the checks, `i/n` (e.g. `2/8` in a matrix of 8), by a stable hash of each result id: every check runs in exactly one shard. Each result's evidence says its shard, so the report shows one that is missing.",
    type: 'text',
    cli: false,
  },
};

/** The inputs every check action reads: when the step fails, the results file, the heartbeat, and the incidents. */
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
