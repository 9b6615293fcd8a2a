import { useId, useRef, useState } from "react";
import { useTimelineStore, useTimelineStoreApi } from "../../store/TimelineStoreProvider";
import { selectTheme } from "../../store/selectors";
import { THEMES, type Theme } from "../../url/urlState";
import { Popover } from "../Modal/Popover";
import { useT } from "../../i18n/useT";
import type { MessageKey } from "../../i18n/i18n";

const NAMES: Record<Theme | "system", MessageKey> = {
  system: "theme.systemName",
  light: "theme.light",
  dark: "theme.dark",
  contrast: "theme.contrast",
};
const CHOICES = ["system", ...THEMES] as const;

/** Light, dark or high contrast as radio buttons; "System" follows the operating system. */
export function ThemeChoices() {
  const theme = useTimelineStore(selectTheme) ?? "system";
  const store = useTimelineStoreApi();
  const name = useId();
  const tr = useT();
  return (
    <fieldset className="menu-group">
      <legend className="menu-group-name">{tr("theme.label")}</legend>
      {CHOICES.map((t) => (
        <label key={t} className="menu-radio">
          <input
            type="radio"
            name={name}
            value={t}
            checked={theme === t}
            onChange={() => store.getState().setTheme(t === "system" ? null : t)}
          />
          {tr(NAMES[t])}
        </label>
      ))}
    </fieldset>
  );
}

/** "Theme ▾": the choices in the app's popover. */
export function ThemeMenu() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();
  const t = useT();
  return (
    <>
      <button
        ref={button}
        type="button"
        className="btn"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {t("theme.label")} <span aria-hidden="true">▾</span>
      </button>
      <Popover
        id={id}
        open={open}
        onClose={() => setOpen(false)}
        anchor={button}
        aria-label={t("theme.label")}
      >
        <ThemeChoices />
      </Popover>
    </>
  );
}
