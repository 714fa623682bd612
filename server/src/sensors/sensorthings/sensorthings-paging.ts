/** Paging of SensorThings reads: `$top` when none is given, and the largest `$top` accepted. */
export const SENSORTHINGS_PAGING = Object.freeze({ top: 100, maxTop: 10_000 });
