/**
 * Bad input that the caller can fix (a malformed geometry, an unsafe key, an id out of range).
 * Bugs stay plain `Error`s; the server maps a `DataError` to a 4xx problem response.
 */
export class DataError extends Error {
  /** @param message - starts with the stage, then says what to fix: "tiler: feature 12 has ..." */
  constructor(message: string) {
    super(message);
    this.name = 'DataError';
  }
}
