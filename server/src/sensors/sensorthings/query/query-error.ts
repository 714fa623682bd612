import { DataError } from '@cimtwin/schemas';

/** The stage every message of this layer starts with. */
export const QUERY_STAGE = 'sensorthings-query';

/** A {@link DataError} for a bad query option: `sensorthings-query: <message>`. */
export function queryError(message: string): DataError {
  return new DataError(`${QUERY_STAGE}: ${message}`);
}

/**
 * A {@link DataError} at a character of an option's text, e.g.
 * `sensorthings-query: $filter at 23: expected a value after 'gt', found end of text`.
 * `offset` counts from 0; the message counts characters from 1, as people do.
 */
export function positionError(option: string, offset: number, message: string): DataError {
  return queryError(`${option} at ${offset + 1}: ${message}`);
}
