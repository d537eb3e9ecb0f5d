import { shownDefault, type ActionDefinition, type InputDefinition } from '@runbook/action-inputs';
import { SWITCHES } from './args.ts';

const WIDTH = 100;
const INDENT = 30;

const PLACEHOLDER: Record<InputDefinition['type'], string> = {
  text: 'TEXT',
  lines: 'LINE',
  boolean: '[true|false]',
  choice: '',
  duration: 'DURATION',
  integer: 'N',
  path: 'PATH',
  json: 'JSON',
  regex: 'REGEX',
};

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

/** `  --flag VALUE   description` with the description wrapped under its column. */
function entry(flag: string, description: string): string {
  const [first = '', ...rest] = wrap(description, WIDTH - INDENT);
  const head = `  ${flag}`;
  const pad = ' '.repeat(INDENT);
  const start = head.length < INDENT ? head.padEnd(INDENT) + first : `${head}\n${pad}${first}`;
  return [start, ...rest.map((line) => pad + line)].join('\n');
}

function flagEntry(name: string, input: InputDefinition): string {
  const value = input.type === 'choice' ? (input.values ?? []).join('|') : PLACEHOLDER[input.type];
  const alias = input.cli ? `, --${input.cli.alias}` : '';
  const notes = [
    input.cli ? `Repeat the flag for several (--${input.cli.alias} a --${input.cli.alias} b).` : '',
    // A computed default (shownDefault) is already told by the description.
    input.default === undefined ? '' : `Default: ${shownDefault(input)}.`,
  ].filter(Boolean);
  return entry(`--${name}${alias} ${value}`, [input.description, ...notes].join(' '));
}

/** `runbook <action> --help`: every flag with its description and default, from the action's input definition. */
export function commandHelp(action: ActionDefinition): string {
  const flags = Object.entries(action.inputs).filter(([, input]) => input.cli !== false);
  return [
    `runbook ${action.name}: ${action.description}`,
    '',
    `Usage: runbook ${action.name} [flags]`,
    '',
    `Flags are the ${action.name} action's inputs, with the same names, meanings and defaults (actions/${action.name}/README.md).`,
    '',
    ...flags.map(([name, input]) => flagEntry(name, input)),
    entry('--json', SWITCHES.json),
    entry('-h, --help', SWITCHES.help),
    '',
  ].join('\n');
}

/** `runbook --help`. */
export function mainHelp(actions: readonly ActionDefinition[]): string {
  return [
    'runbook: the runbook-actions checks, deploy and rollback from a terminal',
    '',
    'Usage: runbook <command> [flags]',
    '',
    entry('demo', 'Start demo targets on 127.0.0.1 and check them.'),
    ...actions.map((a) => entry(a.name, `${a.description} Flags are the action's inputs.`)),
    '',
    entry('-h, --help', 'Show this help; `runbook <command> --help` shows a command\'s flags.'),
    entry('-V, --version', 'Print the version.'),
    '',
  ].join('\n');
}
