/**
 * A problem with what the user gave us (an input, a config value, a CLI flag).
 * Its message is one line that names where the bad value came from and what was expected.
 */
export class UsageError extends Error {
  constructor(
    readonly path: string,
    readonly expected: string,
  ) {
    super(`${path}: ${expected}`);
    this.name = 'UsageError';
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
