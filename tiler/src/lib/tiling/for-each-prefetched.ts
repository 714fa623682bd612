/**
 * Processes tiles in order while the next tile's data loads: database reads overlap CPU work,
 * and at most two tiles' data sit in memory at once.
 */

/**
 * Calls `handle` for each item in order with what `load` returned for it; the load of item n + 1
 * starts before item n is handled. The first failure stops the run and is rethrown.
 */
export async function forEachPrefetched<T, R>(
  items: readonly T[],
  load: (item: T) => Promise<R>,
  handle: (item: T, loaded: R) => Promise<void>,
): Promise<void> {
  const start = (item: T): Promise<R> => {
    const pending = load(item);
    pending.catch(() => undefined); // awaited below; this only stops an early failure going unhandled
    return pending;
  };
  let next = items.length > 0 ? start(items[0]) : undefined;
  for (let n = 0; n < items.length; n++) {
    const loaded = await next!;
    next = n + 1 < items.length ? start(items[n + 1]) : undefined;
    await handle(items[n], loaded);
  }
}
