/**
 * The one message catalog every interface string goes through (Lingui core with catalogs
 * compiled at build time: see scripts/catalogPlugin.ts). English is compiled in; the other
 * eleven load on demand, so the English first view carries no other language. Each language
 * comes in two parts: what the first view says, and the rest (dialogs, other views), which
 * `loadMoreMessages` fetches with the code that uses it (see `withMessages`).
 */
import { setupI18n, type Messages } from "@lingui/core";
import en from "virtual:i18n-catalog/en";
import type enSource from "./catalogs/en.json";
import type { Locale } from "./locales";
import { setFormatLocale } from "./displayLocale";

export type MessageKey = keyof typeof enSource;
export type MessageValues = Record<string, string | number | Date>;

export const i18n = setupI18n({
  locale: "en",
  messages: { en },
  // Never a raw key id on screen: a string asked for before its lazy part is in shows blank
  // for a moment, and the part's arrival re-renders (i18n.load emits "change").
  // (Only in a build: in dev and tests the first part holds every key, and a missing one is a bug.)
  missing:
    import.meta.env.PROD && import.meta.env.MODE !== "test"
      ? (locale, id) => {
          void loadMoreMessages();
          return moreLoaded.has(locale as Locale) ? id : "";
        }
      : undefined,
});
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

// The second parts, one chunk per language.
const moreLoaders: Record<Locale, () => Promise<{ default: Messages }>> = {
  en: () => import("virtual:i18n-catalog/en/more"),
  ja: () => import("virtual:i18n-catalog/ja/more"),
  "zh-Hans": () => import("virtual:i18n-catalog/zh-Hans/more"),
  ko: () => import("virtual:i18n-catalog/ko/more"),
  id: () => import("virtual:i18n-catalog/id/more"),
  ms: () => import("virtual:i18n-catalog/ms/more"),
  vi: () => import("virtual:i18n-catalog/vi/more"),
  th: () => import("virtual:i18n-catalog/th/more"),
  fil: () => import("virtual:i18n-catalog/fil/more"),
  km: () => import("virtual:i18n-catalog/km/more"),
  lo: () => import("virtual:i18n-catalog/lo/more"),
  my: () => import("virtual:i18n-catalog/my/more"),
};

const loaded = new Set<Locale>(["en"]);
const moreLoaded = new Set<Locale>();
const moreLoading = new Map<Locale, Promise<void>>();
/** Once anything asked for the second parts, every language activated later gets them too. */
let moreWanted = false;

function loadMoreFor(locale: Locale): Promise<void> {
  let p = moreLoading.get(locale);
  if (!p) {
    p = moreLoaders[locale]()
      .then((m) => {
        moreLoaded.add(locale);
        i18n.load(locale, m.default); // merges with the first part; emits "change"
      })
      .catch(() => {
        moreLoading.delete(locale); // a later dialog may try again
      });
    moreLoading.set(locale, p);
  }
  return p;
}

/**
 * The rest of the active language's catalog, fetched once (every catalog has every key, a
 * unit test checks it, so another language never needs English's second part). A language
 * activated later gets its own second part with it. Never rejects: on a network failure the
 * strings that need it stay blank, and a later call tries again.
 */
export function loadMoreMessages(): Promise<void> {
  moreWanted = true;
  return loadMoreFor(i18n.locale as Locale);
}

/** For lazy(): the module and the strings it shows arrive together, so no key is ever missing. */
export function withMessages<M>(load: Promise<M>): Promise<M> {
  return Promise.all([load, loadMoreMessages()]).then(([m]) => m);
}

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
  if (moreWanted) await loadMoreFor(locale);
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
