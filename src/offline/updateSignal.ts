/**
 * "A new version is available": set by the service worker's registration
 * (registerOffline.ts, loaded on demand), read by the UpdatePrompt component. A tiny
 * external store so the first view needs neither the registration code nor the store.
 */
type Listener = () => void;

let apply: (() => void) | null = null;
const listeners = new Set<Listener>();

/** Offer an update; `reload` switches to the new version and reloads the page. */
export function offerUpdate(reload: () => void): void {
  apply = reload;
  listeners.forEach((l) => l());
}

/** Not now: the offer goes away until the next visit. */
export function dismissUpdate(): void {
  apply = null;
  listeners.forEach((l) => l());
}

export function pendingUpdate(): (() => void) | null {
  return apply;
}

export function subscribeUpdate(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}
