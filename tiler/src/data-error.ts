// The tiler reports bad input with the platform's one DataError, so the server's problem+json
// mapping and the CLI treat tiler and importer errors alike.
export { DataError, isDataError } from '@cimtwin/schemas';
