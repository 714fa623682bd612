/**
 * Bad input, as opposed to a bug. The message starts with the stage that found the problem and
 * says what to fix, e.g. `import: buildings.geojson is not JSON (Unexpected token < at 1:1)`.
 * The server maps it to a 4xx problem+json; the CLI prints the message without a stack trace.
 */
export class DataError extends Error {
  /** HTTP status the server answers with. */
  readonly status: number;
  /** Optional machine-readable details (e.g. the list of invalid features). */
  readonly details?: unknown;

  constructor(message: string, options: { status?: number; details?: unknown; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DataError';
    this.status = options.status ?? 400;
    this.details = options.details;
  }
}

/** True for a {@link DataError}, also across module copies. */
export function isDataError(error: unknown): error is DataError {
  return error instanceof DataError || (error instanceof Error && error.name === 'DataError');
}
