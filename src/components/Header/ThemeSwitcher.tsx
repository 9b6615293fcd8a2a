import { useId } from "react";
import { useTimelineStore, useTimelineStoreApi } from "../../store/TimelineStoreProvider";
import { selectTheme } from "../../store/selectors";
import { THEMES, type Theme } from "../../url/urlState";
import { useT } from "../../i18n/useT";
import type { MessageKey } from "../../i18n/i18n";

const NAMES: Record<Theme, MessageKey> = {
  light: "theme.light",
  dark: "theme.dark",
  contrast: "theme.contrast",
};

/** Light, dark or high contrast; "System" follows the operating system's preference. */
export function ThemeSwitcher() {
  const theme = useTimelineStore(selectTheme);
  const store = useTimelineStoreApi();
  const id = useId();
  const t = useT();
  return (
    <div className="theme-switch">
      <label htmlFor={id} className="visually-hidden">
        {t("theme.label")}
      </label>
      <select
        id={id}
        value={theme ?? "system"}
        onChange={(e) =>
          store.getState().setTheme(e.target.value === "system" ? null : (e.target.value as Theme))
        }
      >
        <option value="system">{t("theme.option", { name: t("theme.system") })}</option>
        {THEMES.map((th) => (
          <option key={th} value={th}>
            {t("theme.option", { name: t(NAMES[th]) })}
          </option>
        ))}
      </select>
    </div>
  );
}
