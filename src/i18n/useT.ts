/** React side of the catalog: components re-render when the language changes. */
import { useCallback, useSyncExternalStore } from "react";
import { i18n, t, type MessageKey, type MessageValues } from "./i18n";
import type { Locale } from "./locales";

function subscribe(onChange: () => void): () => void {
  return i18n.on("change", onChange);
}
const getLocale = () => i18n.locale as Locale;

// Bumped on every catalog change, a language's second part arriving included: a string that
// showed blank while its part loaded (see `missing` in i18n.ts) re-renders with its text.
let version = 0;
i18n.on("change", () => void version++);
const getVersion = () => version;

/** The active language; re-renders on change. */
export function useLocale(): Locale {
  return useSyncExternalStore(subscribe, getLocale, getLocale);
}

/** `t` bound to the active language: calling components re-render when it changes. */
export function useT(): (id: MessageKey, values?: MessageValues) => string {
  const v = useSyncExternalStore(subscribe, getVersion, getVersion);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new function per catalog change, so memoised children update
  return useCallback((id: MessageKey, values?: MessageValues) => t(id, values), [v]);
}
