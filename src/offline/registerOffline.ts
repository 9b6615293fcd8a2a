import { showUpdatePrompt } from "./updatePrompt";

/**
 * Register the service worker built by vite-plugin-pwa (`sw.js` beside index.html),
 * so that after one visit the app opens with no network. Loaded on demand after
 * the first paint (src/embed.tsx). Stays off, silently, where it cannot work: inside
 * a frame, from file://, without the API, or when the browser refuses (private modes,
 * sandboxes). A new version waits until the reader chooses to reload: never forced.
 */
/** Offer the update at the foot of the page (this whole module loads after the first view). */
function offerUpdate(reload: () => void): void {
  showUpdatePrompt(reload);
}

/** Can a service worker run for this page at all? */
export function offlineSupported(win: Window = window): boolean {
  try {
    if (win.self !== win.top) return false; // an embed: the host page decides about caching
    if (!/^https?:$/.test(win.location.protocol)) return false; // file://, the single-file build
    return "serviceWorker" in win.navigator;
  } catch {
    return false; // a sandbox that refuses even the check
  }
}

export async function registerOffline(swUrl = "sw.js"): Promise<ServiceWorkerRegistration | null> {
  if (!offlineSupported()) return null;
  try {
    const sw = navigator.serviceWorker;
    const reg = await sw.register(new URL(swUrl, document.baseURI).href, { scope: "./" });
    let offered = false;
    const offer = (waiting: ServiceWorker) => {
      if (offered) return;
      offered = true;
      offerUpdate(() => {
        sw.addEventListener("controllerchange", () => window.location.reload(), { once: true });
        // The worker built with registerType "prompt" activates on this message only.
        waiting.postMessage({ type: "SKIP_WAITING" });
      });
    };
    // A first install has no controller yet: nothing to update, the app is simply ready offline.
    if (reg.waiting && sw.controller) offer(reg.waiting);
    reg.addEventListener("updatefound", () => {
      const next = reg.installing;
      next?.addEventListener("statechange", () => {
        if (next.state === "installed" && sw.controller) offer(next);
      });
    });
    return reg;
  } catch {
    return null; // refused (storage off, an old browser): the app works online as before
  }
}
