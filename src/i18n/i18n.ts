/**
 * The one message catalog every interface string goes through (Lingui core with catalogs
 * compiled at build time: see scripts/catalogPlugin.ts). English is compiled in; the other
 * eleven load on demand, so the English first view carries no other language.
 */
import { setupI18n, type Messages } from "@lingui/core";
import en from "virtual:i18n-catalog/en";
import type enSource from "./catalogs/en.json";
import type { Locale } from "./locales";
import { setFormatLocale } from "./displayLocale";

export type MessageKey = keyof typeof enSource;
export type MessageValues = Record<string, string | number | Date>;

export const i18n = setupI18n({ locale: "en", messages: { en } });
if (import.meta.env.DEV || import.meta.env.MODE === "test")
  i18n.on("missing", ({ id, locale }) => console.error(`Missing message "${id}" in ${locale}`));

// One line per language: Vite splits each into its own chunk.
const loaders: Record<Exclude<Locale, "en">, () => Promise<{ default: Messages }>> = {
  ja: () => import("virtual:i18n-catalog/ja"),
  "zh-Hans": () => import("virtual:i18n-catalog/zh-Hans"),
  ko: () => import("virtual:i18n-catalog/ko"),
  id: () => import("virtual:i18n-catalog/id"),
  ms: () => import("virtual:i18n-catalog/ms"),
  vi: () => import("virtual:i18n-catalog/vi"),
  th: () => import("virtual:i18n-catalog/th"),
  fil: () => import("virtual:i18n-catalog/fil"),
  km: () => import("virtual:i18n-catalog/km"),
  lo: () => import("virtual:i18n-catalog/lo"),
  my: () => import("virtual:i18n-catalog/my"),
};

const loaded = new Set<Locale>(["en"]);

/** Load (once) and activate a language. On failure English stays active: never a blank interface. */
export async function activateLocale(locale: Locale): Promise<Locale> {
  if (!loaded.has(locale)) {
    try {
      i18n.load(locale, (await loaders[locale as Exclude<Locale, "en">]()).default);
      loaded.add(locale);
    } catch {
      return i18n.locale as Locale;
    }
  }
  setFormatLocale(locale);
  if (i18n.locale !== locale) i18n.activate(locale);
  return locale;
}

/** The current language's text for a message. */
export function t(id: MessageKey, values?: MessageValues): string {
  return i18n._(id, values);
}

export function currentLocale(): Locale {
  return i18n.locale as Locale;
}

/** A dimension of the article ("Aid and development") in the current language. */
export function dimName(id: string): string {
  const key = `dim.${id}` as MessageKey;
  return key in en ? t(key) : id;
}
