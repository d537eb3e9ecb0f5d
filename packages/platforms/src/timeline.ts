import { renderCodeBlock, type Emitter } from '@runbook/core';

export interface TimelineEntry {
  atMs: number;
  subject: string;
  message: string;
}

/** `+1:02.5` */
function formatOffset(ms: number): string {
  const seconds = ms / 1_000;
  const minutes = Math.floor(seconds / 60);
  return `+${minutes}:${(seconds - minutes * 60).toFixed(1).padStart(4, '0')}`;
}

/**
 * What happened, in order, with the time since the run started: printed to the log as it
 * happens and rendered in the job summary at the end.
 */
export class Timeline {
  readonly entries: TimelineEntry[] = [];
  private readonly started = performance.now();

  constructor(private readonly emitter: Emitter) {}

  elapsed(): number {
    return performance.now() - this.started;
  }

  add(subject: string, message: string): void {
    const entry = { atMs: this.elapsed(), subject, message: message.trim() };
    this.entries.push(entry);
    this.emitter.progress(`${formatOffset(entry.atMs)} ${subject}: ${entry.message}`);
  }

  /** Lines for the log under the last entry (a command's output); the summary shows them elsewhere. */
  print(lines: readonly string[]): void {
    this.emitter.untrusted(lines.map((line) => `    ${line}`));
  }

  render(): string {
    const width = Math.max(0, ...this.entries.map((e) => e.subject.length));
    const lines = this.entries.map((e) => `${formatOffset(e.atMs).padStart(8)}  ${e.subject.padEnd(width)}  ${e.message.replace(/\s*\n\s*/g, ' ')}`);
    return renderCodeBlock(lines);
  }
}
