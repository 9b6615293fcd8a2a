import { useEffect, useId, useRef } from "react";
import { useTimelineStore, useTimelineStoreApi } from "../../store/TimelineStoreProvider";
import { LOCALES, LOCALE_NAMES, type Locale } from "../../i18n/locales";
import { t } from "../../i18n/i18n";
import "./LanguageMenu.css";

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
      {/* Drawn, not an emoji: a machine without an emoji font would show an empty box. */}
      <svg aria-hidden="true" className="language-menu__icon" width="16" height="16" viewBox="0 0 16 16">
        <g fill="none" stroke="currentColor" strokeWidth="1.2">
          <circle cx="8" cy="8" r="6.4" />
          <ellipse cx="8" cy="8" rx="2.8" ry="6.4" />
          <path d="M1.8 6h12.4M1.8 10h12.4" />
        </g>
      </svg>
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
