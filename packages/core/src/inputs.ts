import { readFileSync } from 'node:fs';
import { UsageError } from './errors.ts';
import { quote, type Parsed } from './values.ts';

/** Reads a named value as text; '' when it was not given. */
export type InputSource = (name: string) => string;

/**
 * Typed access to named inputs, shared by the actions (`core.getInput`) and the CLI (flags).
 * Every problem is a UsageError naming the input and what was expected.
 * Built with the names an action declares, reading any other name is a bug and throws, so code and
 * action.yml cannot drift apart unnoticed.
 */
export class InputReader {
  constructor(
    private readonly source: InputSource,
    readonly label: (name: string) => string = (name) => `input "${name}"`,
    private readonly declared?: ReadonlySet<string>,
  ) {}

  /** Whether the action declares this input (always true for a reader built without a declaration). */
  declares(name: string): boolean {
    return this.declared?.has(name) ?? true;
  }

  private read(name: string): string {
    if (!this.declares(name)) throw new Error(`reads input "${name}", which the action does not declare`);
    return this.source(name);
  }

  text(name: string): string {
    return this.read(name).trim();
  }

  fail(name: string, expected: string): never {
    throw new UsageError(this.label(name), expected);
  }

  /** The parsed value, or `fallback` when the input is empty. */
  parse<T>(name: string, parse: (text: string) => Parsed<T>): T | undefined;
  parse<T>(name: string, parse: (text: string) => Parsed<T>, fallback: T): T;
  parse<T>(name: string, parse: (text: string) => Parsed<T>, fallback?: T): T | undefined {
    const text = this.text(name);
    if (text === '') return fallback;
    const result = parse(text);
    if (!result.ok) this.fail(name, result.expected);
    return result.value;
  }

  /** Non-empty lines, trimmed; `#` starts a comment line. */
  list(name: string): string[] {
    return this.read(name)
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'));
  }

  boolean(name: string, fallback: boolean): boolean {
    const text = this.text(name).toLowerCase();
    if (text === '') return fallback;
    if (text === 'true') return true;
    if (text === 'false') return false;
    return this.fail(name, `expected true or false, got ${quote(this.text(name))}`);
  }

  /** The PEM certificates in the file the input names (e.g. an internal CA), or undefined when empty. */
  pemCertificates(name: string): string | undefined {
    const path = this.text(name);
    if (path === '') return undefined;
    let pem: string;
    try {
      pem = readFileSync(path, 'utf8');
    } catch (error) {
      return this.fail(name, `cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    if (!pem.includes('-----BEGIN CERTIFICATE-----')) this.fail(name, `expected PEM certificates in ${path}`);
    return pem;
  }

  choice<T extends string>(name: string, values: readonly T[], fallback: T): T {
    const text = this.text(name);
    if (text === '') return fallback;
    if ((values as readonly string[]).includes(text)) return text as T;
    return this.fail(name, `expected one of ${values.join(', ')}, got ${quote(text)}`);
  }
}
