import { useEffect, useId, useRef } from "react";
import { useTimelineStore, useTimelineStoreApi } from "../../store/TimelineStoreProvider";
import { LOCALES, LOCALE_NAMES, type Locale } from "../../i18n/locales";
import { t } from "../../i18n/i18n";

// The app remounts in the new language: focus comes back to the menu the reader used.
let refocus = false;

/** The interface language, each listed in its own name (and its own `lang`, so it is read aloud right). */
export function LanguageMenu() {
  const lang = useTimelineStore((s) => s.lang);
  const store = useTimelineStoreApi();
  const id = useId();
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (refocus) {
      refocus = false;
      select.current?.focus();
    }
  }, []);
  return (
    <div className="language-menu">
      <label htmlFor={id} className="visually-hidden">
        {t("language.label")}
      </label>
      <span aria-hidden="true" className="language-menu__icon">
        🌐
      </span>
      <select
        ref={select}
        id={id}
        value={lang}
        onChange={(e) => {
          refocus = true;
          store.getState().setLang(e.target.value as Locale);
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
