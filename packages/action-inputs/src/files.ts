import { stringify } from 'yaml';
import { shownDefault, type ActionDefinition, type InputDefinition } from './definition.ts';

// The files made from a definition: action.yml, and the README's input and output tables
// (between `<!-- inputs:start -->` / `<!-- inputs:end -->` and the same for outputs).

export const GENERATED_NOTE = (name: string): string =>
  `# Generated from packages/action-inputs/src/${name}.ts by \`node scripts/action-files.ts\`; edit the definition, not this file.\n`;

function inputYaml(input: InputDefinition): Record<string, string | boolean> {
  if (input.required) return { description: input.description, required: true };
  return input.default === undefined ? { description: input.description, required: false } : { description: input.description, default: input.default };
}

export function renderActionYml(action: ActionDefinition): string {
  const yml = {
    name: action.title,
    description: action.description,
    author: 'runbook-actions',
    branding: action.branding,
    inputs: Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, inputYaml(input)])),
    outputs: action.outputs,
    runs: { using: 'node24', main: `../../dist/${action.name}/index.js` },
  };
  return GENERATED_NOTE(action.name) + stringify(yml, { lineWidth: 0, singleQuote: true });
}

const cell = (text: string): string => text.replace(/\|/g, '\\|');

function table(header: string[], rows: string[][]): string {
  return [header, header.map(() => '---'), ...rows].map((row) => `| ${row.map(cell).join(' | ')} |`).join('\n');
}

export function inputsTable(action: ActionDefinition): string {
  return table(
    ['input', 'default', 'meaning'],
    Object.entries(action.inputs).map(([name, input]) => [`\`${name}\``, shownDefault(input), input.description]),
  );
}

export function outputsTable(action: ActionDefinition): string {
  return table(
    ['output', 'meaning'],
    Object.entries(action.outputs).map(([name, output]) => [`\`${name}\``, output.description]),
  );
}

/** The README with its generated tables replaced; throws when a marker pair is missing. */
export function renderReadme(readme: string, action: ActionDefinition): string {
  return (['inputs', 'outputs'] as const).reduce((text, part) => {
    const start = `<!-- ${part}:start -->`;
    const end = `<!-- ${part}:end -->`;
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from === -1 || to < from) throw new Error(`actions/${action.name}/README.md: expected ${start} and ${end} around the ${part} table`);
    const body = part === 'inputs' ? inputsTable(action) : outputsTable(action);
    return `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`;
  }, readme);
}
