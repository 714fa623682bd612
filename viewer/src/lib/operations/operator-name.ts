/** The name alarm actions are taken under when nobody set one. */
export const DEFAULT_OPERATOR = 'viewer';

const STORAGE_KEY = 'cimtwin.operator';

/** The operator name kept in the browser, or `viewer`. */
export function readOperatorName(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): string {
  try {
    return storage?.getItem(STORAGE_KEY)?.trim() || DEFAULT_OPERATOR;
  } catch {
    return DEFAULT_OPERATOR;
  }
}

/** Keeps an operator name for the next visit; an empty one goes back to `viewer`. Returns the name in force. */
export function writeOperatorName(name: string, storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined = globalThis.localStorage): string {
  const trimmed = name.trim();
  try {
    if (trimmed) storage?.setItem(STORAGE_KEY, trimmed);
    else storage?.removeItem(STORAGE_KEY);
  } catch {
    // Storage may be off (private mode); the name still holds for this page.
  }
  return trimmed || DEFAULT_OPERATOR;
}
