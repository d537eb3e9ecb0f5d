import { accessSync, constants, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as core from './runner.ts';
import { errorMessage, fitSummary, Redactor, renderSummaryWithin, SUMMARY_LIMIT, SUMMARY_RESERVE, type CheckResult, type Emitter, type RunReport, type Shard } from '@runbook/core';

/** Writes what an operation produced the way GitHub's runner reads it. */
export class GitHubEmitter implements Emitter {
  /** UTF-8 bytes appended to the job summary so far: GitHub's 1 MiB limit counts all of them. */
  private summaryBytes = 0;
  private statusWritten = false;
  private summaryFailed = false;
  /** Whether a report has been written (its outputs and summary). */
  reported = false;
  /** This runner's `shard`: written into each result's evidence, so the report can tell a shard that is missing. */
  shard: Shard | undefined;

  constructor(
    readonly redactor: Redactor = new Redactor(),
    /** Where the report's results also go as JSON; set once the input has been checked. */
    public resultsFile = '',
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
  async section(heading: string, markdown: string): Promise<void> {
    const head = `\n### ${heading}\n\n`;
    const room = SUMMARY_LIMIT - this.summaryBytes - Buffer.byteLength(head);
    await this.appendSummary(head + fitSummary(`${this.redactor.redact(markdown)}\n`, room, 'Every issue itself is complete.'));
  }

  secret(value: string): void {
    for (const part of this.redactor.add(value)) core.setSecret(part);
  }

  async report(raw: RunReport): Promise<void> {
    const redact = (text: string): string => this.redactor.redact(text);
    const report = this.redactor.redactStrings(raw);
    for (const result of report.results) this.annotate(result);
    const shard = this.shard ? `${this.shard.index}/${this.shard.total}` : undefined;
    const results = redact(JSON.stringify(shard ? report.results.map((r) => ({ ...r, evidence: { ...r.evidence, shard } })) : report.results));
    core.setOutput('results', results);
    for (const [name, value] of Object.entries(report.outputs)) core.setOutput(name, redact(value));
    this.statusWritten ||= 'status' in report.outputs;
    this.reported = true;
    this.recorded = report.results;
    this.writeResultsFile(results);
    await this.appendSummary(redact(renderSummaryWithin(report, SUMMARY_LIMIT - SUMMARY_RESERVE - this.summaryBytes)));
  }

  /** Writes the `status` output unless a report already did. */
  status(value: string): void {
    if (this.statusWritten) return;
    core.setOutput('status', value);
    this.statusWritten = true;
  }

  /** A summary that cannot be written (a full disk, a bad GITHUB_STEP_SUMMARY) is said once and stops nothing else. */
  async appendSummary(markdown: string): Promise<void> {
    this.summaryBytes += Buffer.byteLength(markdown);
    try {
      await core.appendSummary(markdown);
    } catch (error) {
      if (!this.summaryFailed) core.warning(`the job summary could not be written: ${this.redactor.redact(errorMessage(error))}`);
      this.summaryFailed = true;
    }
  }

  /** A failed write fails the step but stops nothing: the incidents are still written. */
  private writeResultsFile(json: string): void {
    if (!this.resultsFile) return;
    try {
      writeFileSync(this.resultsFile, `${json}\n`);
    } catch (error) {
      core.setFailed(`results-file: cannot write ${this.resultsFile} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }

  private annotate(result: CheckResult): void {
    if (result.status === 'pass') return;
    const title = this.redactor.redact(`${result.severity ? `[${result.severity}] ` : ''}${result.subject}: ${result.target}`);
    const message = this.redactor.redact(result.summary);
    if (result.status === 'fail') core.error(message, title);
    else core.warning(message, title);
  }
}

/**
 * The `results-file` input, its directory created up front, so that a path that cannot be
 * written stops the step before any check runs rather than after, with the incidents lost.
 */
export function prepareResultsFile(path: string, fail: (expected: string) => never): string {
  if (!path) return '';
  if (existsSync(path) && statSync(path).isDirectory()) fail(`expected a file path, got the directory ${path}`);
  try {
    mkdirSync(dirname(path), { recursive: true });
    accessSync(existsSync(path) ? path : dirname(path), constants.W_OK);
  } catch (error) {
    fail(`cannot write ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return path;
}
