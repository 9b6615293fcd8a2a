/**
 * The language dates, numbers and amounts are written in. A tiny holder with no
 * dependencies, so the pure formatting layers (src/data, src/chart) can read it without
 * pulling in the catalogs. Set by src/i18n/i18n.ts when a language activates; "en" until then.
 * The app remounts its tree on a language change (App.tsx), so every label is redrawn.
 */
import type { Locale } from "./locales";

let current: Locale = "en";

export function currentFormatLocale(): Locale {
  return current;
}

export function setFormatLocale(locale: Locale): void {
  current = locale;
}
