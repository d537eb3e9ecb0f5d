import { Redactor, renderTextTable, type CheckResult, type Emitter, type RunReport } from '@runbook/core';

/** Prints progress to stderr and the result table to stdout. */
export class TerminalEmitter implements Emitter {
  readonly reports: RunReport[] = [];
  recorded: readonly CheckResult[] = [];

  constructor(
    readonly redactor = new Redactor(),
    private readonly out: (text: string) => void = (text) => process.stdout.write(text),
    private readonly err: (text: string) => void = (text) => process.stderr.write(text),
  ) {}

  progress(message: string): void {
    this.err(`  ${this.redactor.redact(message)}\n`);
  }

  warning(message: string): void {
    this.err(`warning: ${this.redactor.redact(message)}\n`);
  }

  untrusted(lines: readonly string[]): void {
    for (const line of lines) this.err(`    ${this.redactor.redact(line)}\n`);
  }

  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.err(`${this.redactor.redact(title)}\n`);
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
    this.out(this.redactor.redact(`\n${report.action}: ${report.headline}\n\n${renderTextTable(report.table)}\n${sections}\n`));
  }
}
