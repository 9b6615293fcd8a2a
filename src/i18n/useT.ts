/** React side of the catalog: components re-render when the language changes. */
import { useCallback, useSyncExternalStore } from "react";
import { i18n, t, type MessageKey, type MessageValues } from "./i18n";
import type { Locale } from "./locales";

function subscribe(onChange: () => void): () => void {
  return i18n.on("change", onChange);
}
const getLocale = () => i18n.locale as Locale;

/** The active language; re-renders on change. */
export function useLocale(): Locale {
  return useSyncExternalStore(subscribe, getLocale, getLocale);
}

// Counts every catalog change: a language switch, and a lazily loaded part arriving (a string
// asked for before its part is in shows blank until then; see i18n.ts). Registered first, so the
// count is up to date when React's listeners read it.
let catalogVersion = 0;
i18n.on("change", () => {
  catalogVersion++;
});
const getVersion = () => catalogVersion;

/** `t` bound to the active language: calling components re-render when it changes or a part of it loads. */
export function useT(): (id: MessageKey, values?: MessageValues) => string {
  const version = useSyncExternalStore(subscribe, getVersion, getVersion);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new function per catalog change, so memoised children update
  return useCallback((id: MessageKey, values?: MessageValues) => t(id, values), [version]);
}
