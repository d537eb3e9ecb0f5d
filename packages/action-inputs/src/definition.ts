/**
 * One definition per action: its inputs and outputs, from which action.yml, the README tables, the
 * CLI flags and help are made, and against which the code's reads are checked.
 */

/** What kind of value an input takes: the placeholder in CLI help, and how the README reads it. */
export type InputType = 'text' | 'lines' | 'boolean' | 'choice' | 'duration' | 'integer' | 'path' | 'json' | 'regex';

export interface InputDefinition {
  description: string;
  /** The default as action.yml gives it (and the code falls back to when the input is empty). */
  default?: string;
  /** How the default reads in the README and CLI help when the code computes it, e.g. "each URL's host". */
  shownDefault?: string;
  required?: boolean;
  type: InputType;
  /** For `choice`: the accepted values. */
  values?: readonly string[];
  /** A secret: masked everywhere. */
  secret?: boolean;
  /**
   * The CLI flag is the input's name; `alias` is a singular name for a repeatable list flag
   * (`--url a --url b`). `false`: no flag, the input only makes sense in a workflow.
   */
  cli?: false | { alias: string };
}

export interface OutputDefinition {
  description: string;
}

export interface ActionDefinition {
  name: string;
  /** action.yml `name`. */
  title: string;
  description: string;
  branding: { icon: string; color: string };
  inputs: Readonly<Record<string, InputDefinition>>;
  outputs: Readonly<Record<string, OutputDefinition>>;
}

/** Names of an action's inputs, for the reader that refuses any other. */
export const inputNames = (action: ActionDefinition): ReadonlySet<string> => new Set(Object.keys(action.inputs));

/** The default as a person reads it: `required`, the literal default, or what the code computes. */
export function shownDefault(input: InputDefinition): string {
  if (input.required) return 'required';
  if (input.shownDefault) return input.shownDefault;
  return input.default === undefined ? '' : `\`${input.default}\``;
}
