import { writeFileSync } from 'node:fs';
import * as core from './runner.ts';
import { Redactor, renderSummary, type CheckResult, type Emitter, type RunReport } from '@runbook/core';

/** Writes what an operation produced the way GitHub's runner reads it. */
export class GitHubEmitter implements Emitter {
  constructor(
    readonly redactor: Redactor = new Redactor(),
    private readonly resultsFile = '',
  ) {}

  progress(message: string): void {
    core.info(this.redactor.redact(message));
  }

  warning(message: string): void {
    core.warning(this.redactor.redact(message));
  }

  error(message: string): void {
    core.error(this.redactor.redact(message));
  }

  untrusted(lines: readonly string[]): void {
    core.untrusted(lines.map((line) => this.redactor.redact(line)));
  }

  group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    return core.group(this.redactor.redact(title), fn);
  }

  /** Results found so far, written by the runtime if the operation throws before its report. */
  recorded: readonly CheckResult[] = [];

  record(results: readonly CheckResult[]): void {
    this.recorded = results;
  }

  /** A section after the report in the job summary (the incidents written, for one). */
  section(heading: string, markdown: string): void {
    core.appendSummary(this.redactor.redact(`\n### ${heading}\n\n${markdown}\n`));
  }

  secret(value: string): void {
    if (!value) return;
    core.setSecret(value);
    this.redactor.add(value);
  }

  async report(report: RunReport): Promise<void> {
    const redact = (text: string): string => this.redactor.redact(text);
    for (const result of report.results) this.annotate(result);
    const results = redact(JSON.stringify(report.results));
    core.setOutput('results', results);
    for (const [name, value] of Object.entries(report.outputs)) core.setOutput(name, redact(value));
    if (this.resultsFile) writeFileSync(this.resultsFile, `${results}\n`);
    core.appendSummary(redact(renderSummary(report)));
  }

  private annotate(result: CheckResult): void {
    if (result.status === 'pass') return;
    const title = this.redactor.redact(`${result.severity ? `[${result.severity}] ` : ''}${result.subject}: ${result.target}`);
    const message = this.redactor.redact(result.summary);
    if (result.status === 'fail') core.error(message, title);
    else core.warning(message, title);
  }
}
