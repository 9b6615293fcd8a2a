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

/** `t` bound to the active language: calling components re-render when it changes. */
export function useT(): (id: MessageKey, values?: MessageValues) => string {
  const locale = useLocale();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new function per language, so memoised children update
  return useCallback((id: MessageKey, values?: MessageValues) => t(id, values), [locale]);
}
