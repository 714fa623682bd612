/**
 * A URL with query parameters, values percent-encoded (so `+08:00`, `;` and `'` in a `$filter`
 * survive the trip) and the `$` of option names kept, as SensorThings clients write them.
 * Repeated parameters (arrays) are written once per value.
 */
export function withQuery(url: string, params: Record<string, unknown>): string {
  const pairs = Object.entries(params).flatMap(([name, value]) => {
    const key = encodeURIComponent(name).replace(/^%24/, '$');
    const values = Array.isArray(value) ? value : [value];
    return values.filter((item) => item !== undefined).map((item) => `${key}=${encodeURIComponent(String(item))}`);
  });
  return pairs.length > 0 ? `${url}?${pairs.join('&')}` : url;
}

/** The `@iot.nextLink` after a page of `top` from `skip`: the other parameters as they are, then `$top` and `$skip`. */
export function nextPageLink(url: string, params: Record<string, unknown>, top: number, skip: number): string {
  const { $top: _top, $skip: _skip, ...rest } = params;
  return withQuery(url, { ...rest, $top: String(top), $skip: String(skip + top) });
}
