import { useId } from "react";
import { useTimelineStore, useTimelineStoreApi } from "../../store/TimelineStoreProvider";
import { selectTheme } from "../../store/selectors";
import { THEMES, type Theme } from "../../url/urlState";

const NAMES: Record<Theme, string> = { light: "Light", dark: "Dark", contrast: "High contrast" };

/** Light, dark or high contrast; "System" follows the operating system's preference. */
export function ThemeSwitcher() {
  const theme = useTimelineStore(selectTheme);
  const store = useTimelineStoreApi();
  const id = useId();
  return (
    <div className="theme-switch">
      <label htmlFor={id} className="visually-hidden">
        Theme
      </label>
      <select
        id={id}
        value={theme ?? "system"}
        onChange={(e) =>
          store.getState().setTheme(e.target.value === "system" ? null : (e.target.value as Theme))
        }
      >
        <option value="system">Theme: system</option>
        {THEMES.map((t) => (
          <option key={t} value={t}>
            Theme: {NAMES[t]}
          </option>
        ))}
      </select>
    </div>
  );
}
