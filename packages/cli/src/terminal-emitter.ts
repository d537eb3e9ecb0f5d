import { neutraliseCommands, Redactor, renderTextTable, type CheckResult, type Emitter, type RunReport } from '@runbook/core';

/**
 * Prints progress to stderr and the result table to stdout. Everything it prints is redacted and
 * made inert, since a terminal may be a GitHub job step whose runner reads commands from both.
 */
export class TerminalEmitter implements Emitter {
  readonly reports: RunReport[] = [];
  recorded: readonly CheckResult[] = [];

  constructor(
    readonly redactor = new Redactor(),
    private readonly out: (text: string) => void = (text) => process.stdout.write(text),
    private readonly err: (text: string) => void = (text) => process.stderr.write(text),
  ) {}

  progress(message: string): void {
    this.err(this.safe(`  ${message}\n`));
  }

  warning(message: string): void {
    this.err(this.safe(`warning: ${message}\n`));
  }

  untrusted(lines: readonly string[]): void {
    for (const line of lines) this.err(this.safe(`    ${line}\n`));
  }

  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.err(this.safe(`${title}\n`));
    return fn();
  }

  record(results: readonly CheckResult[]): void {
    this.recorded = results;
  }

  secret(value: string): void {
    this.redactor.add(value);
  }

  async report(report: RunReport): Promise<void> {
    this.reports.push(report);
    const sections = (report.sections ?? []).map((s) => `\n${s.heading}\n${s.body}\n`).join('');
    this.out(this.safe(`\n${report.action}: ${report.headline}\n\n${renderTextTable(report.table)}\n${sections}\n`));
  }

  private safe(text: string): string {
    return neutraliseCommands(this.redactor.redact(text));
  }
}
