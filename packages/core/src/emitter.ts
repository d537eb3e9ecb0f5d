import type { CheckResult } from './result.ts';
import type { Table } from './table.ts';

/** What one operation produced, independent of where it is shown. */
export interface RunReport {
  /** The action or command, e.g. `smoke-test`. */
  action: string;
  /** A one-line headline for the summary. */
  headline: string;
  results: CheckResult[];
  table: Table;
  /** Extra markdown sections (timelines, plans), each with a heading. */
  sections?: { heading: string; body: string }[];
  outputs: Record<string, string>;
}

/**
 * The face an operation speaks through. In a GitHub job it writes outputs, annotations, the job
 * summary and incident issues; in a terminal it prints progress and a table.
 */
export interface Emitter {
  /** One line of progress. Text from outside (events, API errors) may be in it: never a command. */
  progress(message: string): void;
  warning(message: string): void;
  /** Lines that came from outside as they are (a container's output, a response body): shown inert. */
  untrusted(lines: readonly string[]): void;
  /** Runs one phase of the work under a collapsible heading in the log. */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
  /**
   * Results found so far. If the operation throws later, these still reach the outputs, the
   * summary and the incidents; the returned results of a finished operation replace them.
   */
  record(results: readonly CheckResult[]): void;
  /** Registers a value that must never be shown. */
  secret(value: string): void;
  report(report: RunReport): Promise<void>;
}
