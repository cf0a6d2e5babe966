// The workshop's browser storage: localStorage only, namespaced and versioned keys; nothing is sent.
// Storage can be unavailable (private mode, blocked): then the flow still works, it just forgets.

/** Reads a key; null when storage is unavailable. */
export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Writes a key; silently does nothing when storage is unavailable. */
export function writeStored(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    /* storage blocked: keep working without it */
  }
}
