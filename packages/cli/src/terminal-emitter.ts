import { Redactor, renderTextTable, type Emitter, type RunReport } from '@runbook/core';

/** Prints progress to stderr and the result table to stdout. */
export class TerminalEmitter implements Emitter {
  readonly reports: RunReport[] = [];

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

  secret(value: string): void {
    this.redactor.add(value);
  }

  async report(report: RunReport): Promise<void> {
    this.reports.push(report);
    const sections = (report.sections ?? []).map((s) => `\n${s.heading}\n${s.body}\n`).join('');
    this.out(this.redactor.redact(`\n${report.action}: ${report.headline}\n\n${renderTextTable(report.table)}\n${sections}\n`));
  }
}
